#include "core/crypto/tpm_context.h"

#include "core/crypto/tpm_error.h"

#include <tss2/tss2_rc.h>

namespace camie::crypto {
namespace {

Error unavailable(QStringView tcti, TSS2_RC rc) {
  return makeError(ErrorKind::TpmUnavailable,
                   QStringLiteral("No TPM answered through \"%1\": %2 (0x%3).")
                       .arg(tcti, QString::fromLatin1(Tss2_RC_Decode(rc)))
                       .arg(rc, 0, 16));
}

} // namespace

Result<TpmContext> TpmContext::open(QStringView tcti) {
  TpmContext context;
  TSS2_TCTI_CONTEXT* rawTcti = nullptr;
  const QByteArray conf = tcti.toUtf8();
  TSS2_RC rc = Tss2_TctiLdr_Initialize(conf.constData(), &rawTcti);
  if (rc != TSS2_RC_SUCCESS)
    return unavailable(tcti, rc);
  context.tcti_.reset(rawTcti);
  ESYS_CONTEXT* rawEsys = nullptr;
  rc = Esys_Initialize(&rawEsys, rawTcti, nullptr);
  if (rc != TSS2_RC_SUCCESS)
    return unavailable(tcti, rc);
  context.esys_.reset(rawEsys);
  return context;
}

Result<TpmObject> TpmContext::storagePrimary() {
  TPM2B_SENSITIVE_CREATE sensitive{};
  TPM2B_PUBLIC templ{};
  TPMT_PUBLIC& area = templ.publicArea;
  area.type = TPM2_ALG_ECC;
  area.nameAlg = TPM2_ALG_SHA256;
  area.objectAttributes = TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT |
                          TPMA_OBJECT_SENSITIVEDATAORIGIN | TPMA_OBJECT_USERWITHAUTH |
                          TPMA_OBJECT_NODA | TPMA_OBJECT_RESTRICTED | TPMA_OBJECT_DECRYPT;
  area.parameters.eccDetail.symmetric.algorithm = TPM2_ALG_AES;
  area.parameters.eccDetail.symmetric.keyBits.aes = 128;
  area.parameters.eccDetail.symmetric.mode.aes = TPM2_ALG_CFB;
  area.parameters.eccDetail.scheme.scheme = TPM2_ALG_NULL;
  area.parameters.eccDetail.curveID = TPM2_ECC_NIST_P256;
  area.parameters.eccDetail.kdf.scheme = TPM2_ALG_NULL;
  TPM2B_DATA outsideInfo{};
  TPML_PCR_SELECTION pcrs{};
  ESYS_TR handle = ESYS_TR_NONE;
  TPM2B_PUBLIC* outPublic = nullptr;
  TPM2B_CREATION_DATA* creationData = nullptr;
  TPM2B_DIGEST* creationHash = nullptr;
  TPMT_TK_CREATION* ticket = nullptr;
  const TSS2_RC rc = Esys_CreatePrimary(esys(), ESYS_TR_RH_OWNER, ESYS_TR_PASSWORD, ESYS_TR_NONE,
                                        ESYS_TR_NONE, &sensitive, &templ, &outsideInfo, &pcrs,
                                        &handle, &outPublic, &creationData, &creationHash, &ticket);
  Esys_Free(outPublic);
  Esys_Free(creationData);
  Esys_Free(creationHash);
  Esys_Free(ticket);
  if (rc != TSS2_RC_SUCCESS)
    return tpmError(rc, u"create the storage primary key");
  return TpmObject(esys(), handle);
}

Result<TpmObject> TpmContext::encryptedSession(const TpmObject& saltKey) {
  TPMT_SYM_DEF symmetric{};
  symmetric.algorithm = TPM2_ALG_AES;
  symmetric.keyBits.aes = 128;
  symmetric.mode.aes = TPM2_ALG_CFB;
  ESYS_TR session = ESYS_TR_NONE;
  TSS2_RC rc = Esys_StartAuthSession(esys(), saltKey.handle(), ESYS_TR_NONE, ESYS_TR_NONE,
                                     ESYS_TR_NONE, ESYS_TR_NONE, nullptr, TPM2_SE_HMAC, &symmetric,
                                     TPM2_ALG_SHA256, &session);
  if (rc != TSS2_RC_SUCCESS)
    return tpmError(rc, u"start a salted session");
  TpmObject owned(esys(), session);
  rc = Esys_TRSess_SetAttributes(
      esys(), session, TPMA_SESSION_DECRYPT | TPMA_SESSION_ENCRYPT | TPMA_SESSION_CONTINUESESSION,
      0xff);
  if (rc != TSS2_RC_SUCCESS)
    return tpmError(rc, u"set the session's attributes");
  return owned;
}

Result<TpmLockout> TpmContext::lockout() {
  TPMI_YES_NO more = TPM2_NO;
  TPMS_CAPABILITY_DATA* data = nullptr;
  const TSS2_RC rc =
      Esys_GetCapability(esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, TPM2_CAP_TPM_PROPERTIES,
                         TPM2_PT_LOCKOUT_COUNTER, 3, &more, &data);
  if (rc != TSS2_RC_SUCCESS)
    return tpmError(rc, u"read its lockout state");
  TpmLockout lockout;
  const TPML_TAGGED_TPM_PROPERTY& props = data->data.tpmProperties;
  for (UINT32 i = 0; i < props.count; ++i) {
    const TPMS_TAGGED_PROPERTY& p = props.tpmProperty[i];
    if (p.property == TPM2_PT_LOCKOUT_COUNTER)
      lockout.failures = p.value;
    else if (p.property == TPM2_PT_MAX_AUTH_FAIL)
      lockout.maxTries = p.value;
    else if (p.property == TPM2_PT_LOCKOUT_INTERVAL)
      lockout.recoverySeconds = p.value;
  }
  Esys_Free(data);
  return lockout;
}

} // namespace camie::crypto
