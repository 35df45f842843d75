// DuplicateCheckModel: the review screen's duplicate check — whether this
// kiosk already finished a registration with the same ID (finishing is
// blocked, with a way to open that record, unless a supervisor allows it with
// their PIN or passphrase) or with the same name and date of birth (a
// warning). The store does the looking (keyed digests, never ID numbers in
// clear) and checks again when the registration is finished. Exposed to QML
// as `DuplicateCheck`, the review screen's own: what it found goes with it.
#pragma once

#include "core/store/duplicate_report.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace camie::ui {

class DuplicateCheckModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(DuplicateCheck)
  Q_PROPERTY(bool busy READ busy NOTIFY changed)
  Q_PROPERTY(bool blocked READ blocked NOTIFY changed)
  Q_PROPERTY(bool similar READ similar NOTIFY changed)
  Q_PROPERTY(QString allowedBy READ allowedBy NOTIFY changed)
  Q_PROPERTY(QString existingRecordId READ existingRecordId NOTIFY changed)
  Q_PROPERTY(QString existingText READ existingText NOTIFY changed)
  Q_PROPERTY(QString similarRecordId READ similarRecordId NOTIFY changed)
  Q_PROPERTY(QString similarText READ similarText NOTIFY changed)
  Q_PROPERTY(QString message READ message NOTIFY changed)

public:
  explicit DuplicateCheckModel(QObject* parent = nullptr);

  bool busy() const { return busy_; }
  bool blocked() const { return report_.blocked(); }
  bool similar() const { return report_.similar(); }
  QString allowedBy() const { return report_.allowedBy; }
  QString existingRecordId() const { return report_.sameIdRecordId; }
  QString similarRecordId() const { return report_.similarRecordId; }
  // In the screen's language: which record, by receipt code and date.
  QString existingText() const;
  QString similarText() const;
  QString message() const { return message_; }

  // Looks for the kiosk's records of the person these answers are about.
  Q_INVOKABLE void check(const QVariantMap& answers);
  // A supervisor allows finishing beside the record with the same ID.
  Q_INVOKABLE void allow(const QString& supervisorId, const QString& secret);

  // For tests and the store's answer.
  void takeReport(const store::DuplicateReport& report);

signals:
  void changed();

private:
  store::DuplicateReport report_;
  bool busy_ = false;
  QString message_;
};

} // namespace camie::ui
