// GzipBody: decodes a request body sent with Content-Encoding: gzip (the
// kiosk compresses its batches); zlib's gzip wrapper, with a size cap.
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace camie::sim {

class GzipBody {
public:
  // Errors: "bad_gzip" (not a complete gzip stream), "too_large" (more than
  // `maxSize` bytes once decoded).
  static Result<QByteArray> inflate(QByteArrayView gzip, qsizetype maxSize);
};

} // namespace camie::sim
