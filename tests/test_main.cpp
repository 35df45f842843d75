// The Catch2 runner, with a QCoreApplication for QProcess, timers and signals.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  return Catch::Session().run(argc, argv);
}
