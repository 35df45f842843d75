// TpmContext: one open connection to a TPM 2.0 — the TCTI named in the
// kiosk's configuration ("device:/dev/tpmrm0" on a kiosk, "swtpm:port=2321" in
// tests) loaded through tctildr, and the ESAPI context over it; both
// finalised when the TpmContext goes. Also the one parent key every slot key
// is made under: the owner hierarchy's storage primary, re-created on each use
// from a fixed template (the same key every time on the same TPM, so nothing
// needs to be persisted in the TPM).
#pragma once

#include "core/crypto/tpm_object.h"
#include "core/util/result.h"

#include <tss2/tss2_esys.h>
#include <tss2/tss2_tctildr.h>

#include <QString>
#include <QStringView>

#include <memory>

namespace camie::crypto {

// The TPM's dictionary-attack state: after maxTries authorisation failures it
// refuses every DA-protected key until failures have decayed, one every
// recoverySeconds.
struct TpmLockout {
  quint32 failures = 0;
  quint32 maxTries = 0;
  quint32 recoverySeconds = 0;
};

class TpmContext {
public:
  // Errors: "tpm_unavailable" when the TCTI cannot be loaded or no TPM answers.
  [[nodiscard]] static Result<TpmContext> open(QStringView tcti);

  ESYS_CONTEXT* esys() const { return esys_.get(); }

  // The storage primary key (ECC P-256, the TCG SRK template) under the owner
  // hierarchy, which must have an empty authorisation (a TPM's default).
  [[nodiscard]] Result<TpmObject> storagePrimary();
  // A session salted to `saltKey`, encrypting the first parameter of commands
  // and answers, so neither an authorisation value nor an HMAC crosses the bus
  // in the clear.
  [[nodiscard]] Result<TpmObject> encryptedSession(const TpmObject& saltKey);
  [[nodiscard]] Result<TpmLockout> lockout();

private:
  struct TctiFree {
    void operator()(TSS2_TCTI_CONTEXT* tcti) const { Tss2_TctiLdr_Finalize(&tcti); }
  };
  struct EsysFree {
    void operator()(ESYS_CONTEXT* esys) const { Esys_Finalize(&esys); }
  };
  // Declared in this order so the ESAPI context is finalised before its TCTI.
  std::unique_ptr<TSS2_TCTI_CONTEXT, TctiFree> tcti_;
  std::unique_ptr<ESYS_CONTEXT, EsysFree> esys_;
};

} // namespace camie::crypto
