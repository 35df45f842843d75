// XRoadGateway: the checks a security server makes before a request reaches the
// registry (r1 path, X-Road headers, service id, mtls client) and body decoding.
#pragma once

#include "tools/camdx-sim/allowed_clients.h"
#include "tools/camdx-sim/http_reply.h"
#include "tools/camdx-sim/sim_options.h"
#include "tools/camdx-sim/sim_request.h"
#include "tools/camdx-sim/xroad_path.h"

#include <variant>

namespace camie::sim {

class XRoadGateway {
public:
  XRoadGateway(const SimOptions& options, AllowedClients clients)
      : options_(options), clients_(std::move(clients)) {}

  // The parsed path of an admissible request, or the error reply refusing it:
  // 404 (not under /r1/), Client.InvalidRequest (a malformed path, a missing
  // X-Road-Client, X-Road-UserId or X-Road-Id, a malformed client id),
  // Server.ServerProxy.UnknownService (--service), or
  // Server.ClientProxy.SslAuthenticationFailed (mtls: the peer certificate is
  // not one registered for X-Road-Client).
  std::variant<XRoadPath, HttpReply> check(const SimRequest& request) const;

  // The body without its Content-Encoding (gzip or identity), or the reply
  // refusing it: 400 for a broken gzip stream, 415 for another encoding.
  static std::variant<QByteArray, HttpReply> decodeBody(const SimRequest& request);

private:
  HttpReply error(QLatin1String code, const QString& message) const;

  const SimOptions& options_;
  AllowedClients clients_;
};

} // namespace camie::sim
