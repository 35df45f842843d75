// cheapScrypt: scrypt parameters cheap enough that tests (and the UI
// benchmark's kiosks) sign in quickly; no test framework needed.
#pragma once

#include "core/crypto/scrypt_params.h"

namespace camie::test {

inline crypto::ScryptParams cheapScrypt() {
  crypto::ScryptParams p;
  p.n = 1024;
  p.r = 8;
  p.p = 1;
  return p;
}

} // namespace camie::test
