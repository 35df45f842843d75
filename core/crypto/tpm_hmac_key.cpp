#include "core/crypto/tpm_hmac_key.h"

#include "core/crypto/tpm_error.h"

#include <openssl/crypto.h>
#include <tss2/tss2_mu.h>

#include <QList>

#include <algorithm>
#include <cstring>

namespace camie::crypto {
namespace {

constexpr QStringView kPrefix = u"tpm2-hmac";

Error badText() {
  return makeError(QStringLiteral("bad_kdf_params"),
                   QStringLiteral("The stored TPM key of a key slot is not usable: expected "
                                  "\"tpm2-hmac$<base64 public>$<base64 private>\"."));
}

// The authorisation value in the TPM's form, wiped when it goes.
struct Auth {
  TPM2B_AUTH value{};
  explicit Auth(const SecureBytes& auth) {
    value.size = static_cast<UINT16>(auth.size());
    std::memcpy(value.buffer, auth.data(), static_cast<size_t>(auth.size()));
  }
  ~Auth() { OPENSSL_cleanse(&value, sizeof value); }
  Auth(const Auth&) = delete;
  Auth& operator=(const Auth&) = delete;
};

template <typename T, auto Marshal>
QByteArray marshal(const T& value) {
  QByteArray out(sizeof(T), Qt::Uninitialized);
  size_t offset = 0;
  if (Marshal(&value, reinterpret_cast<uint8_t*>(out.data()), static_cast<size_t>(out.size()),
              &offset) != TSS2_RC_SUCCESS)
    return {};
  out.truncate(static_cast<qsizetype>(offset));
  return out;
}

template <typename T, auto Unmarshal>
bool unmarshal(const QByteArray& bytes, T* value) {
  size_t offset = 0;
  return Unmarshal(reinterpret_cast<const uint8_t*>(bytes.constData()),
                   static_cast<size_t>(bytes.size()), &offset, value) == TSS2_RC_SUCCESS &&
         offset == static_cast<size_t>(bytes.size());
}

} // namespace

Result<TpmHmacKey> TpmHmacKey::create(TpmContext& tpm, const SecureBytes& auth) {
  if (auth.size() != kAuthSize)
    return makeError(
        QStringLiteral("bad_key_size"),
        QStringLiteral("A TPM key's authorisation value must be %1 bytes.").arg(kAuthSize));
  auto parent = tpm.storagePrimary();
  if (!parent)
    return parent.error();
  auto session = tpm.encryptedSession(*parent);
  if (!session)
    return session.error();

  TPM2B_SENSITIVE_CREATE sensitive{};
  Auth authValue(auth);
  sensitive.sensitive.userAuth = authValue.value;
  TPM2B_PUBLIC templ{};
  TPMT_PUBLIC& area = templ.publicArea;
  area.type = TPM2_ALG_KEYEDHASH;
  area.nameAlg = TPM2_ALG_SHA256;
  // No NODA: every wrong authorisation counts towards the TPM's lockout. The
  // TPM makes the key (SENSITIVEDATAORIGIN) and it never leaves (FIXEDTPM,
  // FIXEDPARENT: no duplication to another TPM).
  area.objectAttributes = TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT |
                          TPMA_OBJECT_SENSITIVEDATAORIGIN | TPMA_OBJECT_USERWITHAUTH |
                          TPMA_OBJECT_SIGN_ENCRYPT;
  area.parameters.keyedHashDetail.scheme.scheme = TPM2_ALG_HMAC;
  area.parameters.keyedHashDetail.scheme.details.hmac.hashAlg = TPM2_ALG_SHA256;
  TPM2B_DATA outsideInfo{};
  TPML_PCR_SELECTION pcrs{};
  TPM2B_PRIVATE* outPrivate = nullptr;
  TPM2B_PUBLIC* outPublic = nullptr;
  TPM2B_CREATION_DATA* creationData = nullptr;
  TPM2B_DIGEST* creationHash = nullptr;
  TPMT_TK_CREATION* ticket = nullptr;
  const TSS2_RC rc = Esys_Create(tpm.esys(), parent->handle(), session->handle(), ESYS_TR_NONE,
                                 ESYS_TR_NONE, &sensitive, &templ, &outsideInfo, &pcrs, &outPrivate,
                                 &outPublic, &creationData, &creationHash, &ticket);
  OPENSSL_cleanse(&sensitive, sizeof sensitive);
  TpmHmacKey key;
  if (rc == TSS2_RC_SUCCESS) {
    key.public_ = marshal<TPM2B_PUBLIC, Tss2_MU_TPM2B_PUBLIC_Marshal>(*outPublic);
    key.private_ = marshal<TPM2B_PRIVATE, Tss2_MU_TPM2B_PRIVATE_Marshal>(*outPrivate);
  }
  Esys_Free(outPrivate);
  Esys_Free(outPublic);
  Esys_Free(creationData);
  Esys_Free(creationHash);
  Esys_Free(ticket);
  if (rc != TSS2_RC_SUCCESS)
    return tpmError(rc, u"create a slot key");
  if (key.public_.isEmpty() || key.private_.isEmpty())
    return makeError(QStringLiteral("tpm_failed"),
                     QStringLiteral("The TPM's new slot key could not be stored."));
  return key;
}

Result<SecureBytes> TpmHmacKey::hmac(TpmContext& tpm, const SecureBytes& auth,
                                     QByteArrayView data) const {
  TPM2B_PUBLIC pub{};
  TPM2B_PRIVATE priv{};
  if (!unmarshal<TPM2B_PUBLIC, Tss2_MU_TPM2B_PUBLIC_Unmarshal>(public_, &pub) ||
      !unmarshal<TPM2B_PRIVATE, Tss2_MU_TPM2B_PRIVATE_Unmarshal>(private_, &priv))
    return badText();
  TPM2B_MAX_BUFFER buffer{};
  if (auth.size() != kAuthSize || data.size() > qsizetype(sizeof buffer.buffer))
    return makeError(QStringLiteral("bad_key_size"),
                     QStringLiteral("The TPM HMAC's key authorisation or input has a wrong size."));
  buffer.size = static_cast<UINT16>(data.size());
  std::copy_n(data.data(), data.size(), buffer.buffer);

  auto parent = tpm.storagePrimary();
  if (!parent)
    return parent.error();
  auto session = tpm.encryptedSession(*parent);
  if (!session)
    return session.error();
  ESYS_TR loaded = ESYS_TR_NONE;
  TSS2_RC rc = Esys_Load(tpm.esys(), parent->handle(), session->handle(), ESYS_TR_NONE,
                         ESYS_TR_NONE, &priv, &pub, &loaded);
  if (rc != TSS2_RC_SUCCESS) {
    // The parent's own authorisation is empty and cannot fail: any refusal
    // here is a blob this TPM's storage key did not seal.
    Error e = tpmError(rc, u"load the slot key");
    if (e.kind != ErrorKind::TpmUnavailable)
      e = makeError(ErrorKind::TpmForeignKey, e.message);
    return e;
  }
  TpmObject key(tpm.esys(), loaded);
  Auth authValue(auth);
  rc = Esys_TR_SetAuth(tpm.esys(), key.handle(), &authValue.value);
  if (rc != TSS2_RC_SUCCESS)
    return tpmError(rc, u"set the slot key's authorisation");
  TPM2B_DIGEST* out = nullptr;
  rc = Esys_HMAC(tpm.esys(), key.handle(), session->handle(), ESYS_TR_NONE, ESYS_TR_NONE, &buffer,
                 TPM2_ALG_SHA256, &out);
  OPENSSL_cleanse(&buffer, sizeof buffer);
  if (rc != TSS2_RC_SUCCESS)
    return tpmError(rc, u"compute the slot key's HMAC");
  SecureBytes result = SecureBytes::fromView(QByteArrayView(out->buffer, out->size));
  OPENSSL_cleanse(out, sizeof *out);
  Esys_Free(out);
  return result;
}

QString TpmHmacKey::toString() const {
  return QStringLiteral("%1$%2$%3")
      .arg(kPrefix, QString::fromLatin1(public_.toBase64()),
           QString::fromLatin1(private_.toBase64()));
}

Result<TpmHmacKey> TpmHmacKey::fromString(QStringView text) {
  const QList<QStringView> fields = text.split(u'$');
  if (fields.size() != 3 || fields.at(0) != kPrefix)
    return badText();
  const auto pub = QByteArray::fromBase64Encoding(fields.at(1).toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
  const auto priv = QByteArray::fromBase64Encoding(fields.at(2).toLatin1(),
                                                   QByteArray::AbortOnBase64DecodingErrors);
  if (!pub || !priv || pub.decoded.isEmpty() || priv.decoded.isEmpty())
    return badText();
  TPM2B_PUBLIC p{};
  TPM2B_PRIVATE q{};
  if (!unmarshal<TPM2B_PUBLIC, Tss2_MU_TPM2B_PUBLIC_Unmarshal>(pub.decoded, &p) ||
      !unmarshal<TPM2B_PRIVATE, Tss2_MU_TPM2B_PRIVATE_Unmarshal>(priv.decoded, &q))
    return badText();
  TpmHmacKey key;
  key.public_ = pub.decoded;
  key.private_ = priv.decoded;
  return key;
}

} // namespace camie::crypto
