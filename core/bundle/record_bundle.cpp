#include "core/bundle/record_bundle.h"

#include "core/crypto/openssl_ptr.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace camie::bundle {
namespace {

template <auto Free>
using Deleter = crypto::OpensslDeleter<Free>;
using BioPtr = std::unique_ptr<BIO, Deleter<&BIO_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<&X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<&EVP_PKEY_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<&EVP_MD_CTX_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<&X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<&X509_STORE_CTX_free>>;

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// Leaves OpenSSL's per-thread error queue empty on entry and on every way
// out, so a failure here is never blamed on the thread's next user.
struct ErrorQueueGuard {
  ErrorQueueGuard() { ERR_clear_error(); }
  ~ErrorQueueGuard() { ERR_clear_error(); }
  ErrorQueueGuard(const ErrorQueueGuard&) = delete;
  ErrorQueueGuard& operator=(const ErrorQueueGuard&) = delete;
};

// The key's passphrase, or none: never OpenSSL's default terminal prompt.
int passphraseCallback(char* buffer, int size, int /*rwflag*/, void* user) {
  const auto* passphrase = static_cast<const QByteArray*>(user);
  if (!passphrase || passphrase->isEmpty() || passphrase->size() > size)
    return 0;
  std::memcpy(buffer, passphrase->constData(), static_cast<size_t>(passphrase->size()));
  return static_cast<int>(passphrase->size());
}
const QStringList kSuites = {QStringLiteral("X25519-SHA256-AES128GCM"),
                             QStringLiteral("X25519-SHA256-CHACHA20POLY1305")};

QByteArray signedMessage(const QByteArray& payload) {
  return QByteArray(kFormat) + '\n' + payload;
}

BioPtr memoryBio(QByteArrayView bytes) {
  return BioPtr(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

std::vector<X509Ptr> readCertificates(QByteArrayView pem) {
  std::vector<X509Ptr> certs;
  BioPtr bio = memoryBio(pem);
  while (bio) {
    X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    if (!cert)
      break;
    certs.emplace_back(cert);
  }
  ERR_clear_error(); // the end of the input reads as an error
  return certs;
}

QByteArray toPem(X509* cert) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
    return {};
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return QByteArray(data, static_cast<qsizetype>(size));
}

QString subjectOf(X509* cert) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio || X509_NAME_print_ex(bio.get(), X509_get_subject_name(cert), 0, XN_FLAG_RFC2253) < 0)
    return {};
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return QString::fromUtf8(data, static_cast<qsizetype>(size));
}

QString fingerprintOf(X509* cert) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (X509_digest(cert, EVP_sha256(), md, &length) != 1)
    return {};
  return QString::fromLatin1(
      QByteArray(reinterpret_cast<const char*>(md), static_cast<qsizetype>(length)).toHex());
}

// The serialNumber attribute of the subject (the device id at enrolment), if any.
std::optional<QString> subjectSerialNumber(X509* cert) {
  X509_NAME* name = X509_get_subject_name(cert);
  const int index = X509_NAME_get_index_by_NID(name, NID_serialNumber, -1);
  if (index < 0)
    return std::nullopt;
  ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
  unsigned char* utf8 = nullptr;
  const int length = ASN1_STRING_to_UTF8(&utf8, value);
  if (length < 0)
    return QString();
  QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
  OPENSSL_free(utf8);
  return text;
}

const EVP_MD* digestFor(EVP_PKEY* key) {
  // Ed25519 and Ed448 sign the message itself; RSA and ECDSA sign its SHA-256.
  return EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448") ? nullptr : EVP_sha256();
}

QString rfc3339(qint64 ms) {
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> parseTime(const QJsonValue& value) {
  if (!value.isString())
    return std::nullopt;
  const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
  if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
    return std::nullopt;
  return t.toMSecsSinceEpoch();
}

std::optional<QByteArray> base64(const QJsonValue& value) {
  if (!value.isString())
    return std::nullopt;
  auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded)
    return std::nullopt;
  return *decoded;
}

Error formatError(const QString& what) {
  return makeError(QStringLiteral("bundle_format"),
                   QStringLiteral("This is not a readable record bundle: %1.").arg(what));
}

