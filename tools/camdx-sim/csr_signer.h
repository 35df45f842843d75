// CsrSigner: the simulator's test CA signing a kiosk's certificate request,
// for training sites — a client certificate (extendedKeyUsage clientAuth)
// that camdx-sim --mode mtls accepts with that CA as --client-ca.
#pragma once

#include "core/util/result.h"
#include "tools/camdx-sim/sign_csr_options.h"

#include <QJsonObject>

namespace camie::sim {

class CsrSigner {
public:
  // Signs options.csrFile and writes options.outFile; returns what was issued
  // as {"cert", "subject", "issuer", "serial", "notBefore", "notAfter",
  // "fingerprint"}. Errors: "bad_ca", "bad_csr", "sign_failed", "unwritable".
  [[nodiscard]] static Result<QJsonObject> sign(const SignCsrOptions& options, qint64 nowMs);
};

} // namespace camie::sim
