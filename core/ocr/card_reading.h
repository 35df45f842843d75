// CardReading: what the kiosk proposes from one picture of a Khmer ID card —
// each value a proposal with its confidence and where it was read, and the
// machine-readable zone's verdict. Nothing here is confirmed; nothing is the image.
#pragma once

#include "core/ocr/mrz_corrector.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace camie::ocr {

enum class CardSide { Unknown, Front, Back };

struct FieldProposal {
  QString fieldId;       // the form's field: name_km, name_en, sex, dob, id_number, ...
  QString value;         // as the form stores it (sex "male"/"female", dob YYYY-MM-DD)
  double confidence = 0; // 0..1; values checked by a check digit come near 1
  QString source;        // "mrz" (checked by its check digits) or "front" (OCR only)
  bool lowConfidence() const { return confidence < kLowConfidence; }

  static constexpr double kLowConfidence = 0.8; // below: shown as uncertain
};

struct CardReading {
  CardSide side = CardSide::Unknown;
  bool zoneFound = false;           // three MRZ-like lines were seen
  std::optional<MrzCorrection> mrz; // when a zone was found
  QList<FieldProposal> proposals;
  qint64 elapsedMs = 0;

  const FieldProposal* proposal(QStringView fieldId) const {
    for (const FieldProposal& p : proposals) {
      if (p.fieldId == fieldId)
        return &p;
    }
    return nullptr;
  }
  // "front", "back", "unknown".
  QString sideCode() const;
  // As `camie-kioskctl read-card --json` prints it.
  QJsonObject toJson() const;
};

} // namespace camie::ocr
