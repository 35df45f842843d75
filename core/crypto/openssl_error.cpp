#include "core/crypto/openssl_error.h"

#include <openssl/err.h>

#include <array>

namespace camie::crypto {

Error opensslError(const QString& code, const QString& during) {
  const unsigned long first = ERR_get_error();
  clearOpensslErrors();
  QString reason = QStringLiteral("no detail from OpenSSL");
  if (first != 0) {
    std::array<char, 256> text{};
    ERR_error_string_n(first, text.data(), text.size());
    reason = QString::fromLatin1(text.data());
  }
  return makeError(code, QStringLiteral("Cryptography error while %1 (%2).").arg(during, reason));
}

void clearOpensslErrors() {
  ERR_clear_error();
}

} // namespace camie::crypto
