// PortalKeyFile: the portal's Ed25519 signing key kept as a PEM (PKCS #8) file
// in the state directory, so demos can mint pre-registration codes
// (PREREG-QR.md) that kiosks trusting this simulator's keys accept. The
// simulator's registry root key (root_signer.h) is kept the same way.
#pragma once

#include "core/crypto/ed25519.h"
#include "core/util/result.h"

#include <QString>

namespace camie::sim {

class PortalKeyFile {
public:
  // Reads `path`, or generates a key and writes it there (mode 0600) when the
  // file does not exist. Errors: "bad_portal_key", "io_error", "crypto_failure".
  [[nodiscard]] static Result<crypto::Ed25519::KeyPair> loadOrCreate(const QString& path);
};

} // namespace camie::sim
