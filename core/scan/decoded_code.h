// DecodedCode: one barcode found in a picture — its format, its content and
// where it was — before anyone has looked at what the content means.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPoint>
#include <QString>

namespace camie::scan {

struct DecodedCode {
  QString format;        // ZXing's name: "QRCode", "PDF417", "DataMatrix", "Code128", ...
  QString text;          // the content as text (UTF-8 decoded, ECI honoured)
  QByteArray bytes;      // the content's raw bytes
  QList<QPoint> corners; // the code's four corners in the picture, clockwise from top-left

  // The same code: same format and content (the position does not matter).
  bool sameCode(const DecodedCode& other) const {
    return format == other.format && bytes == other.bytes && text == other.text;
  }
};

} // namespace camie::scan
