// Batch: what one POST batches carries (API.md) — its id (also the request's
// Idempotency-Key), the kiosk, the audit log's anchor and the sealed records.
// The sync engine fills it; the registry client writes the body when it
// sends, with the time of sending.
#pragma once

#include "core/wire/sealed_record.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace camie::wire {

struct Batch {
  QString batchId; // UUIDv7
  QString deviceId;
  // The newest audit entry when the batch was leased: the registry refuses a
  // later batch whose log ends before it (TRUST.md, "The audit log is anchored").
  qint64 auditSeq = 0;
  QByteArray auditHash;
  QList<SealedRecord> records;

  // The records' ids, in order: the answer's results must match them.
  QStringList ids() const;
  // {batchId, deviceId, sentAt, audit: {seq, hash}, records: [...]}.
  QJsonObject toJson(qint64 sentAtMs) const;
};

} // namespace camie::wire
