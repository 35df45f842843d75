#include "core/scan/scan_classifier.h"

namespace camie::scan {

ScannedPayload ScanClassifier::classify(QStringView text, qint64 nowSeconds, QDate today) const {
  ScannedPayload payload;
  payload.text = text.toString();
  if (text.startsWith(u"IE1:")) {
    payload.kind = PayloadKind::Ie1;
    payload.ie1 = ie1_.decode(text, nowSeconds);
  } else if (MrzParser::looksLikeMrz(text)) {
    payload.kind = PayloadKind::Mrz;
    payload.mrz = MrzParser::parse(text, today);
  } else if (auto link = VerifyLink::recognise(text)) {
    payload.kind = PayloadKind::VerifyLink;
    payload.link = std::move(link);
  }
  return payload;
}

} // namespace camie::scan
