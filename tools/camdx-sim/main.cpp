// camdx-sim: a CamDX (X-Road REST r1) security server and the CAM-IE registry
// behind it, on loopback, for tests, benchmarks and the demo. When it is ready
// it prints one JSON line on stdout: {"url": ..., "port": ...}. docs/camdx-sim.md.
// `camdx-sim sign-csr ...` instead has its test CA sign a certificate request.
#include "tools/camdx-sim/csr_signer.h"
#include "tools/camdx-sim/quit_on_signal.h"
#include "tools/camdx-sim/sim_options.h"
#include "tools/camdx-sim/simulator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace {

// `sign-csr`: one JSON line on stdout describing the certificate; exit 0, 1
// when a file or key is wrong, 2 for a bad command line.
int signCsr(const QStringList& arguments) {
  auto options = camie::sim::SignCsrOptions::parse(arguments);
  if (!options) {
    if (options.error().code == u"help") {
      std::fputs(qPrintable(options.error().message), stdout);
      return 0;
    }
    std::fprintf(stderr, "camdx-sim: %s\n", qPrintable(options.error().message));
    return 2;
  }
  auto issued = camie::sim::CsrSigner::sign(
      *options, options->nowMs.value_or(QDateTime::currentMSecsSinceEpoch()));
  if (!issued) {
    std::fprintf(stderr, "camdx-sim: %s\n", qPrintable(issued.error().message));
    return 1;
  }
  std::fputs(QJsonDocument(*issued).toJson(QJsonDocument::Compact).append('\n').constData(),
             stdout);
  return 0;
}

} // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("camdx-sim"));
  if (QCoreApplication::arguments().value(1) == u"sign-csr")
    return signCsr(QCoreApplication::arguments());

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