bool shortText(const QJsonValue& v, int max = 128) {
  return v.isString() && !v.toString().isEmpty() && v.toString().size() <= max;
}

// One record of the payload, checked field by field.
Result<store::OutgoingRecord> parseRecord(const QJsonValue& value, int index) {
  static const QRegularExpression uuid(
      QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
  const auto bad = [index](const QString& field) {
    return makeError(QStringLiteral("bundle_record"),
                     QStringLiteral("Record %1 of the bundle has a bad or missing \"%2\".")
                         .arg(index + 1)
                         .arg(field));
  };
  if (!value.isObject())
    return bad(QStringLiteral("record"));
  const QJsonObject o = value.toObject();
  store::OutgoingRecord r;
  if (!o.value(u"id").isString() || !uuid.match(o.value(u"id").toString()).hasMatch())
    return bad(QStringLiteral("id"));
  r.id = o.value(u"id").toString();
  const QJsonValue revision = o.value(u"revision");
  if (!revision.isDouble() || revision.toDouble() != revision.toInt() || revision.toInt() < 1)
    return bad(QStringLiteral("revision"));
  r.revision = revision.toInt();
  for (const auto& [field, target] : {std::pair{QStringLiteral("formId"), &r.formId},
                                      std::pair{QStringLiteral("formVersion"), &r.formVersion},
                                      std::pair{QStringLiteral("operatorId"), &r.operatorId},
                                      std::pair{QStringLiteral("keyId"), &r.sealed.keyId}}) {
    if (!shortText(o.value(field)))
      return bad(field);
    *target = o.value(field).toString();
  }
  const auto captured = parseTime(o.value(u"capturedAt"));
  if (!captured)
    return bad(QStringLiteral("capturedAt"));
  r.capturedAt = *captured;
  r.sealed.suite = o.value(u"suite").toString();
  if (!kSuites.contains(r.sealed.suite))
    return bad(QStringLiteral("suite"));
  const auto enc = base64(o.value(u"enc"));
  if (!enc || enc->size() != 32)
    return bad(QStringLiteral("enc"));
  r.sealed.enc = *enc;
  const auto ct = base64(o.value(u"ct"));
  if (!ct || ct->size() < 17 || ct->size() > 1024 * 1024)
    return bad(QStringLiteral("ct"));
  r.sealed.ciphertext = *ct;
  if (o.contains(u"originDeviceId")) {
    if (!shortText(o.value(u"originDeviceId")))
      return bad(QStringLiteral("originDeviceId"));
    r.originDevice = o.value(u"originDeviceId").toString();
  }
  return r;
}

// The payload's header and, with `withRecords`, every record.
Result<RecordBundle> parsePayload(const QJsonObject& p, bool withRecords) {
  RecordBundle bundle;
  bundle.bundleId = p.value(u"bundleId").toString();
  bundle.deviceId = p.value(u"deviceId").toString();
  const auto created = parseTime(p.value(u"createdAt"));
  if (!shortText(p.value(u"bundleId")) || !shortText(p.value(u"deviceId")) || !created ||
      !p.value(u"records").isArray())
    return formatError(
        QStringLiteral("its payload lacks bundleId, deviceId, createdAt or records"));
  bundle.createdAtMs = *created;
  if (!withRecords)
    return bundle;
  const QJsonArray records = p.value(u"records").toArray();
  if (records.size() > kMaxRecords)
    return formatError(QStringLiteral("it holds more than %1 records").arg(kMaxRecords));
  QSet<QString> seen;
  for (qsizetype i = 0; i < records.size(); ++i) {
    auto record = parseRecord(records.at(i), static_cast<int>(i));
    if (!record)
      return record.error();
    if (seen.contains(record->id))
      return makeError(
          QStringLiteral("bundle_record"),
          QStringLiteral("Record %1 of the bundle repeats id %2.").arg(i + 1).arg(record->id));
    seen.insert(record->id);
    bundle.records.append(std::move(record.value()));
  }
  return bundle;
}

// The chain from the leaf to a trusted CA (`anchors`, read once per bundle:
// each read of a certificate costs as much as a signature check), for a
// client certificate; at `atMs`, or — before the payload gives the bundle's
// time — at no time at all.
Result<void> verifyChain(const std::vector<X509Ptr>& certs, const std::vector<X509Ptr>& anchors,
                         std::optional<qint64> atMs) {
  const auto untrusted = [](const QString& why) {
    return makeError(QStringLiteral("bundle_untrusted"),
                     QStringLiteral("The bundle's signer is not trusted: %1.").arg(why));
  };
  if (anchors.empty())
    return untrusted(
        QStringLiteral("no trusted CA certificate is configured (bundles/trusted_ca)"));
  StorePtr store(X509_STORE_new());
  StoreCtxPtr ctx(X509_STORE_CTX_new());
  const auto freeStack = [](STACK_OF(X509) * s) { sk_X509_free(s); };
  std::unique_ptr<STACK_OF(X509), decltype(freeStack)> chain(sk_X509_new_null(), freeStack);
  if (!store || !ctx || !chain)
    return makeError(QStringLiteral("crypto_failure"), QStringLiteral("out of memory"));
  for (const auto& anchor : anchors)
    X509_STORE_add_cert(store.get(), anchor.get());
  for (size_t i = 1; i < certs.size(); ++i)
    sk_X509_push(chain.get(), certs[i].get());
  if (X509_STORE_CTX_init(ctx.get(), store.get(), certs.front().get(), chain.get()) != 1)
    return makeError(QStringLiteral("crypto_failure"), QStringLiteral("X509_STORE_CTX_init"));
  if (atMs)
    X509_STORE_CTX_set_time(ctx.get(), 0, static_cast<time_t>(*atMs / 1000));
  else
    X509_VERIFY_PARAM_set_flags(X509_STORE_CTX_get0_param(ctx.get()), X509_V_FLAG_NO_CHECK_TIME);
  X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_CLIENT);
  const int verified = X509_verify_cert(ctx.get());
  ERR_clear_error();
  if (verified != 1)
    return untrusted(
        QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get()))));
  return {};
}

} // namespace

