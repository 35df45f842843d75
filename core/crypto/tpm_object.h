// TpmObject: one transient handle (a loaded key or a session) in an ESAPI
// context, flushed from the TPM when the TpmObject goes: a kiosk TPM holds
// only three transient objects, so none may be left behind.
#pragma once

#include <tss2/tss2_esys.h>

namespace camie::crypto {

class TpmObject {
public:
  TpmObject() = default;
  TpmObject(ESYS_CONTEXT* esys, ESYS_TR handle) : esys_(esys), handle_(handle) {}
  ~TpmObject();

  TpmObject(TpmObject&& other) noexcept;
  TpmObject& operator=(TpmObject&& other) noexcept;
  TpmObject(const TpmObject&) = delete;
  TpmObject& operator=(const TpmObject&) = delete;

  ESYS_TR handle() const { return handle_; }

private:
  void flush();

  ESYS_CONTEXT* esys_ = nullptr;
  ESYS_TR handle_ = ESYS_TR_NONE;
};

} // namespace camie::crypto
