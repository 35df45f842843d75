#include "core/store/secret_policy.h"

#include "core/crypto/secure_bytes.h"
#include "core/domain/khmer_text.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>

namespace camie::store {
namespace {

Error weak(const QString& why) {
  return makeError(ErrorKind::WeakSecret, why);
}

// `s` is one short unit said again and again (111111, 121212, 123123,
// "passwordpassword"): its shortest period is at most half its length.
bool isRepeated(const QString& s) {
  for (qsizetype period = 1; period <= s.size() / 2; ++period) {
    bool repeats = true;
    for (qsizetype i = period; i < s.size() && repeats; ++i)
      repeats = s[i] == s[i - period];
    if (repeats)
      return true;
  }
  return false;
}

// Each character one more (or one less) than the one before: 123456,
// 654321, "abcdefghij"; digits wrap around (890123, 2109876543).
bool isRun(const QString& s, bool digits) {
  if (s.size() < 3)
    return false;
  bool up = true;
  bool down = true;
  for (qsizetype i = 1; i < s.size(); ++i) {
    int d = s[i].toLower().unicode() - s[i - 1].toLower().unicode();
    if (digits)
      d = (d + 10) % 10;
    up = up && d == 1;
    down = down && (digits ? d == 9 : d == -1);
  }
  return up || down;
}

// The PINs every guesser tries first that no rule above catches.
bool isCommonPin(const QString& pin) {
  static const QSet<QString> common = {
      QStringLiteral("112233"),     QStringLiteral("123321"),     QStringLiteral("147258"),
      QStringLiteral("147852"),     QStringLiteral("159753"),     QStringLiteral("159357"),
      QStringLiteral("142536"),     QStringLiteral("102030"),     QStringLiteral("010203"),
      QStringLiteral("123654"),     QStringLiteral("789456"),     QStringLiteral("456123"),
      QStringLiteral("741852"),     QStringLiteral("963852"),     QStringLiteral("258369"),
      QStringLiteral("135790"),     QStringLiteral("246810"),     QStringLiteral("100200"),
      QStringLiteral("147258369"),  QStringLiteral("1122334455"), QStringLiteral("1357924680"),
      QStringLiteral("1234567899"), QStringLiteral("1111122222"), QStringLiteral("1234512345"),
      QStringLiteral("0123456789"), QStringLiteral("9876543210"), QStringLiteral("1029384756"),
      QStringLiteral("0987654321")};
  return common.contains(pin);
}

// Words that, with digits or signs around them, make the passphrases every
// guesser tries first ("password12", "Qwerty!2024", "cambodia123").
bool isCommonPassphrase(const QString& secret) {
  static const std::array words = {
      u"password",   u"passw0rd",   u"p@ssword",  u"qwerty",   u"qwertyuiop",   u"asdfghjkl",
      u"zxcvbnm",    u"azerty",     u"abc",       u"abcd",     u"abcdef",       u"admin",
      u"welcome",    u"letmein",    u"iloveyou",  u"changeme", u"secret",       u"cambodia",
      u"kampuchea",  u"khmer",      u"phnompenh", u"camie",    u"kiosk",        u"teller",
      u"supervisor", u"technician", u"operator",  u"register", u"registration", u"bank"};
  const QString lower = secret.toLower();
  for (const char16_t* word : words) {
    const QString w = QString::fromUtf16(word);
    if (!lower.contains(w))
      continue;
    // the word and nothing but digits, signs and spaces besides it
    const QString rest = QString(lower).remove(w);
    if (std::none_of(rest.begin(), rest.end(), [](QChar c) { return c.isLetter(); }))
      return true;
  }
  return false;
}

} // namespace

Result<void> SecretPolicy::checkNew(QStringView typed, OperatorRole role, QStringView operatorId) {
  // A PIN in Khmer digits is that PIN; NFC as when it is used.
  const QString secret =
      domain::KhmerText::normalizeSecret(typed).normalized(QString::NormalizationForm_C);
  const bool privileged = role != OperatorRole::Teller;
  if (secret.trimmed().isEmpty())
    return weak(
        QCoreApplication::translate("camie::store::SecretPolicy", "Type a PIN or passphrase."));
  const bool allDigits =
      std::all_of(secret.begin(), secret.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
  const QString id = operatorId.toString().toLower();
  // (an id of one or two characters: only the id itself; a longer one anywhere in it)
  if (!id.isEmpty() && (id.size() < 3 ? secret.toLower() == id : secret.toLower().contains(id)))
    return weak(QCoreApplication::translate(
        "camie::store::SecretPolicy", "A PIN or passphrase must not contain the operator ID."));
  if (allDigits) {
    if (!privileged && secret.size() < kMinPinDigits)
      return weak(QCoreApplication::translate("camie::store::SecretPolicy",
                                              "A PIN needs at least 6 digits."));
    if (privileged && secret.size() < kMinPrivilegedPinDigits)
      return weak(QCoreApplication::translate(
          "camie::store::SecretPolicy",
          "A supervisor or technician needs a PIN of at least 10 digits, or a "
          "passphrase of at least 10 characters."));
    if (isRepeated(secret) || QSet<QChar>(secret.begin(), secret.end()).size() < 3)
      return weak(QCoreApplication::translate(
          "camie::store::SecretPolicy",
          "This PIN repeats a digit or a short pattern (like 111111 or 121212). "
          "Choose one that is harder to guess."));
    if (isRun(secret, true))
      return weak(QCoreApplication::translate(
          "camie::store::SecretPolicy",
          "This PIN counts up or down (like 123456 or 654321). Choose one that is "
          "harder to guess."));
    if (isCommonPin(secret))
      return weak(QCoreApplication::translate(
          "camie::store::SecretPolicy",
          "This PIN is one of the first that anyone guessing would try. Choose "
          "another."));
    return {};
  }
  if (secret.size() < kMinPassphraseLength)
    return weak(privileged ? QCoreApplication::translate(
                                 "camie::store::SecretPolicy",
                                 "A supervisor or technician needs a passphrase of at least 10 "
                                 "characters, or a PIN of at least 10 digits.")
                           : QCoreApplication::translate(
                                 "camie::store::SecretPolicy",
                                 "Use a PIN of at least 6 digits, or a passphrase of at least 10 "
                                 "characters."));
  if (isRepeated(secret) || isRun(secret, false) ||
      QSet<QChar>(secret.begin(), secret.end()).size() < 4)
    return weak(QCoreApplication::translate(
        "camie::store::SecretPolicy",
        "This passphrase repeats a letter or a short pattern, or follows the "
        "alphabet. Choose one that is harder to guess."));
  if (isCommonPassphrase(secret))
    return weak(QCoreApplication::translate(
        "camie::store::SecretPolicy",
        "This passphrase is one of the first that anyone guessing would try (like "
        "\"password12\"). Choose another."));
  return {};
}

QString SecretPolicy::oneTimePin(OperatorRole role, QStringView operatorId) {
  for (;;) {
    QString pin;
    while (pin.size() < kOneTimePinDigits) {
      const crypto::SecureBytes bytes = crypto::SecureBytes::random(16);
      if (bytes.size() != 16)
        return {};
      for (char b : bytes.view()) {
        const auto v = static_cast<unsigned char>(b); // 250 = 25 * 10: no digit favoured
        if (v < 250 && pin.size() < kOneTimePinDigits)
          pin += QChar(u'0' + v % 10);
      }
    }
    if (checkNew(pin, role, operatorId))
      return pin;
  }
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
