#include "tools/camdx-sim/sign_csr_options.h"

#include "tools/camdx-sim/sim_options.h"

#include <QCommandLineParser>

namespace camie::sim {
namespace {

constexpr int kMaxDays = 3650;

Error badArguments(const QString& why) {
  return makeError(QStringLiteral("bad_arguments"), why);
}

QCommandLineOption option(const char* name, const char* help, const char* value) {
  return {QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)};
}

} // namespace

Result<SignCsrOptions> SignCsrOptions::parse(const QStringList& arguments) {
  QCommandLineParser p;
  p.setApplicationDescription(QStringLiteral(
      "camdx-sim sign-csr: the test CA signs a kiosk's certificate request, giving a client\n"
      "certificate (clientAuth) for --mode mtls. For training sites. See docs/camdx-sim.md."));
  p.addPositionalArgument(QStringLiteral("sign-csr"), QStringLiteral("This command."));
  const auto help = p.addHelpOption();
  const auto caCert = option("ca-cert", "The CA's certificate (PEM).", "CA.pem");
  const auto caKey = option("ca-key", "The CA's private key (PEM, unencrypted).", "CA.key");
  const auto csr = option("csr", "The certificate request (PKCS #10, PEM).", "FILE");
  const auto out = option("out", "Write the certificate here (PEM).", "CERT.pem");
  const auto days = option("days", "Days the certificate is valid (default 365).", "N");
  const auto now = option("now", "Start it at TIME (ISO 8601 or Unix seconds), not now.", "TIME");
  p.addOptions({caCert, caKey, csr, out, days, now});
  if (!p.parse(arguments))
    return badArguments(p.errorText());
  if (p.isSet(help))
    return makeError(QStringLiteral("help"), p.helpText());
  if (p.positionalArguments() != QStringList{QStringLiteral("sign-csr")})
    return badArguments(
        QStringLiteral("Unexpected argument \"%1\".").arg(p.positionalArguments().value(1)));
  SignCsrOptions o;
  o.caCertFile = p.value(caCert);
  o.caKeyFile = p.value(caKey);
  o.csrFile = p.value(csr);
  o.outFile = p.value(out);
  if (o.caCertFile.isEmpty() || o.caKeyFile.isEmpty() || o.csrFile.isEmpty() || o.outFile.isEmpty())
    return badArguments(QStringLiteral("sign-csr needs --ca-cert, --ca-key, --csr and --out."));
  if (p.isSet(days)) {
    bool ok = false;
    o.days = p.value(days).toInt(&ok);
    if (!ok || o.days < 1 || o.days > kMaxDays)
      return badArguments(QStringLiteral("--days takes a number from 1 to %1.").arg(kMaxDays));
  }
  if (p.isSet(now)) {
    o.nowMs = SimOptions::parseTime(p.value(now));
    if (!o.nowMs)
      return badArguments(QStringLiteral("--now takes ISO 8601 or Unix seconds."));
  }
  return o;
}

} // namespace camie::sim
