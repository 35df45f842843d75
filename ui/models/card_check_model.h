// CardCheckModel: the registration's answers against the ID card the kiosk
// read for it — the card's values kept in memory only (never in a draft or
// the record), the fields where the answers now differ (name, date of birth,
// sex, ID number), and a supervisor's confirmation of those differences,
// checked by the store like a sign-in and audited when the registration is
// finished. Owned by the form (Registration.cardCheck); cleared with it.
#pragma once

#include "core/domain/card_check.h"

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <optional>

namespace camie::ui {

class CardCheckModel : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("The form's own: Registration.cardCheck")
  Q_PROPERTY(bool cardRead READ cardRead NOTIFY changed)
  // [{fieldId, label, card, answer}] as shown, in the screen's language.
  Q_PROPERTY(QVariantList differences READ differences NOTIFY changed)
  Q_PROPERTY(bool needsSupervisor READ needsSupervisor NOTIFY changed)
  Q_PROPERTY(QString confirmedBy READ confirmedBy NOTIFY changed)
  Q_PROPERTY(bool busy READ busy NOTIFY changed)
  Q_PROPERTY(QString message READ message NOTIFY changed)

public:
  explicit CardCheckModel(QObject* parent = nullptr);

  bool cardRead() const { return !read_.isEmpty(); }
  QVariantList differences() const { return rows_; }
  bool needsSupervisor() const;
  QString confirmedBy() const { return confirmedFor_ == differing_ ? confirmedBy_ : QString(); }
  bool busy() const { return busy_; }
  QString message() const { return message_; }

  // A supervisor confirms the answers that differ from the card, for the
  // registration `draftId`.
  Q_INVOKABLE void confirm(const QString& supervisorId, const QString& secret);

  // The card's values (field id → value as the form stores it) of a new
  // reading, added to those of an earlier one (the other side of the card).
  // A confirmation given before is asked for again.
  void take(const QHash<QString, QString>& read);
  const QHash<QString, QString>& read() const { return read_; }
  // The differences now (field ids) and their rows for the screen.
  void update(const QStringList& differing, const QVariantList& rows);
  void setDraftId(const QString& draftId) { draftId_ = draftId; }
  // For finalising: unset when no card was read.
  std::optional<domain::CardCheck> check() const;
  void clear();

signals:
  void changed();

private:
  QHash<QString, QString> read_;
  QStringList differing_;
  QVariantList rows_;
  QString draftId_;
  QString confirmedBy_;
  QStringList confirmedFor_; // the differences the supervisor saw
  bool busy_ = false;
  QString message_;
};

} // namespace camie::ui
