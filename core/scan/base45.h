// Base45: the RFC 9285 encoding that IE1 pre-registration codes use, so their
// text stays in the QR code's compact alphanumeric mode (0-9 A-Z space $%*+-./:).
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace camie::scan {

class Base45 {
public:
  static QString encode(QByteArrayView bytes);
  // Errors: "bad_base45" — a character outside the alphabet, a length that
  // leaves one character over, or a group above 65535 (a pair above 255).
  [[nodiscard]] static Result<QByteArray> decode(QStringView text);
};

} // namespace camie::scan
