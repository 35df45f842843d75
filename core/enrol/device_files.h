// DeviceFiles: where a kiosk keeps its CamDX identity — the folder device/
// beside its database (mode 0700): kiosk.key (the private key, 0600),
// kiosk.csr (the request), kiosk.pem (the certificate) and ca.pem (the CA
// chain that issued it; both 0644).
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace camie::enrol {

struct DeviceFiles {
  QString dir;
  QString key;
  QString request;
  QString certificate;
  QString chain;

  static DeviceFiles beside(const QString& databasePath);

  // Creates the folder (and its parents) readable by this user only, and
  // tightens an existing one. Errors: "enrol_unwritable".
  [[nodiscard]] Result<void> makeDir() const;
  // Writes a public file (request, certificate, chain) atomically, mode 0644.
  [[nodiscard]] static Result<void> writePublic(const QString& path, const QByteArray& bytes);
  // Moves `path` aside as "<path>.old-<stamp>" (a free name); returns the new name.
  [[nodiscard]] static Result<QString> keepOld(const QString& path, const QString& stamp);
};

} // namespace camie::enrol