QJsonObject sealedRecordJson(const store::OutgoingRecord& r) {
  QJsonObject item{{QStringLiteral("id"), r.id},
                   {QStringLiteral("revision"), r.revision},
                   {QStringLiteral("formId"), r.formId},
                   {QStringLiteral("formVersion"), r.formVersion},
                   {QStringLiteral("capturedAt"), rfc3339(r.capturedAt)},
                   {QStringLiteral("operatorId"), r.operatorId},
                   {QStringLiteral("keyId"), r.sealed.keyId},
                   {QStringLiteral("suite"), r.sealed.suite},
                   {QStringLiteral("enc"), QString::fromLatin1(r.sealed.enc.toBase64())},
                   {QStringLiteral("ct"), QString::fromLatin1(r.sealed.ciphertext.toBase64())}};
  if (!r.originDevice.isEmpty())
    item.insert(QStringLiteral("originDeviceId"), r.originDevice);
  return item;
}

QString bundleFileName(const RecordBundle& bundle) {
  QString device = bundle.deviceId;
  device.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
  // The end of the bundle id keeps two bundles of the same second apart.
  QString tail = bundle.bundleId.right(8);
  tail.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
  return QStringLiteral("camie-%1-%2-%3.camie-bundle")
      .arg(device.isEmpty() ? QStringLiteral("kiosk") : device,
           QDateTime::fromMSecsSinceEpoch(bundle.createdAtMs, Qt::UTC)
               .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")),
           tail);
}

