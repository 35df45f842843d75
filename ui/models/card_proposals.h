// CardProposals: what an ID card reading proposes for this form — each field
// the form has, with a note when the teller must look twice (read with low
// confidence, or a Latin name romanised from the Khmer one because the card
// gave none) and whether it counts as the card's word when the answers are
// later compared with the card (a romanised name does not).
#pragma once

#include "core/domain/form_schema.h"
#include "core/ocr/card_reading.h"

#include <QList>
#include <QString>

namespace camie::ui {

struct CardProposal {
  enum class Note { None, LowConfidence, Romanised };
  QString fieldId;
  QString value;
  Note note = Note::None;
  bool fromCard = true; // printed on the card (not derived by the kiosk)

  static QString noteCode(Note note);
};

class CardProposals {
public:
  static QList<CardProposal> from(const ocr::CardReading& reading, const domain::FormSchema& form);
};

} // namespace camie::ui
