// writeBundle: makes a bundle file (record_bundle.h) of sealed records,
// signed by the kiosk's enrolled key — what `camie-kioskctl export` and the
// technician screen write to the USB stick.
#pragma once

#include "core/bundle/record_bundle.h"
#include "core/util/result.h"

#include <QByteArray>

namespace camie::bundle {

// The signing identity: the kiosk's private key (PEM, possibly encrypted
// under `passphrase`) and its certificate, chain after it.
struct BundleSigner {
  QByteArray keyPem;
  QByteArray passphrase;
  QByteArray certificatesPem;
};

// The file's bytes. Errors: "bundle_signer" (no usable key or certificate, or
// they do not match), "crypto_failure".
[[nodiscard]] Result<QByteArray> writeBundle(const RecordBundle& bundle,
                                             const BundleSigner& signer);

} // namespace camie::bundle
