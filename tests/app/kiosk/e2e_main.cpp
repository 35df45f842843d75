// The runner of the kiosk's end-to-end tests: a QGuiApplication (offscreen
// in CI) so the real QML window can be created.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char* argv[]) {
  // Offscreen unless told otherwise: test discovery runs it during the build.
  if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  return Catch::Session().run(argc, argv);
}
