#include "core/crypto/tpm_error.h"

#include <tss2/tss2_rc.h>
#include <tss2/tss2_tpm2_types.h>

namespace camie::crypto {

Error tpmError(TSS2_RC rc, QStringView what) {
  const QString detail = QStringLiteral("could not %1: %2 (0x%3)")
                             .arg(what, QString::fromLatin1(Tss2_RC_Decode(rc)))
                             .arg(rc, 0, 16);
  const TSS2_RC layer = rc & TSS2_RC_LAYER_MASK;
  if (layer != TSS2_TPM_RC_LAYER)
    return makeError(layer == TSS2_TCTI_RC_LAYER ? QStringLiteral("tpm_unavailable")
                                                 : QStringLiteral("tpm_failed"),
                     QStringLiteral("The TPM %1.").arg(detail));
  if (rc & TPM2_RC_FMT1) {
    const TSS2_RC error = rc & (TPM2_RC_FMT1 | 0x3F);
    if (error == TPM2_RC_AUTH_FAIL || error == TPM2_RC_BAD_AUTH)
      return makeError(ErrorKind::TpmAuthFailed, QStringLiteral("The TPM %1.").arg(detail));
    if (error == TPM2_RC_INTEGRITY || error == TPM2_RC_BINDING || error == TPM2_RC_KEY ||
        error == TPM2_RC_SIZE)
      return makeError(ErrorKind::TpmForeignKey, QStringLiteral("The TPM %1.").arg(detail));
  } else if (rc == TPM2_RC_LOCKOUT) {
    return makeError(ErrorKind::TpmLockedOut, QStringLiteral("The TPM %1.").arg(detail));
  }
  return makeError(QStringLiteral("tpm_failed"), QStringLiteral("The TPM %1.").arg(detail));
}

} // namespace camie::crypto
