// CardCheck: how a registration's answers compare with what the kiosk read
// from the person's ID card (the reading itself stays in memory and is never
// part of the record): the fields where they differ — name, date of birth,
// sex, ID number — and the supervisor who confirmed the answers all the same.
// The record carries it as `cardCheck`, never the card's values or image.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace camie::domain {

struct CardCheck {
  QStringList differing; // field ids, in the order of kComparedFields
  QString confirmedBy;   // a supervisor's id; needed when `differing` is not empty

  // The fields compared with the card, as the form and the card reader name them.
  static const QStringList& comparedFields();

  // The compared fields that the card gave (`read`: field id → value as the
  // form stores it) and that the answers hold differently: names without
  // regard to case and spacing, dates as days, ID numbers by their digits.
  // A field the card did not give, or the answers leave empty, is not compared.
  static QStringList differences(const QJsonObject& answers, const QHash<QString, QString>& read);

  bool needsSupervisor() const { return !differing.isEmpty() && confirmedBy.isEmpty(); }

  // {"differing": [...], "confirmedBy": "..."} (confirmedBy only when set).
  QJsonObject toJson() const;
  static std::optional<CardCheck> fromJson(const QJsonObject& o);
};

} // namespace camie::domain
