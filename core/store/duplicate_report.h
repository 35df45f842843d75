// DuplicateReport: what the duplicate check found for a registration about to
// be finished, as the review screen shows it — the kiosk's own record with
// the same ID (which blocks finishing unless a supervisor allowed it) and one
// with the same name and date of birth (a warning). Record ids, receipt codes
// and times only: never the personal data that matched.
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace camie::store {

struct DuplicateReport {
  Q_GADGET
  Q_PROPERTY(bool blocked READ blocked)
  Q_PROPERTY(bool similar READ similar)
  Q_PROPERTY(QString sameIdRecordId MEMBER sameIdRecordId)
  Q_PROPERTY(QString sameIdReceiptCode MEMBER sameIdReceiptCode)
  Q_PROPERTY(qint64 sameIdCapturedAt MEMBER sameIdCapturedAt)
  Q_PROPERTY(QString similarRecordId MEMBER similarRecordId)
  Q_PROPERTY(QString similarReceiptCode MEMBER similarReceiptCode)
  Q_PROPERTY(qint64 similarCapturedAt MEMBER similarCapturedAt)
  Q_PROPERTY(QString allowedBy MEMBER allowedBy)
  Q_PROPERTY(QString problem MEMBER problem)

public:
  QString sameIdRecordId; // a record with the same ID type and number
  QString sameIdReceiptCode;
  qint64 sameIdCapturedAt = 0;
  QString similarRecordId; // a record with the same name and date of birth
  QString similarReceiptCode;
  qint64 similarCapturedAt = 0;
  QString allowedBy; // the supervisor who allowed a second record with this ID
  QString problem;   // the check could not run, in words (finishing will check again)

  // Finishing is refused: the same ID, and no supervisor allowed it.
  bool blocked() const { return !sameIdRecordId.isEmpty() && allowedBy.isEmpty(); }
  bool similar() const { return !similarRecordId.isEmpty(); }
};

} // namespace camie::store

Q_DECLARE_METATYPE(camie::store::DuplicateReport)
