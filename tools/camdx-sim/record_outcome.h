// RecordOutcome: what the registry answered for one record id — accepted or
// duplicate with a registry number, rejected with field errors — as stored and
// as written in a batch or status result (API.md).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace camie::sim {

struct RecordOutcome {
  QString id;
  int revision = 1;
  QString status;    // "accepted", "duplicate", "rejected" (stored); "retry", "unknown" (never)
  QString number;    // the registry number: its own (accepted) or the original's (duplicate)
  QJsonArray errors; // rejected: [{field, code, message}]

  QJsonObject toResult() const {
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("status"), status}};
    if (!number.isEmpty())
      o.insert(QStringLiteral("registrationNumber"), number);
    if (status == u"rejected")
      o.insert(QStringLiteral("errors"), errors);
    if (status == u"accepted" || status == u"duplicate" || status == u"rejected")
      o.insert(QStringLiteral("revision"), revision); // the revision this answer is about
    return o;
  }
};

} // namespace camie::sim
