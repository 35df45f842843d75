#include "tools/camdx-sim/tls_setup.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace camie::sim {
namespace {

Error badTls(const QString& why) {
  return makeError(QStringLiteral("bad_tls"), why);
}

} // namespace

Result<QSslConfiguration> TlsSetup::serverConfiguration(const SimOptions& options) {
  const QList<QSslCertificate> chain = QSslCertificate::fromPath(options.certFile, QSsl::Pem);
  if (chain.isEmpty())
    return badTls(QStringLiteral("No PEM certificate in %1.").arg(options.certFile));
  QFile keyFile(options.keyFile);
  if (!keyFile.open(QIODevice::ReadOnly))
    return badTls(QStringLiteral("Cannot read the key %1.").arg(options.keyFile));
  const QByteArray pem = keyFile.readAll();
  QSslKey key;
  for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
    key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (!key.isNull())
      break;
  }
  if (key.isNull())
    return badTls(QStringLiteral("%1 is not an unencrypted EC or RSA private key in PEM.")
                      .arg(options.keyFile));

  QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
  conf.setLocalCertificateChain(chain);
  conf.setPrivateKey(key);
  conf.setProtocol(QSsl::TlsV1_2OrLater);
  if (options.mode == SimOptions::Mode::Mtls) {
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(options.clientCaFile, QSsl::Pem);
    if (cas.isEmpty())
      return badTls(QStringLiteral("No PEM certificate in %1.").arg(options.clientCaFile));
    conf.setCaCertificates(cas); // only these: the system's CAs are no client's issuer here
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
  } else {
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
  }
  return conf;
}

} // namespace camie::sim
