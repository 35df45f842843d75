// ZlibCodec: zlib streams (RFC 1950) for IE1 pre-registration codes, with a
// hard limit on what inflating may produce, so a small code cannot expand into
// megabytes (a "zip bomb") before anything is checked.
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace camie::scan {

class ZlibCodec {
public:
  // The whole of `stream` must be one zlib stream. Errors: "bad_zlib" (not
  // zlib, a bad checksum, cut short, bytes after the end), "too_large" (the
  // output would pass `maxOutput` bytes; inflating stops right there).
  [[nodiscard]] static Result<QByteArray> inflate(QByteArrayView stream, qsizetype maxOutput);
  // Errors: "bad_zlib" (zlib failed, e.g. out of memory).
  [[nodiscard]] static Result<QByteArray> deflate(QByteArrayView data, int level = 9);
};

} // namespace camie::scan
