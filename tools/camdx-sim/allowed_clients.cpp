#include "tools/camdx-sim/allowed_clients.h"

#include "tools/camdx-sim/xroad_path.h"

namespace camie::sim {

Result<void> AllowedClients::add(const QString& spec) {
  const qsizetype eq = spec.indexOf(u'=');
  const QString clientId = spec.left(eq).trimmed();
  const QString file = eq < 0 ? QString() : spec.mid(eq + 1);
  if (eq < 0 || !XRoadPath::isClientId(clientId) || file.isEmpty())
    return makeError(
        QStringLiteral("bad_allow_client"),
        QStringLiteral("--allow-client wants INSTANCE/CLASS/MEMBER/SUBSYSTEM=CERT.pem, "
                       "not \"%1\".")
            .arg(spec));
  const QList<QSslCertificate> certs = QSslCertificate::fromPath(file, QSsl::Pem);
  if (certs.isEmpty())
    return makeError(QStringLiteral("bad_allow_client"),
                     QStringLiteral("No PEM certificate could be read from %1.").arg(file));
  certificates_[clientId] += certs;
  return {};
}

bool AllowedClients::allows(const QString& clientId, const QSslCertificate& certificate) const {
  if (certificate.isNull())
    return false;
  const auto it = certificates_.constFind(clientId);
  return it != certificates_.constEnd() && it->contains(certificate);
}

} // namespace camie::sim
