// Ie1Decoder: checks a signed pre-registration code (IE1, PREREG-QR.md) offline —
// base45, zlib (at most 8 KiB), the envelope, the portal's Ed25519 signature,
// the key's validity and the expiry — and gives one verdict. Never throws.
#pragma once

#include "core/refdata/published_keys.h"
#include "core/scan/ie1_outcome.h"

#include <QList>
#include <QStringView>

namespace camie::scan {

class Ie1Decoder {
public:
  static constexpr qsizetype kMaxEnvelopeBytes = 8 * 1024;
  static constexpr qint64 kDefaultExpiryToleranceSeconds = 24 * 3600;

  struct Options {
    // A code is still accepted this long after its exp (kiosk clocks drift
    // at village drives without network for days).
    qint64 expiryToleranceSeconds = kDefaultExpiryToleranceSeconds;
  };

  explicit Ie1Decoder(QList<refdata::PortalKey> portalKeys)
      : Ie1Decoder(std::move(portalKeys), Options{}) {}
  Ie1Decoder(QList<refdata::PortalKey> portalKeys, Options options)
      : keys_(std::move(portalKeys)), options_(options) {}

  // `text` as scanned; `nowSeconds` is the kiosk clock (Unix seconds).
  Ie1Outcome decode(QStringView text, qint64 nowSeconds) const;

private:
  const refdata::PortalKey* key(const QString& kid) const;

  QList<refdata::PortalKey> keys_;
  Options options_;
};

} // namespace camie::scan
