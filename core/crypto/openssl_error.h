// Turns a failed OpenSSL call into a camie::Error: the stable code the caller
// chose, what was being done, and OpenSSL's reason. Internal to core/crypto.
#pragma once

#include "core/util/result.h"

namespace camie::crypto {

// Drains this thread's OpenSSL error queue (so no stale error confuses a later
// TLS or crypto call) and names the first reason in the message. OpenSSL reasons
// never contain key material.
Error opensslError(const QString& code, const QString& during);

// Empties this thread's OpenSSL error queue after an expected failure (a tag
// that does not verify, a signature that is wrong).
void clearOpensslErrors();

} // namespace camie::crypto
