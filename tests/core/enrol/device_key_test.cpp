// The kiosk's key pair: made with OpenSSL 3, written once, owner-only.
#include "core/enrol/device_key.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace camie::enrol;

namespace {

mode_t modeOf(const QString& path) {
  struct stat info {};
  REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
  return info.st_mode & 07777;
}

} // namespace

TEST_CASE("a new key is EC P-256 by default, or RSA 3072", "[enrol]") {
  auto ec = DeviceKey::generate(KeyType::Ec);
  REQUIRE(ec.ok());
  CHECK(ec->description() == QStringLiteral("EC P-256"));
  auto rsa = DeviceKey::generate(KeyType::Rsa);
  REQUIRE(rsa.ok());
  CHECK(rsa->description() == QStringLiteral("RSA 3072"));
  CHECK(ec->publicKeyPin().startsWith(QStringLiteral("sha256//")));
}

TEST_CASE("a key file is created 0600, even under a permissive umask, and never overwritten",
          "[enrol]") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("kiosk.key"));
  auto key = DeviceKey::generate(KeyType::Ec);
  REQUIRE(key.ok());
  const mode_t previous = ::umask(0);
  auto written = key->writeNewFile(path);
  ::umask(previous);
  REQUIRE(written.ok());
  CHECK(modeOf(path) == 0600);

  auto again = DeviceKey::generate(KeyType::Ec);
  QFile before(path);
  REQUIRE(before.open(QIODevice::ReadOnly));
  const QByteArray original = before.readAll();
  auto refused = again->writeNewFile(path);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == QStringLiteral("key_exists"));
  QFile after(path);
  REQUIRE(after.open(QIODevice::ReadOnly));
  CHECK(after.readAll() == original);

  auto read = DeviceKey::readFile(path);
  REQUIRE(read.ok());
  CHECK(read->matches(key->get()));
  CHECK_FALSE(read->matches(again->get()));
}

TEST_CASE("a missing or unreadable key file is named", "[enrol]") {
  QTemporaryDir dir;
  auto missing = DeviceKey::readFile(dir.filePath(QStringLiteral("none.key")));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == QStringLiteral("key_missing"));
  QFile junk(dir.filePath(QStringLiteral("junk.key")));
  REQUIRE(junk.open(QIODevice::WriteOnly));
  junk.write("-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n");
  junk.close();
  auto unreadable = DeviceKey::readFile(junk.fileName());
  REQUIRE_FALSE(unreadable.ok());
  CHECK(unreadable.error().code == QStringLiteral("key_unreadable"));
}
