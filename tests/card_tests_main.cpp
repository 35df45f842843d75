// The Catch2 runner of the tests that read generated ID card pictures: a
// QGuiApplication (offscreen), which painting shaped Khmer text needs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char* argv[]) {
  // Offscreen even where CTest's environment is not set (test discovery).
  if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  return Catch::Session().run(argc, argv);
}
