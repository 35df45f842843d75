#include "core/store/secret_policy.h"

#include "core/domain/khmer_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace camie::store {

Result<void> SecretPolicy::checkNew(QStringView typed) {
  const QString secret = domain::KhmerText::normalizeSecret(typed); // a PIN in Khmer digits
  const bool allDigits =
      !secret.isEmpty() &&
      std::all_of(secret.begin(), secret.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
  if (allDigits) {
    if (secret.size() < kMinPinDigits)
      return makeError(QStringLiteral("weak_secret"),
                       QCoreApplication::translate("camie::store::SecretPolicy",
                                                   "A PIN needs at least %1 digits.")
                           .arg(kMinPinDigits));
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype i = 1; i < secret.size(); ++i) {
      const int d = secret[i].unicode() - secret[i - 1].unicode();
      same = same && d == 0;
      up = up && d == 1;
      down = down && d == -1;
    }
    if (same || up || down)
      return makeError(
          QStringLiteral("weak_secret"),
          QCoreApplication::translate("camie::store::SecretPolicy",
                                      "This PIN is too easy to guess; choose another."));
    return {};
  }
  if (secret.size() < kMinPassphraseLength)
    return makeError(
        QStringLiteral("weak_secret"),
        QCoreApplication::translate(
            "camie::store::SecretPolicy",
            "Use a PIN of at least %1 digits, or a passphrase of at least %2 characters.")
            .arg(kMinPinDigits)
            .arg(kMinPassphraseLength));
  return {};
}

qint64 SecretPolicy::lockoutMs(int failures) {
  if (failures < kFreeAttempts)
    return 0;
  constexpr qint64 kFirst = 30000;
  constexpr qint64 kMax = 3600000;
  const int doublings = std::min(failures - kFreeAttempts, 20);
  return std::min(kFirst << doublings, kMax);
}

bool SecretPolicy::isValidOperatorId(QStringView id) {
  if (id.isEmpty() || id.size() > 32)
    return false;
  return std::all_of(id.begin(), id.end(), [](QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'.' || c == u'_' || c == u'-';
  });
}

} // namespace camie::store
