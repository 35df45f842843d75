#include "core/crypto/scrypt_params.h"

#include "core/crypto/openssl_error.h"

#include <openssl/rand.h>

#include <QList>

#include <bit>

namespace camie::crypto {

namespace {

// Cost of new key slots; the measurement behind them is in scrypt_kdf.cpp.
// Without a TPM: about 0.4 s; with one: about 0.1 s.
constexpr quint64 kDefaultN = 65536;
constexpr quint32 kDefaultR = 8;
constexpr quint32 kDefaultP = 2;
constexpr quint64 kTpmBoundN = 32768;
constexpr quint32 kTpmBoundP = 1;

Error badParams(const QString& why) {
  return makeError(
      QStringLiteral("bad_kdf_params"),
      QStringLiteral("The stored key-derivation settings are not usable: %1.").arg(why));
}

// Strict decimal: digits only, no sign, no spaces, at most 10 digits.
bool parseDecimal(QStringView text, quint64* value) {
  if (text.isEmpty() || text.size() > 10)
    return false;
  quint64 result = 0;
  for (const QChar c : text) {
    if (c < u'0' || c > u'9')
      return false;
    result = result * 10 + static_cast<quint64>(c.unicode() - u'0');
  }
  *value = result;
  return true;
}

bool parseField(QStringView field, QStringView name, quint64* value) {
  return field.startsWith(name) && field.size() > name.size() && field.at(name.size()) == u'=' &&
         parseDecimal(field.sliced(name.size() + 1), value);
}

} // namespace

ScryptParams ScryptParams::tpmBound() {
  ScryptParams params = defaults();
  params.n = kTpmBoundN;
  params.p = kTpmBoundP;
  return params;
}

ScryptParams ScryptParams::defaults() {
  ScryptParams params;
  params.n = kDefaultN;
  params.r = kDefaultR;
  params.p = kDefaultP;
  params.salt = QByteArray(kSaltSize, Qt::Uninitialized);
  if (RAND_bytes(reinterpret_cast<unsigned char*>(params.salt.data()),
                 static_cast<int>(kSaltSize)) != 1) {
    clearOpensslErrors();
    params.salt.clear(); // documented: refused later rather than used with a predictable salt
  }
  return params;
}

QString ScryptParams::toString() const {
  return QStringLiteral("scrypt$n=%1$r=%2$p=%3$%4")
      .arg(n)
      .arg(r)
      .arg(p)
      .arg(QString::fromLatin1(salt.toBase64()));
}

Result<ScryptParams> ScryptParams::fromString(QStringView text) {
  const QList<QStringView> fields = text.split(u'$');
  quint64 n = 0;
  quint64 r = 0;
  quint64 p = 0;
  if (fields.size() != 5 || fields.at(0) != u"scrypt" || !parseField(fields.at(1), u"n", &n) ||
      !parseField(fields.at(2), u"r", &r) || !parseField(fields.at(3), u"p", &p))
    return badParams(QStringLiteral("expected \"scrypt$n=<N>$r=<r>$p=<p>$<base64 salt>\""));
  if (r > 0xFFFFFFFFu || p > 0xFFFFFFFFu)
    return badParams(QStringLiteral("r or p is out of range"));
  const auto decoded = QByteArray::fromBase64Encoding(fields.at(4).toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded)
    return badParams(QStringLiteral("the salt is not valid base64"));

  ScryptParams params;
  params.n = n;
  params.r = static_cast<quint32>(r);
  params.p = static_cast<quint32>(p);
  params.salt = decoded.decoded;
  if (const auto valid = params.validate(); !valid)
    return valid.error();
  return params;
}

Result<void> ScryptParams::validateCost() const {
  if (n < 2 || n > kMaxN || !std::has_single_bit(n))
    return badParams(QStringLiteral("N=%1 must be a power of two from 2 to %2").arg(n).arg(kMaxN));
  if (r == 0 || p == 0)
    return badParams(QStringLiteral("r and p must be at least 1"));
  if (quint64(r) * p > kMaxRTimesP)
    return badParams(
        QStringLiteral("r*p=%1 is larger than %2").arg(quint64(r) * p).arg(kMaxRTimesP));
  if (memoryBytes() > kMaxMemoryBytes)
    return badParams(QStringLiteral("it would need %1 MiB of memory, more than %2 MiB")
                         .arg(memoryBytes() >> 20)
                         .arg(kMaxMemoryBytes >> 20));
  if (salt.isEmpty())
    return badParams(QStringLiteral("the salt is empty"));
  return {};
}

Result<void> ScryptParams::validate() const {
  if (auto cost = validateCost(); !cost)
    return cost;
  if (salt.size() < kSaltSize)
    return badParams(QStringLiteral("the salt is %1 bytes; at least %2 are required")
                         .arg(salt.size())
                         .arg(kSaltSize));
  return {};
}

} // namespace camie::crypto
