#include "core/trust/registry_roots.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using camie::trust::RegistryRoots;

namespace {
const char* kPub = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

QByteArray roots(const QByteArray& kid, const QByteArray& pub, const QByteArray& notBefore) {
  return R"({"roots": [{"kid": ")" + kid + R"(", "public": ")" + pub + R"(", "not_before": )" +
         notBefore + R"(, "not_after": 1924992000}]})";
}
} // namespace

TEST_CASE("a roots file gives the pinned root keys", "[trust]") {
  auto r = RegistryRoots::fromJson(roots("root-2026", kPub, "1767225600"), "roots.json");
  REQUIRE(r.ok());
  REQUIRE(r->find(u"root-2026"));
  CHECK(r->find(u"root-2026")->publicKey == QByteArray(32, '\x01'));
  CHECK(r->find(u"root-2026")->validAt(1800000000));
  CHECK_FALSE(r->find(u"root-2026")->validAt(1700000000));
  CHECK_FALSE(r->find(u"root-1999"));
}

TEST_CASE("a bad roots file is refused in words naming the file and the problem", "[trust]") {
  const struct {
    QByteArray json;
    const char* words;
  } cases[] = {
      {"not json", "not a JSON object"},
      {R"({"roots": []})", "\"roots\" is missing, empty"},
      {roots("", kPub, "1"), "has no kid"},
      {roots("r", "AQEB", "1"), "not the base64 of 32 bytes"},
      {roots("r", kPub, "1.8e+73"), "must be Unix seconds"},
      {roots("r", kPub, "1924992000"), "not after not_before"},
  };
  for (const auto& c : cases) {
    INFO(c.json.constData());
    auto r =
        RegistryRoots::fromJson(c.json, QStringLiteral("/etc/camie-kiosk/registry-roots.json"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("bad_roots"));
    CHECK(r.error().message.contains(QStringLiteral("/etc/camie-kiosk/registry-roots.json")));
    CHECK(r.error().message.contains(QString::fromUtf8(c.words)));
  }
}

TEST_CASE("roots from several files merge; a missing file or a kid with two keys is refused",
          "[trust]") {
  QTemporaryDir dir;
  const auto write = [&](const char* name, const QByteArray& json) {
    QFile f(dir.filePath(QString::fromLatin1(name)));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(json);
    return f.fileName();
  };
  const QString a = write("a.json", roots("root-a", kPub, "1"));
  const QString b =
      write("b.json", roots("root-b", "AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=", "1"));
  const QString clash =
      write("c.json", roots("root-a", "AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=", "1"));
  auto both = RegistryRoots::load({a, b});
  REQUIRE(both.ok());
  CHECK(both->roots().size() == 2);
  auto missing = RegistryRoots::load({a, dir.filePath(QStringLiteral("none.json"))});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == QStringLiteral("roots_unreadable"));
  CHECK(missing.error().message.contains(QStringLiteral("none.json")));
  auto twice = RegistryRoots::load({a, clash});
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.error().message.contains(QStringLiteral("has another key")));
}
