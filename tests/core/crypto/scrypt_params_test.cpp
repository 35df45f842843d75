#include "core/crypto/scrypt_params.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

using namespace camie::crypto;
using namespace camie::crypto::test;

TEST_CASE("default parameters have a fresh 16-byte salt and stay within 64 MiB", "[crypto]") {
  const ScryptParams a = ScryptParams::defaults();
  const ScryptParams b = ScryptParams::defaults();
  CHECK(a.salt.size() == ScryptParams::kSaltSize);
  CHECK(a.salt != b.salt);
  CHECK(a.memoryBytes() <= quint64(64) << 20);
  CHECK(a.validate().ok());
}

TEST_CASE("without a TPM scrypt costs four times what it costs beside a TPM, in the same memory",
          "[crypto]") {
  const ScryptParams unbound = ScryptParams::defaults();
  const ScryptParams bound = ScryptParams::tpmBound();
  CHECK(bound.validate().ok());
  CHECK(bound.salt.size() == ScryptParams::kSaltSize);
  CHECK(unbound.n * unbound.r * unbound.p == 4 * bound.n * bound.r * bound.p);
  CHECK(unbound.memoryBytes() == quint64(64) << 20);
  CHECK(bound.memoryBytes() == quint64(32) << 20);
  CHECK(bound.toString().startsWith(QStringLiteral("scrypt$n=32768$r=8$p=1$")));
}

TEST_CASE("parameters round-trip through their stored text", "[crypto]") {
  const ScryptParams original = ScryptParams::defaults();
  const QString text = original.toString();
  CHECK(text.startsWith(QStringLiteral("scrypt$n=65536$r=8$p=2$")));
  auto parsed = ScryptParams::fromString(text);
  REQUIRE(parsed.ok());
  CHECK(*parsed == original);
}

TEST_CASE("stored text with absurd or malformed values is refused with bad_kdf_params",
          "[crypto]") {
  const QString salt = QString::fromLatin1(QByteArray(16, 's').toBase64());
  const auto refused = [](const QString& text) {
    INFO(text.toStdString());
    return codeOf(ScryptParams::fromString(text)) == "bad_kdf_params";
  };
  CHECK_FALSE(refused(QStringLiteral("scrypt$n=1024$r=8$p=1$") + salt));
  CHECK(refused(QStringLiteral("scrypt$n=1000$r=8$p=1$") + salt));     // not a power of two
  CHECK(refused(QStringLiteral("scrypt$n=1$r=8$p=1$") + salt));        // too small
  CHECK(refused(QStringLiteral("scrypt$n=2097152$r=8$p=1$") + salt));  // 2^21
  CHECK(refused(QStringLiteral("scrypt$n=1048576$r=16$p=1$") + salt)); // 2 GiB
  CHECK(refused(QStringLiteral("scrypt$n=1024$r=0$p=1$") + salt));
  CHECK(refused(QStringLiteral("scrypt$n=1024$r=8$p=0$") + salt));
  CHECK(refused(QStringLiteral("scrypt$n=1024$r=64$p=64$") + salt)); // r*p too large
  CHECK(refused(QStringLiteral("scrypt$n=1024$r=4294967295$p=4294967295$") + salt));
  CHECK(refused(QStringLiteral("scrypt$n=99999999999$r=8$p=1$") + salt));
  CHECK(refused(QStringLiteral("scrypt$n=1024$r=8$p=1$") +
                QString::fromLatin1(QByteArray(15, 's').toBase64()))); // short salt
  CHECK(refused(QStringLiteral("scrypt$n=1024$r=8$p=1$")));            // no salt
  CHECK(refused(QStringLiteral("scrypt$n=1024$r=8$p=1$not*base64!")));
  CHECK(refused(QStringLiteral("scrypt$n=+1024$r=8$p=1$") + salt));
  CHECK(refused(QStringLiteral("scrypt$n= 1024$r=8$p=1$") + salt));
  CHECK(refused(QStringLiteral("scrypt$r=8$n=1024$p=1$") + salt));
  CHECK(refused(QStringLiteral("pbkdf2$n=1024$r=8$p=1$") + salt));
  CHECK(refused(QStringLiteral("scrypt$n=1024$r=8$p=1$") + salt + QStringLiteral("$extra")));
  CHECK(refused(QString()));
}
