// AllowedClients: which TLS client certificate each X-Road client subsystem
// registered (--allow-client CLIENT_ID=CERT.pem), for the mutual-TLS check a
// security server makes before it forwards a request.
#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace camie::sim {

class AllowedClients {
public:
  // "CAMBODIA/COM/ACLEDA/KIOSK=client.pem"; the file may hold several
  // certificates. Errors: "bad_allow_client".
  [[nodiscard]] Result<void> add(const QString& spec);

  bool isEmpty() const { return certificates_.isEmpty(); }
  // True when `certificate` is one registered for `clientId` (byte for byte).
  bool allows(const QString& clientId, const QSslCertificate& certificate) const;

private:
  QHash<QString, QList<QSslCertificate>> certificates_;
};

} // namespace camie::sim
