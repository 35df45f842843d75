// Gzip: compresses request bodies (Content-Encoding: gzip) with zlib, and
// decompresses them in the simulator, with a limit on the output size.
#pragma once

#include "core/util/result.h"

#include <QByteArray>

namespace camie::sync {

class Gzip {
public:
  static QByteArray compress(QByteArrayView data);
  // Errors: "bad_gzip" (not gzip, corrupt), "too_large" (more than maxOutput bytes).
  [[nodiscard]] static Result<QByteArray> decompress(QByteArrayView data, qsizetype maxOutput);
};

} // namespace camie::sync