Result<QByteArray> writeBundle(const RecordBundle& bundle, const BundleSigner& signer) {
  const auto signerError = [](const QString& why) {
    return makeError(QStringLiteral("bundle_signer"),
                     QStringLiteral("This kiosk cannot sign a bundle: %1.").arg(why));
  };
  const ErrorQueueGuard errors;
  BioPtr keyBio = memoryBio(signer.keyPem);
  PkeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passphraseCallback,
                                               const_cast<QByteArray*>(&signer.passphrase))
                     : nullptr);
  ERR_clear_error();
  if (!key)
    return signerError(QStringLiteral("its private key cannot be read (run camie-kioskctl enrol)"));
  const std::vector<X509Ptr> certs = readCertificates(signer.certificatesPem);
  if (certs.empty())
    return signerError(QStringLiteral("it has no certificate (run camie-kioskctl enrol)"));
  if (X509_check_private_key(certs.front().get(), key.get()) != 1) {
    ERR_clear_error();
    return signerError(QStringLiteral("its certificate does not belong to its key"));
  }

  QJsonArray records;
  for (const auto& r : bundle.records)
    records.append(sealedRecordJson(r));
  const QByteArray payload =
      QJsonDocument(QJsonObject{{QStringLiteral("bundleId"), bundle.bundleId},
                                {QStringLiteral("deviceId"), bundle.deviceId},
                                {QStringLiteral("createdAt"), rfc3339(bundle.createdAtMs)},
                                {QStringLiteral("records"), records}})
          .toJson(QJsonDocument::Compact);

  const QByteArray message = signedMessage(payload);
  MdCtxPtr md(EVP_MD_CTX_new());
  size_t length = 0;
  if (!md || EVP_DigestSignInit(md.get(), nullptr, digestFor(key.get()), nullptr, key.get()) != 1 ||
      EVP_DigestSign(md.get(), nullptr, &length,
                     reinterpret_cast<const unsigned char*>(message.constData()),
                     static_cast<size_t>(message.size())) != 1)
    return makeError(QStringLiteral("crypto_failure"), QStringLiteral("cannot sign the bundle"));
  QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
  if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                     reinterpret_cast<const unsigned char*>(message.constData()),
                     static_cast<size_t>(message.size())) != 1)
    return makeError(QStringLiteral("crypto_failure"), QStringLiteral("cannot sign the bundle"));
  signature.resize(static_cast<qsizetype>(length));

  QJsonArray certificates;
  for (const auto& cert : certs)
    certificates.append(QString::fromLatin1(toPem(cert.get())));
  return QJsonDocument(
             QJsonObject{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                         {QStringLiteral("payload"), QString::fromLatin1(payload.toBase64())},
                         {QStringLiteral("certificates"), certificates},
                         {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}})
      .toJson(QJsonDocument::Indented);
}

