// SealedRecordOpener: opens one sealed record of a batch with the registry's
// private key — HPKE base mode, info wire::sealInfo ("camie/v1 {id} {revision}
// {keyId}"), empty aad — and reads the RegistrationRecord inside.
#pragma once

#include "core/domain/registration_record.h"
#include "tools/camdx-sim/registry_keyring.h"

#include <QJsonObject>

namespace camie::sim {

class SealedRecordOpener {
public:
  explicit SealedRecordOpener(const RegistryKeyring& keyring) : keyring_(keyring) {}

  // `envelope` is one element of a batch's "records". Errors all have the code
  // "unreadable"; the message says why (unknown key, suite, bad base64, the
  // HPKE open failing, a record whose id or revision differ from the envelope's).
  [[nodiscard]] Result<domain::RegistrationRecord> open(const QJsonObject& envelope) const;

private:
  const RegistryKeyring& keyring_;
};

} // namespace camie::sim
