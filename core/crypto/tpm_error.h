// The errors of TPM 2.0 calls as Error values: which failures mean a wrong
// secret, a TPM in dictionary-attack lockout, a key made by another TPM, or
// no TPM reachable at all.
#pragma once

#include "core/util/result.h"

#include <tss2/tss2_common.h>

#include <QStringView>

namespace camie::crypto {

// Codes: "tpm_auth_failed" (the authorization value was wrong: a wrong
// secret; the TPM counted it against its lockout), "tpm_locked_out",
// "tpm_foreign_key" (a key blob this TPM cannot load: made by another TPM, or
// altered), "tpm_unavailable" (no TPM answered), "tpm_failed" (anything else).
// `what` names the step ("load the slot key") for the message.
Error tpmError(TSS2_RC rc, QStringView what);

} // namespace camie::crypto
