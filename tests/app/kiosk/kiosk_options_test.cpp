#include "app/kiosk/kiosk_options.h"

#include <catch2/catch.hpp>

using camie::app::parseKioskOptions;

namespace {
QStringList argv(std::initializer_list<const char*> args) {
  QStringList list{QStringLiteral("camie-kiosk")};
  for (const char* a : args)
    list << QString::fromUtf8(a);
  return list;
}
} // namespace

TEST_CASE("the kiosk starts full-screen with the configured language unless told otherwise") {
  const auto o = parseKioskOptions(argv({}));
  REQUIRE(o.ok());
  CHECK_FALSE(o->windowed);
  CHECK_FALSE(o->language.has_value());
  CHECK_FALSE(o->configPath.has_value());
  CHECK_FALSE(o->selfTest);
}

TEST_CASE("kiosk options: --windowed, --config, --language and --self-test") {
  const auto o = parseKioskOptions(argv({"--windowed", "--config", "/tmp/k.conf", "--language",
                                         "en", "--self-test", "--screenshot-dir", "/tmp/s"}));
  REQUIRE(o.ok());
  CHECK(o->windowed);
  CHECK(o->configPath == QStringLiteral("/tmp/k.conf"));
  CHECK(o->language == QStringLiteral("en"));
  CHECK(o->selfTest);
  CHECK(o->screenshotDir == QStringLiteral("/tmp/s"));
}

TEST_CASE("kiosk options: a bad language, an unknown option or a stray argument is named") {
  auto o = parseKioskOptions(argv({"--language", "fr"}));
  REQUIRE_FALSE(o.ok());
  CHECK(o.error().message.contains(QStringLiteral("fr")));

  o = parseKioskOptions(argv({"--fullscreen-please"}));
  REQUIRE_FALSE(o.ok());
  CHECK(o.error().message.contains(QStringLiteral("fullscreen-please")));

  o = parseKioskOptions(argv({"extra"}));
  REQUIRE_FALSE(o.ok());
  CHECK(o.error().message.contains(QStringLiteral("extra")));

  o = parseKioskOptions(argv({"--screenshot-dir", "/tmp/s"}));
  REQUIRE_FALSE(o.ok());
}
