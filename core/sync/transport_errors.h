// TransportErrors: what a failed request means, in words a teller or
// technician can act on, with a stable code; and whether the request may
// have reached the registry (then its records are looked up, never resent
// blindly) or certainly did not (then they simply go back in the queue).
#pragma once

#include "core/util/result.h"

namespace camie::sync {

class TransportErrors {
public:
  // From a libcurl result code, its error text and the TLS verify result;
  // `clientCertificate`: whether this kiosk offered one (to tell "missing"
  // from "refused" when a server ends the handshake without saying why).
  static Error fromCurl(int curlCode, const QString& curlMessage, long verifyResult,
                        bool clientCertificate);
  // True for codes where the server may have received and processed the request.
  static bool mayHaveArrived(const Error& error);
  static Error make(const char* code);
};

} // namespace camie::sync
