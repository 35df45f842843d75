// The HPKE info string a record is sealed under (API.md): UTF-8 of
// "camie/v1 {id} {revision} {keyId}". It binds the ciphertext to the record
// and key it claims, so a sealed copy cannot be passed off as another record.
// The kiosk seals with it (store::RegistrationQueue); the registry, and
// camdx-sim, open with it.
#pragma once

#include <QByteArray>
#include <QString>

namespace camie::wire {

QByteArray sealInfo(const QString& id, int revision, const QString& keyId);

} // namespace camie::wire
