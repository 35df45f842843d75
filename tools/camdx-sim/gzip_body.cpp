#include "tools/camdx-sim/gzip_body.h"

#include <zlib.h>

namespace camie::sim {

Result<QByteArray> GzipBody::inflate(QByteArrayView gzip, qsizetype maxSize) {
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) // 16: gzip wrapper only
    return makeError(QStringLiteral("bad_gzip"), QStringLiteral("zlib could not start."));
  QByteArray out;
  // zlib's API is not const-correct: it never writes through next_in.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gzip.data()));
  stream.avail_in = static_cast<uInt>(gzip.size());
  int rc = Z_OK;
  char buffer[16384];
  while (rc == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    rc = ::inflate(&stream, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END)
      break;
    out.append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
    if (out.size() > maxSize) {
      inflateEnd(&stream);
      return makeError(QStringLiteral("too_large"),
                       QStringLiteral("The decoded body is larger than %1 bytes.").arg(maxSize));
    }
    if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
      break; // input ended before the stream did
  }
  inflateEnd(&stream);
  if (rc != Z_STREAM_END)
    return makeError(QStringLiteral("bad_gzip"),
                     QStringLiteral("The body is not a complete gzip stream."));
  return out;
}

} // namespace camie::sim
