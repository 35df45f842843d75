#include "ui/models/card_proposals.h"

#include "core/domain/khmer_romanizer.h"

namespace camie::ui {

QString CardProposal::noteCode(Note note) {
  switch (note) {
  case Note::None:
    return {};
  case Note::LowConfidence:
    return QStringLiteral("low_confidence");
  case Note::Romanised:
    return QStringLiteral("romanised");
  }
  return {};
}

QList<CardProposal> CardProposals::from(const ocr::CardReading& reading,
                                        const domain::FormSchema& form) {
  QList<CardProposal> out;
  const auto has = [&](const QString& id) {
    for (const CardProposal& p : std::as_const(out)) {
      if (p.fieldId == id)
        return true;
    }
    return false;
  };
  for (const ocr::FieldProposal& p : reading.proposals) {
    if (!form.field(p.fieldId) || p.value.trimmed().isEmpty() || has(p.fieldId))
      continue;
    out.append({p.fieldId, p.value,
                p.lowConfidence() ? CardProposal::Note::LowConfidence : CardProposal::Note::None,
                true});
  }
  // The front of a national ID card says what the document is.
  const QString idType = QStringLiteral("id_type");
  if (reading.side == ocr::CardSide::Front && has(QStringLiteral("id_number")) && !has(idType) &&
      form.field(idType) && form.field(idType)->option(QStringLiteral("national_id")))
    out.append({idType, QStringLiteral("national_id"), CardProposal::Note::None, true});
  // No Latin name on the card (or none read): romanised from the Khmer one.
  const QString latin = QStringLiteral("name_en");
  const ocr::FieldProposal* khmer = reading.proposal(u"name_km");
  if (!has(latin) && khmer && form.field(latin)) {
    const QString romanised = domain::KhmerRomanizer::romanize(khmer->value);
    if (!romanised.isEmpty())
      out.append({latin, romanised, CardProposal::Note::Romanised, false});
  }
  return out;
}

} // namespace camie::ui
