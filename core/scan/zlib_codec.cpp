#include "core/scan/zlib_codec.h"

#define ZLIB_CONST
#include <zlib.h>

#include <limits>

namespace camie::scan {

namespace {

Error badZlib(const QString& why) {
  return makeError(QStringLiteral("bad_zlib"), QStringLiteral("Not a zlib stream: %1.").arg(why));
}

// Owns an inflating z_stream: inflateEnd on every path.
class Inflater {
public:
  Inflater() { ok_ = inflateInit(&z_) == Z_OK; }
  ~Inflater() {
    if (ok_)
      inflateEnd(&z_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  bool ok() const { return ok_; }
  z_stream& z() { return z_; }

private:
  z_stream z_{};
  bool ok_ = false;
};

} // namespace

Result<QByteArray> ZlibCodec::inflate(QByteArrayView stream, qsizetype maxOutput) {
  if (stream.isEmpty())
    return badZlib(QStringLiteral("no bytes"));
  if (stream.size() > std::numeric_limits<uInt>::max() || maxOutput < 0 ||
      maxOutput >= std::numeric_limits<uInt>::max())
    return badZlib(QStringLiteral("sizes out of range"));
  Inflater inflater;
  if (!inflater.ok())
    return badZlib(QStringLiteral("zlib could not start"));
  z_stream& z = inflater.z();
  // One byte more than allowed: filling it proves the output is too large.
  QByteArray out(maxOutput + 1, '\0');
  z.next_in = reinterpret_cast<const Bytef*>(stream.data());
  z.avail_in = static_cast<uInt>(stream.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = ::inflate(&z, Z_FINISH);
  if (z.total_out > static_cast<uLong>(maxOutput))
    return makeError(ErrorKind::TooLarge,
                     QStringLiteral("The stream inflates to more than %1 bytes.").arg(maxOutput));
  if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT)
    return badZlib(z.msg ? QString::fromLatin1(z.msg) : QStringLiteral("corrupt data"));
  if (rc != Z_STREAM_END)
    return badZlib(QStringLiteral("the stream is cut short"));
  if (z.avail_in != 0)
    return badZlib(QStringLiteral("bytes follow the end of the stream"));
  out.truncate(static_cast<qsizetype>(z.total_out));
  return out;
}

Result<QByteArray> ZlibCodec::deflate(QByteArrayView data, int level) {
  if (data.size() > std::numeric_limits<uInt>::max() / 2)
    return badZlib(QStringLiteral("too much data"));
  uLongf size = compressBound(static_cast<uLong>(data.size()));
  QByteArray out(static_cast<qsizetype>(size), '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                reinterpret_cast<const Bytef*>(data.data()), static_cast<uLong>(data.size()),
                level) != Z_OK)
    return badZlib(QStringLiteral("compressing failed"));
  out.truncate(static_cast<qsizetype>(size));
  return out;
}

} // namespace camie::scan
