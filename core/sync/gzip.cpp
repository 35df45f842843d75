#include "core/sync/gzip.h"

#include <zlib.h>

namespace camie::sync {
namespace {
constexpr int kGzipWindowBits = 15 + 16; // 15-bit window, gzip wrapper
} // namespace

QByteArray Gzip::compress(QByteArrayView data) {
  z_stream z{};
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) !=
      Z_OK)
    return {};
  QByteArray out(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(data.size()))), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  const auto written = static_cast<qsizetype>(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END)
    return {};
  out.truncate(written);
  return out;
}

Result<QByteArray> Gzip::decompress(QByteArrayView data, qsizetype maxOutput) {
  z_stream z{};
  if (inflateInit2(&z, kGzipWindowBits) != Z_OK)
    return makeError(QStringLiteral("bad_gzip"), QStringLiteral("zlib could not start."));
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  QByteArray out;
  char chunk[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof chunk;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END)
      break;
    out.append(chunk, static_cast<qsizetype>(sizeof chunk - z.avail_out));
    if (out.size() > maxOutput) {
      inflateEnd(&z);
      return makeError(ErrorKind::TooLarge,
                       QStringLiteral("The gzip body expands beyond %1 bytes.").arg(maxOutput));
    }
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0)
      rc = Z_BUF_ERROR; // input ended before the stream did
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END)
    return makeError(QStringLiteral("bad_gzip"), QStringLiteral("The body is not valid gzip."));
  return out;
}

} // namespace camie::sync
