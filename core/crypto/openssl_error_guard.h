// OpensslErrorGuard: leaves OpenSSL's per-thread error queue empty on entry
// and on every way out of a scope, so a failure there is never blamed on the
// thread's next user (a TLS handshake, another check).
#pragma once

#include <openssl/err.h>

namespace camie::crypto {

class OpensslErrorGuard {
public:
  OpensslErrorGuard() { ERR_clear_error(); }
  ~OpensslErrorGuard() { ERR_clear_error(); }
  OpensslErrorGuard(const OpensslErrorGuard&) = delete;
  OpensslErrorGuard& operator=(const OpensslErrorGuard&) = delete;
};

} // namespace camie::crypto
