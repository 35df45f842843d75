// FormCardReading: the registration form's side of an ID card read for it.
// FormModel owns one and hands it the card's proposals and, after every
// change of the answers, the answers themselves; it keeps
//  - the proposals' notes (read with low confidence; a Latin name romanised
//    from the Khmer one), shown under a proposed field until it is confirmed
//    or typed over, in the screen's language;
//  - the card's own values, in the form's CardCheckModel (memory only, never
//    in a draft or the record), for the registration being filled in;
//  - the comparison of the answers, as they will be stored, with those
//    values (domain::CardCheck::differences), which it gives CardCheckModel
//    as the differing field ids and their rows for the review: the field's
//    label, the card's value and the answer, both as the screen shows them.
// No QML of its own: the screens see it through Registration (the fields'
// `prefillNote` role) and Registration.cardCheck.
#pragma once

#include "core/domain/form_schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace camie::ui {

class CardCheckModel;

class FormCardReading {
  Q_DECLARE_TR_FUNCTIONS(camie::ui::FormCardReading)

public:
  // A localised text in the screen's language.
  using Text = std::function<QString(const domain::LocalizedText&)>;

  explicit FormCardReading(CardCheckModel* check) : check_(check) {}

  // A reading's proposals (CardCapture.proposed: [{fieldId, value, note,
  // fromCard}]) for registration `draftId`: keeps their notes (a proposal
  // without one clears an older note) and the card's own values (added to
  // those of the other side, if read). Returns the values to propose,
  // {fieldId: value}, which the form marks like scanned ones.
  QVariantMap take(const QVariantList& proposals, const QString& draftId);
  // A value proposed by something else than the card: its note goes.
  void dropNote(const QString& fieldId) { notes_.remove(fieldId); }
  // The note of a proposed field in words (empty when it has none).
  QString noteWords(const QString& fieldId) const;

  // Compares `answers` (their stored forms `normalized` where valid) with
  // the card read, and tells the CardCheckModel; no card read: no differences.
  void compare(const domain::FormSchema* form, const QJsonObject& answers,
               const QJsonObject& normalized, const Text& text) const;

  // The registration the card belongs to (a new one, a draft, a correction).
  void setDraftId(const QString& draftId);
  // Forgets the notes and the card's values.
  void clear();

private:
  CardCheckModel* check_;         // the form's (a child of FormModel)
  QHash<QString, QString> notes_; // field id → "low_confidence", "romanised"
};

} // namespace camie::ui
