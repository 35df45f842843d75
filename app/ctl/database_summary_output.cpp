#include "app/ctl/database_summary_output.h"

#include <QDateTime>

namespace camie::app {
namespace {

constexpr store::RecordStatus kStatuses[] = {
    store::RecordStatus::Draft,    store::RecordStatus::Sealed,   store::RecordStatus::Sending,
    store::RecordStatus::Exported, store::RecordStatus::Accepted, store::RecordStatus::Duplicate,
    store::RecordStatus::Rejected};

QString isoTime(qint64 ms) {
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QJsonObject summaryJson(const store::DatabaseSummary& s) {
  QJsonObject records;
  for (const store::RecordStatus status : kStatuses)
    records.insert(store::toString(status), s.records.value(status));
  return {{QStringLiteral("schemaVersion"), s.schemaVersion},
          {QStringLiteral("deviceId"), s.deviceId},
          {QStringLiteral("records"), records},
          {QStringLiteral("operators"), s.operators},
          {QStringLiteral("auditEntries"), s.auditEntries},
          {QStringLiteral("newestAuditAt"),
           s.newestAuditAt ? QJsonValue(isoTime(*s.newestAuditAt)) : QJsonValue()}};
}

QString summaryText(const store::DatabaseSummary& s) {
  QStringList records;
  for (const store::RecordStatus status : kStatuses) {
    if (s.records.value(status) > 0)
      records << QStringLiteral("%1 %2").arg(s.records.value(status)).arg(store::toString(status));
  }
  QString text =
      QStringLiteral("records: %1\noperators: %2\naudit log: %3 entries")
          .arg(records.isEmpty() ? QStringLiteral("none") : records.join(QStringLiteral(", ")))
          .arg(s.operators)
          .arg(s.auditEntries);
  if (s.newestAuditAt)
    text += QStringLiteral(", the newest at %1").arg(isoTime(*s.newestAuditAt));
  return text;
}

} // namespace camie::app
