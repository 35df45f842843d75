// TlsSetup: the server side of the two HTTPS connection types — tls (no client
// authentication) and mtls (a client certificate from --client-ca is required
// during the handshake) — as a QSslConfiguration for QAbstractHttpServer::sslSetup.
#pragma once

#include "core/util/result.h"
#include "tools/camdx-sim/sim_options.h"

#include <QSslConfiguration>

namespace camie::sim {

class TlsSetup {
public:
  // Errors: "bad_tls" naming the file that could not be read.
  [[nodiscard]] static Result<QSslConfiguration> serverConfiguration(const SimOptions& options);
};

} // namespace camie::sim
