#include "core/crypto/tpm_object.h"

#include <utility>

namespace camie::crypto {

TpmObject::~TpmObject() {
  flush();
}

TpmObject::TpmObject(TpmObject&& other) noexcept
    : esys_(std::exchange(other.esys_, nullptr)),
      handle_(std::exchange(other.handle_, ESYS_TR_NONE)) {}

TpmObject& TpmObject::operator=(TpmObject&& other) noexcept {
  if (this != &other) {
    flush();
    esys_ = std::exchange(other.esys_, nullptr);
    handle_ = std::exchange(other.handle_, ESYS_TR_NONE);
  }
  return *this;
}

void TpmObject::flush() {
  if (esys_ && handle_ != ESYS_TR_NONE)
    (void)Esys_FlushContext(esys_, handle_); // nothing more to do if the TPM has gone
  esys_ = nullptr;
  handle_ = ESYS_TR_NONE;
}

} // namespace camie::crypto
