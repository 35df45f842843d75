#include "tools/camdx-sim/xroad_gateway.h"

#include "core/sync/gzip.h"
#include "tools/camdx-sim/xroad_error.h"

namespace camie::sim {
namespace {

constexpr qsizetype kMaxBodyBytes = 256 * 1024 * 1024;

} // namespace

HttpReply XRoadGateway::error(QLatin1String code, const QString& message) const {
  return XRoadError::reply(code, message, options_.errorStyle);
}

std::variant<XRoadPath, HttpReply> XRoadGateway::check(const SimRequest& r) const {
  auto path = XRoadPath::parse(r.path);
  if (!path && path.error().code == u"not_r1")
    return HttpReply::registryError(404, QStringLiteral("NotFound"),
                                    QStringLiteral("Not an X-Road REST path."));
  if (!path)
    return error(XRoadError::kInvalidRequest, path.error().message);
  for (const char* name : {"X-Road-Client", "X-Road-UserId", "X-Road-Id"}) {
    if (r.header(name).trimmed().isEmpty())
      return error(XRoadError::kInvalidRequest,
                   QStringLiteral("The request has no %1 header.").arg(QLatin1String(name)));
  }
  const QString client = QString::fromUtf8(r.header("X-Road-Client")).trimmed();
  if (!XRoadPath::isClientId(client))
    return error(
        XRoadError::kInvalidRequest,
        QStringLiteral("X-Road-Client \"%1\" is not INSTANCE/CLASS/MEMBER/SUBSYSTEM.").arg(client));
  if (!options_.serviceId.isEmpty() && path->serviceId() != options_.serviceId)
    return error(XRoadError::kUnknownService,
                 QStringLiteral("Unknown service \"%1\".").arg(path->serviceId()));
  if (options_.mode == SimOptions::Mode::Mtls && !clients_.allows(client, r.peerCertificate))
    return error(XRoadError::kSslAuthenticationFailed,
                 QStringLiteral("Client (SUBSYSTEM:%1) TLS certificate does not match any IS "
                                "certificates")
                     .arg(client));
  return std::move(*path);
}

std::variant<QByteArray, HttpReply> XRoadGateway::decodeBody(const SimRequest& r) {
  const QByteArray encoding = r.header("Content-Encoding").trimmed().toLower();
  if (encoding.isEmpty() || encoding == "identity")
    return r.body;
  if (encoding != "gzip" && encoding != "x-gzip")
    return HttpReply::registryError(415, QStringLiteral("UnsupportedMediaType"),
                                    QStringLiteral("Content-Encoding is gzip or identity."));
  auto decoded = sync::Gzip::decompress(r.body, kMaxBodyBytes);
  if (!decoded)
    return HttpReply::registryError(400, QStringLiteral("InvalidRequest"), decoded.error().message);
  return std::move(*decoded);
}

} // namespace camie::sim
