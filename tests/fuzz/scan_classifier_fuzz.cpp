// Fuzzes the classifier of scanned text (IE1, MRZ, verify.gov.kh links, plain
// text) and the JSON made of its result: any text is classified, never lost.
#include "core/scan/scan_classifier.h"
#include "core/scan/wedge_detector.h"

#include <cstddef>
#include <cstdint>

using namespace camie;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QString text =
      QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  static const scan::ScanClassifier classifier({});
  const scan::ScannedPayload payload = classifier.classify(text, 1737334800, QDate(2025, 11, 25));
  if (payload.text != text)
    __builtin_trap(); // plain text is kept, never dropped
  const QJsonObject json = payload.toJson(QStringLiteral("QRCode"));
  if (json.value(QStringLiteral("kind")).toString() != payload.kindCode())
    __builtin_trap();
  if (payload.kind == scan::PayloadKind::VerifyLink &&
      (!payload.link || !payload.link->url().contains(u"verify.gov.kh", Qt::CaseInsensitive)))
    __builtin_trap();

  // The same text typed by a scanner, 3 ms a key: a scan comes back whole.
  scan::WedgeDetector wedge;
  qint64 t = 0;
  for (const QChar c : text) {
    if (c != u'\r' && c != u'\n')
      (void)wedge.feed(QString(c), t += 3);
  }
  (void)wedge.feed(u"\r", t + 3);
  return 0;
}
