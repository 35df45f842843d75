// camdx-sim: a CamDX (X-Road REST r1) security server and the CAM-IE registry
// behind it, on loopback, for tests, benchmarks and the demo. When it is ready
// it prints one JSON line on stdout: {"url": ..., "port": ...}. docs/camdx-sim.md.
#include "tools/camdx-sim/quit_on_signal.h"
#include "tools/camdx-sim/sim_options.h"
#include "tools/camdx-sim/simulator.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("camdx-sim"));

  auto options = camie::sim::SimOptions::parse(QCoreApplication::arguments());
  if (!options) {
    const camie::Error& e = options.error();
    if (e.code == u"help" || e.code == u"version") {
      std::fputs(qPrintable(e.message), stdout);
      return 0;
    }
    std::fprintf(stderr, "camdx-sim: %s\n", qPrintable(e.message));
    return 2;
  }
  auto sim = camie::sim::Simulator::create(*options);
  if (!sim) {
    std::fprintf(stderr, "camdx-sim: %s\n", qPrintable(sim.error().message));
    return 1;
  }
  auto listening = (*sim)->listen();
  if (!listening) {
    std::fprintf(stderr, "camdx-sim: %s\n", qPrintable(listening.error().message));
    return 1;
  }
  const camie::sim::QuitOnSignal quit;
  std::fputs(QJsonDocument((*sim)->readyLine()).toJson(QJsonDocument::Compact).constData(), stdout);
  std::fputs("\n", stdout);
  std::fflush(stdout);
  return QCoreApplication::exec();
}