Result<OpenedBundle> readBundle(QByteArrayView file, const TrustPolicy& trust) {
  const ErrorQueueGuard errors;
  if (file.size() > kMaxFileBytes)
    return formatError(
        QStringLiteral("the file has %1 bytes, more than the %2 MiB a bundle can have")
            .arg(file.size())
            .arg(kMaxFileBytes / (1024 * 1024)));
  QJsonParseError parseError{};
  const QJsonDocument doc = QJsonDocument::fromJson(file.toByteArray(), &parseError);
  if (doc.isNull() || !doc.isObject())
    return formatError(QStringLiteral("it is not JSON"));
  const QJsonObject envelope = doc.object();
  if (envelope.value(u"format").toString() != QLatin1String(kFormat))
    return formatError(
        QStringLiteral("its format is \"%1\", not %2")
            .arg(envelope.value(u"format").toString().left(40), QLatin1String(kFormat)));
  const auto payload = base64(envelope.value(u"payload"));
  if (!payload || payload->isEmpty())
    return formatError(QStringLiteral("its payload is missing or not base64"));
  const auto signature = base64(envelope.value(u"signature"));
  if (!signature || signature->isEmpty())
    return formatError(QStringLiteral("its signature is missing or not base64"));
  const QJsonArray certificates = envelope.value(u"certificates").toArray();
  if (certificates.isEmpty() || certificates.size() > 8)
    return formatError(QStringLiteral("it does not name its signer's certificate"));
  std::vector<X509Ptr> certs;
  for (const QJsonValue& c : certificates) {
    if (c.toString().size() > kMaxCertificateBytes)
      return formatError(QStringLiteral("one of its certificates is longer than %1 bytes")
                             .arg(kMaxCertificateBytes));
    auto read = readCertificates(c.toString().toLatin1());
    if (read.size() != 1)
      return formatError(QStringLiteral("one of its certificates cannot be read"));
    certs.push_back(std::move(read.front()));
  }

  // The signature first, then the signer: nothing of the payload is parsed
  // unless a kiosk this one trusts wrote it.
  X509* leaf = certs.front().get();
  EVP_PKEY* key = X509_get0_pubkey(leaf);
  const QByteArray message = signedMessage(*payload);
  MdCtxPtr md(EVP_MD_CTX_new());
  const bool good =
      key && md && EVP_DigestVerifyInit(md.get(), nullptr, digestFor(key), nullptr, key) == 1 &&
      EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char*>(signature->constData()),
                       static_cast<size_t>(signature->size()),
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<size_t>(message.size())) == 1;
  ERR_clear_error();
  if (!good)
    return makeError(QStringLiteral("bundle_signature"),
                     QStringLiteral("The bundle's signature does not match its content: it was "
                                    "changed or damaged after the kiosk wrote it."));
  // The chain's validity dates are checked below, at the bundle's time.
  const std::vector<X509Ptr> anchors = readCertificates(trust.trustedCasPem);
  if (auto chain = verifyChain(certs, anchors, std::nullopt); !chain)
    return chain.error();
  if (!(X509_get_extension_flags(leaf) & EXFLAG_XKUSAGE) ||
      !(X509_get_extended_key_usage(leaf) & XKU_SSL_CLIENT))
    return makeError(QStringLiteral("bundle_untrusted"),
                     QStringLiteral("The bundle's signer is not trusted: its certificate is not "
                                    "a kiosk's client certificate (no clientAuth usage)."));
  const auto serial = subjectSerialNumber(leaf);
  if (!serial || serial->isEmpty())
    return makeError(QStringLiteral("bundle_untrusted"),
                     QStringLiteral("The bundle's signer is not trusted: its certificate names "
                                    "no kiosk (no serialNumber in its subject)."));
  const QString signerDevice = *serial;
  if (trust.revokedDevices.contains(signerDevice))
    return makeError(QStringLiteral("bundle_untrusted"),
                     QStringLiteral("Kiosk %1 is revoked (bundles/revoked_devices): its bundles "
                                    "are refused.")
                         .arg(signerDevice));

  const QJsonDocument inner = QJsonDocument::fromJson(*payload, &parseError);
  if (!inner.isObject())
    return formatError(QStringLiteral("its payload is not JSON"));
  const QJsonObject p = inner.object();
  auto header = parsePayload(p, false);
  if (!header)
    return header.error();
  const RecordBundle& h = *header;
  if (h.deviceId != signerDevice)
    return makeError(QStringLiteral("bundle_untrusted"),
                     QStringLiteral("The bundle says it comes from kiosk %1, but it is signed by "
                                    "kiosk %2.")
                         .arg(h.deviceId, signerDevice));
  if (h.createdAtMs > trust.nowMs + kDayMs)
    return makeError(QStringLiteral("bundle_untrusted"),
                     QStringLiteral("The bundle says it was made on %1, later than now: check "
                                    "the clock of both kiosks.")
                         .arg(rfc3339(h.createdAtMs)));
  if (h.createdAtMs < trust.nowMs - trust.maxAgeMs)
    return makeError(QStringLiteral("bundle_untrusted"),
                     QStringLiteral("The bundle was made on %1, more than %2 days ago "
                                    "(bundles/max_age_days): export the records again.")
                         .arg(rfc3339(h.createdAtMs))
                         .arg(trust.maxAgeMs / kDayMs));
  if (auto chain = verifyChain(certs, anchors, h.createdAtMs); !chain)
    return chain.error();

  auto full = parsePayload(p, true);
  if (!full)
    return full.error();
  // A kiosk vouches for the records it made; only a relay carries others'.
  if (!trust.relays.contains(signerDevice)) {
    for (qsizetype i = 0; i < full->records.size(); ++i) {
      const store::OutgoingRecord& r = full->records.at(i);
      if (!r.originDevice.isEmpty() && r.originDevice != signerDevice)
        return makeError(QStringLiteral("bundle_origin"),
                         QStringLiteral("Record %1 of the bundle (%2) was made by kiosk %3, but "
                                        "kiosk %4 signed the bundle and is not a relay here "
                                        "(bundles/relays).")
                             .arg(i + 1)
                             .arg(r.id, r.originDevice.left(128), signerDevice));
    }
  }
  return OpenedBundle{std::move(*full), subjectOf(leaf), fingerprintOf(leaf)};
}

} // namespace camie::bundle
