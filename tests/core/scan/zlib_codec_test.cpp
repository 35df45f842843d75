#include "core/scan/zlib_codec.h"

#include <catch2/catch.hpp>

using camie::scan::ZlibCodec;

namespace {
QByteArray deflated(const QByteArray& data, int level = 9) {
  auto stream = ZlibCodec::deflate(data, level);
  REQUIRE(stream.ok());
  return *stream;
}
} // namespace

TEST_CASE("zlib streams of any level inflate back", "[scan]") {
  const QByteArray text = QByteArray("{\"v\":1,\"fields\":{}}").repeated(20);
  for (int level : {0, 1, 6, 9}) {
    const QByteArray stream = deflated(text, level);
    CHECK(static_cast<uchar>(stream[0]) == 0x78); // RFC 1950 header: deflate, 32 KiB window
    auto back = ZlibCodec::inflate(stream, 8192);
    REQUIRE(back.ok());
    CHECK(*back == text);
  }
}

TEST_CASE("inflating stops at the limit: too_large", "[scan]") {
  const QByteArray bomb = deflated(QByteArray(1024 * 1024, 'A')); // 1 MiB in about 1 KiB
  CHECK(bomb.size() < 2048);
  CHECK(ZlibCodec::inflate(bomb, 8192).error().code == u"too_large");
  CHECK(ZlibCodec::inflate(deflated(QByteArray(8193, 'A')), 8192).error().code == u"too_large");
  auto exact = ZlibCodec::inflate(deflated(QByteArray(8192, 'A')), 8192);
  REQUIRE(exact.ok());
  CHECK(exact->size() == 8192);
}

TEST_CASE("a bad checksum, a cut stream, trailing bytes and non-zlib bytes are bad_zlib",
          "[scan]") {
  const QByteArray good = deflated("pre-registration");
  QByteArray badChecksum = good;
  badChecksum[badChecksum.size() - 1] = static_cast<char>(badChecksum.back() ^ 0x01);
  QByteArray badHeader = good;
  badHeader[1] = static_cast<char>(badHeader[1] ^ 0x01); // FCHECK no longer divides
  for (const QByteArray& bad : {badChecksum, good.chopped(3), good + "x", badHeader,
                                QByteArray("plain text"), QByteArray(1, '\x78')}) {
    auto result = ZlibCodec::inflate(bad, 8192);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == u"bad_zlib");
  }
  CHECK(ZlibCodec::inflate({}, 8192).error().code == u"bad_zlib");
}
