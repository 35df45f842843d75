// ScanClassifier: decides what a scanned text is — an IE1 pre-registration
// code, an MRZ, a verify.gov.kh link, or plain text — and runs its parser.
// Pure: the time is passed in; the portal keys are given once.
#pragma once

#include "core/refdata/published_keys.h"
#include "core/scan/ie1_decoder.h"
#include "core/scan/scanned_payload.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace camie::scan {

class ScanClassifier {
public:
  explicit ScanClassifier(QList<refdata::PortalKey> portalKeys, Ie1Decoder::Options ie1Options = {})
      : ie1_(std::move(portalKeys), ie1Options) {}

  // `nowSeconds` judges IE1 expiry; `today` resolves MRZ two-digit years.
  ScannedPayload classify(QStringView text, qint64 nowSeconds, QDate today) const;

private:
  Ie1Decoder ie1_;
};

} // namespace camie::scan
