#include "core/enrol/x509_text.h"

#include "core/crypto/openssl_error.h"

#include <QCryptographicHash>

#include <openssl/asn1.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace camie::enrol {
namespace {

using StorePtr = std::unique_ptr<X509_STORE, crypto::OpensslDeleter<&X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, crypto::OpensslDeleter<&X509_STORE_CTX_free>>;
struct StackFree {
  void operator()(STACK_OF(X509) * stack) const noexcept { sk_X509_free(stack); }
};
using StackPtr = std::unique_ptr<STACK_OF(X509), StackFree>; // frees the stack, not its items

} // namespace

QString sha256Fingerprint(const QByteArray& der) {
  return QString::fromLatin1(
      QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString certificateFingerprint(const X509* certificate) {
  unsigned char* der = nullptr;
  const int size = i2d_X509(certificate, &der);
  if (size <= 0)
    return {};
  const QByteArray bytes(reinterpret_cast<const char*>(der), size);
  OPENSSL_free(der);
  return sha256Fingerprint(bytes);
}

QString nameText(const X509_NAME* name) {
  const BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio || !name)
    return {};
  // RFC 2253 escaping, but UTF-8 kept as it is and the fields in written order.
  const unsigned long flags = (ASN1_STRFLGS_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) |
                              XN_FLAG_SEP_CPLUS_SPC | XN_FLAG_FN_SN | XN_FLAG_DUMP_UNKNOWN_FIELDS;
  if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0)
    return {};
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return QString::fromUtf8(data, size);
}

QString nameEntry(const X509_NAME* name, int nid) {
  const int index = X509_NAME_get_index_by_NID(name, nid, -1);
  if (index < 0)
    return {};
  const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
  unsigned char* utf8 = nullptr;
  const int size = ASN1_STRING_to_UTF8(&utf8, value);
  if (size < 0)
    return {};
  const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), size);
  OPENSSL_free(utf8);
  return text;
}

qint64 unixMs(const ASN1_TIME* time) {
  std::tm tm{};
  if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
    return 0;
  return static_cast<qint64>(timegm(&tm)) * 1000;
}

QByteArray toPem(const std::function<int(BIO*)>& write, bool secret) {
  const BioPtr bio(BIO_new(secret ? BIO_s_secmem() : BIO_s_mem()));
  if (!bio || write(bio.get()) != 1)
    return {};
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return QByteArray(data, size);
}

BioPtr readBio(const QByteArray& bytes) {
  return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

Result<void> verifyClientChain(const QList<std::shared_ptr<X509>>& chain,
                               const QList<std::shared_ptr<X509>>& anchors,
                               std::optional<qint64> atMs, bool partialChain) {
  const StorePtr store(X509_STORE_new());
  const StackPtr untrusted(sk_X509_new_null());
  const StoreCtxPtr ctx(X509_STORE_CTX_new());
  if (chain.isEmpty() || !store || !untrusted || !ctx)
    return crypto::opensslError(QStringLiteral("crypto_failure"),
                                QStringLiteral("checking the certificate chain"));
  for (const auto& anchor : anchors)
    X509_STORE_add_cert(store.get(), anchor.get());
  for (qsizetype i = 1; i < chain.size(); ++i)
    sk_X509_push(untrusted.get(), chain.at(i).get());
  if (X509_STORE_CTX_init(ctx.get(), store.get(), chain.first().get(), untrusted.get()) != 1)
    return crypto::opensslError(QStringLiteral("crypto_failure"),
                                QStringLiteral("checking the certificate chain"));
  if (atMs)
    X509_STORE_CTX_set_time(ctx.get(), 0, static_cast<time_t>(*atMs / 1000));
  else
    X509_VERIFY_PARAM_set_flags(X509_STORE_CTX_get0_param(ctx.get()), X509_V_FLAG_NO_CHECK_TIME);
  X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_CLIENT);
  if (partialChain)
    X509_STORE_CTX_set_flags(ctx.get(), X509_V_FLAG_PARTIAL_CHAIN);
  const int verified = X509_verify_cert(ctx.get());
  const int error = X509_STORE_CTX_get_error(ctx.get());
  crypto::clearOpensslErrors();
  if (verified != 1)
    return makeError(ErrorKind::ChainUntrusted,
                     QString::fromLatin1(X509_verify_cert_error_string(error)));
  return {};
}

} // namespace camie::enrol
