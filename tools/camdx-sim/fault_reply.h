// FaultReply: the answers of the scripted faults that answer in the
// registry's place — 429 and 503 with Retry-After, an X-Road error, a proxy's
// HTML page — built from the fault's parameters.
#pragma once

#include "core/util/clock.h"
#include "tools/camdx-sim/fault_spec.h"
#include "tools/camdx-sim/http_reply.h"
#include "tools/camdx-sim/xroad_error.h"

#include <optional>

namespace camie::sim {

class FaultReply {
public:
  // The reply for a fault of those kinds; nullopt for the others (the
  // registry answers, and the fault shapes how the answer travels, if at all).
  static std::optional<HttpReply> instead(const FaultSpec& fault, const Clock& clock,
                                          XRoadErrorStyle style);
  // "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §5.6.7).
  static QByteArray httpDate(const QDateTime& when);
};

} // namespace camie::sim
