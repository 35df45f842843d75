#include "core/store/slot_kdf.h"

namespace camie::store {

QString SlotKdf::toString() const {
  return tpm ? scrypt.toString() + u';' + tpm->toString() : scrypt.toString();
}

Result<SlotKdf> SlotKdf::fromString(QStringView text) {
  const qsizetype split = text.indexOf(u';');
  SlotKdf kdf;
  auto scrypt = crypto::ScryptParams::fromString(split < 0 ? text : text.first(split));
  if (!scrypt)
    return scrypt.error();
  kdf.scrypt = std::move(*scrypt);
  if (split >= 0) {
    auto key = crypto::TpmHmacKey::fromString(text.sliced(split + 1));
    if (!key)
      return key.error();
    kdf.tpm = std::move(*key);
  }
  return kdf;
}

bool SlotKdf::weakerThan(const crypto::ScryptParams& cost, bool tpmBound) const {
  if (tpm)
    return false;
  if (tpmBound)
    return true;
  const auto work = [](const crypto::ScryptParams& p) { return p.n * p.r * p.p; };
  return work(scrypt) < work(cost);
}

} // namespace camie::store
