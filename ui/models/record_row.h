// RecordRow: one record as the Records screen shows it, in the screen's
// language — status in words, time with LocalFormat, village and choices by
// name, the person's name in both scripts while the kiosk still holds it,
// and whether the answers were checked against the person's ID card: the
// fields that differed from it (by their labels) and the supervisor who
// confirmed them.
// Built by RecordsModel from a store::RecordSummary; a QML value type.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QStringList>

namespace camie::ui {

struct RecordRow {
  Q_GADGET
  QML_VALUE_TYPE(recordRow)
  Q_PROPERTY(QString id MEMBER id CONSTANT)
  Q_PROPERTY(QString receiptCode MEMBER receiptCode CONSTANT)
  Q_PROPERTY(QString status MEMBER status CONSTANT)
  Q_PROPERTY(QString statusWords MEMBER statusWords CONSTANT)
  Q_PROPERTY(bool needsCorrection MEMBER needsCorrection CONSTANT)
  Q_PROPERTY(QString registryNumber MEMBER registryNumber CONSTANT)
  Q_PROPERTY(QString time MEMBER time CONSTANT)
  Q_PROPERTY(bool detailsShown MEMBER detailsShown CONSTANT)
  Q_PROPERTY(QString detailsNote MEMBER detailsNote CONSTANT)
  Q_PROPERTY(QString nameKm MEMBER nameKm CONSTANT)
  Q_PROPERTY(QString nameEn MEMBER nameEn CONSTANT)
  Q_PROPERTY(QString village MEMBER village CONSTANT)
  Q_PROPERTY(QString address MEMBER address CONSTANT)
  Q_PROPERTY(QString sex MEMBER sex CONSTANT)
  Q_PROPERTY(QString dob MEMBER dob CONSTANT)
  Q_PROPERTY(QString idType MEMBER idType CONSTANT)
  Q_PROPERTY(QString idNumber MEMBER idNumber CONSTANT)
  Q_PROPERTY(QString phone MEMBER phone CONSTANT)
  Q_PROPERTY(QString occupation MEMBER occupation CONSTANT)
  Q_PROPERTY(QString businessName MEMBER businessName CONSTANT)
  Q_PROPERTY(QStringList serverErrors MEMBER serverErrors CONSTANT)
  Q_PROPERTY(bool cardChecked MEMBER cardChecked CONSTANT)
  Q_PROPERTY(QStringList cardDiffering MEMBER cardDiffering CONSTANT)
  Q_PROPERTY(QString cardConfirmedBy MEMBER cardConfirmedBy CONSTANT)

public:
  QString id;
  QString receiptCode;
  QString status; // the stable key ("rejected"), for colours and tests
  QString statusWords;
  bool needsCorrection = false; // rejected: a supervisor may reopen it
  QString registryNumber;
  QString time;              // when it was finalised, LocalFormat
  bool detailsShown = false; // the answers below are filled in
  QString detailsNote;       // why they are not (removed after retention, ...)
  QString nameKm;
  QString nameEn;
  QString village; // the village's name
  QString address; // village, commune, district, province
  QString sex;     // the option's label
  QString dob;     // LocalFormat date
  QString idType;  // the option's label
  QString idNumber;
  QString phone; // as read out: "012 345 678"
  QString occupation;
  QString businessName;
  QStringList serverErrors;  // the registry's field errors, "field: message"
  bool cardChecked = false;  // the answers were compared with the ID card read
  QStringList cardDiffering; // the labels of the fields that differed from it
  QString cardConfirmedBy;   // the supervisor who confirmed them (an operator id)
};

} // namespace camie::ui
