#include "core/bundle/bundle_reader.h"

#include "core/bundle/bundle_payload.h"
#include "core/bundle/bundle_signature.h"
#include "core/bundle/signer_chain.h"
#include "core/crypto/openssl_error_guard.h"
#include "core/wire/json_fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace camie::bundle {
namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// The envelope's payload and signature, and the signer behind them.
struct Envelope {
  QByteArray payload;
  QByteArray signature;
  SignerChain signer;
};

Result<Envelope> readEnvelope(QByteArrayView file) {
  QJsonParseError parseError{};
  const QJsonDocument doc = QJsonDocument::fromJson(file.toByteArray(), &parseError);
  if (doc.isNull() || !doc.isObject())
    return bundleFormatError(QStringLiteral("it is not JSON"));
  const QJsonObject envelope = doc.object();
  if (envelope.value(u"format").toString() != QLatin1String(kFormat))
    return bundleFormatError(
        QStringLiteral("its format is \"%1\", not %2")
            .arg(envelope.value(u"format").toString().left(40), QLatin1String(kFormat)));
  const auto payload = wire::base64Field(envelope.value(u"payload"));
  if (!payload || payload->isEmpty())
    return bundleFormatError(QStringLiteral("its payload is missing or not base64"));
  const auto signature = wire::base64Field(envelope.value(u"signature"));
  if (!signature || signature->isEmpty())
    return bundleFormatError(QStringLiteral("its signature is missing or not base64"));
  auto signer = SignerChain::fromJson(envelope.value(u"certificates").toArray());
  if (!signer)
    return signer.error();
  return Envelope{*payload, *signature, std::move(*signer)};
}

// The signer's kiosk, once its signature, chain and identity hold.
Result<QString> trustedSigner(const Envelope& e, const TrustPolicy& trust) {
  // The signature first, then the signer: nothing of the payload is parsed
  // unless a kiosk this one trusts wrote it.
  if (!BundleSignature::verify(X509_get0_pubkey(e.signer.leaf()), e.payload, e.signature))
    return makeError(ErrorKind::BundleSignature,
                     QStringLiteral("The bundle's signature does not match its content: it was "
                                    "changed or damaged after the kiosk wrote it."));
  // The chain's validity dates are checked later, at the bundle's time.
  if (auto chain = e.signer.verify(trust.trustedCas, std::nullopt); !chain)
    return chain.error();
  auto device = e.signer.kioskId();
  if (!device)
    return device.error();
  if (trust.revokedDevices.contains(*device))
    return makeError(ErrorKind::BundleUntrusted,
                     QStringLiteral("Kiosk %1 is revoked (bundles/revoked_devices): its bundles "
                                    "are refused.")
                         .arg(*device));
  return device;
}

// The payload's header against the signer, the clock and the chain at the bundle's time.
Result<void> checkHeader(const RecordBundle& h, const QString& signerDevice,
                         const SignerChain& signer, const TrustPolicy& trust) {
  if (h.deviceId != signerDevice)
    return makeError(ErrorKind::BundleUntrusted,
                     QStringLiteral("The bundle says it comes from kiosk %1, but it is signed by "
                                    "kiosk %2.")
                         .arg(h.deviceId, signerDevice));
  if (h.createdAtMs > trust.nowMs + kDayMs)
    return makeError(ErrorKind::BundleUntrusted,
                     QStringLiteral("The bundle says it was made on %1, later than now: check "
                                    "the clock of both kiosks.")
                         .arg(wire::rfc3339(h.createdAtMs)));
  if (h.createdAtMs < trust.nowMs - trust.maxAgeMs)
    return makeError(ErrorKind::BundleUntrusted,
                     QStringLiteral("The bundle was made on %1, more than %2 days ago "
                                    "(bundles/max_age_days): export the records again.")
                         .arg(wire::rfc3339(h.createdAtMs))
                         .arg(trust.maxAgeMs / kDayMs));
  return signer.verify(trust.trustedCas, h.createdAtMs);
}

// A kiosk vouches for the records it made; only a relay carries others'.
Result<void> checkOrigins(const RecordBundle& bundle, const QString& signerDevice,
                          const TrustPolicy& trust) {
  if (trust.relays.contains(signerDevice))
    return {};
  for (qsizetype i = 0; i < bundle.records.size(); ++i) {
    const store::OutgoingRecord& r = bundle.records.at(i);
    if (!r.originDevice.isEmpty() && r.originDevice != signerDevice)
      return makeError(QStringLiteral("bundle_origin"),
                       QStringLiteral("Record %1 of the bundle (%2) was made by kiosk %3, but "
                                      "kiosk %4 signed the bundle and is not a relay here "
                                      "(bundles/relays).")
                           .arg(i + 1)
                           .arg(r.id, r.originDevice.left(128), signerDevice));
  }
  return {};
}

} // namespace

Result<OpenedBundle> readBundle(QByteArrayView file, const TrustPolicy& trust) {
  const crypto::OpensslErrorGuard errors;
  if (file.size() > kMaxFileBytes)
    return bundleFormatError(
        QStringLiteral("the file has %1 bytes, more than the %2 MiB a bundle can have")
            .arg(file.size())
            .arg(kMaxFileBytes / (1024 * 1024)));
  auto envelope = readEnvelope(file);
  if (!envelope)
    return envelope.error();
  auto signerDevice = trustedSigner(*envelope, trust);
  if (!signerDevice)
    return signerDevice.error();

  const QJsonDocument inner = QJsonDocument::fromJson(envelope->payload);
  if (!inner.isObject())
    return bundleFormatError(QStringLiteral("its payload is not JSON"));
  const QJsonObject p = inner.object();
  auto header = BundlePayload::readHeader(p);
  if (!header)
    return header.error();
  if (auto checked = checkHeader(*header, *signerDevice, envelope->signer, trust); !checked)
    return checked.error();
  auto full = BundlePayload::read(p);
  if (!full)
    return full.error();
  if (auto origins = checkOrigins(*full, *signerDevice, trust); !origins)
    return origins.error();
  return OpenedBundle{std::move(*full), envelope->signer.subject(), envelope->signer.fingerprint()};
}

} // namespace camie::bundle
