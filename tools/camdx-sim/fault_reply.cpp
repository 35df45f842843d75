#include "tools/camdx-sim/fault_reply.h"

#include <QLocale>

namespace camie::sim {
namespace {

const char kProxyPage[] = "<!DOCTYPE html>\n<html><head><title>Proxy authentication</title>"
                          "</head><body><h1>Sign in to continue</h1><p>This network requires "
                          "you to sign in (scripted fault).</p></body></html>\n";

} // namespace

QByteArray FaultReply::httpDate(const QDateTime& when) {
  return QLocale::c()
      .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
      .toLatin1();
}

std::optional<HttpReply> FaultReply::instead(const FaultSpec& fault, const Clock& clock,
                                             XRoadErrorStyle style) {
  switch (fault.kind) {
  case FaultKind::TooManyRequests:
  case FaultKind::Unavailable: {
    const bool busy = fault.kind == FaultKind::TooManyRequests;
    HttpReply reply = HttpReply::registryError(busy ? 429 : 503,
                                               busy ? QStringLiteral("TooManyRequests")
                                                    : QStringLiteral("ServiceUnavailable"),
                                               QStringLiteral("Retry later (scripted fault)."));
    reply.setHeader("Retry-After", fault.retryAfterDate
                                       ? httpDate(clock.now().addSecs(fault.retryAfterSeconds))
                                       : QByteArray::number(fault.retryAfterSeconds));
    return reply;
  }
  case FaultKind::XRoadError:
    return XRoadError::reply(fault.xroadType,
                             fault.message.isEmpty()
                                 ? QStringLiteral("Connect to the registry timed out "
                                                  "(scripted fault)")
                                 : fault.message,
                             style);
  case FaultKind::RegressedAnchor:
    return HttpReply::registryError(
        409, QStringLiteral("audit_regressed"),
        QStringLiteral("This batch shows an audit log shorter than the one the kiosk reported "
                       "before (scripted fault)."));
  case FaultKind::WrongContentType: {
    HttpReply page;
    page.body = QByteArray(kProxyPage);
    page.setHeader("Content-Type", "text/html; charset=utf-8");
    return page;
  }
  default:
    return std::nullopt;
  }
}

} // namespace camie::sim
