// ReceiptFacts: one record as its receipt shows it — id, status, registry
// number, when it was finalised and, while the local copy exists and the
// signed-in operator's key opens it, its answers. Made on the store thread;
// travels to the GUI thread by value. Never logged, never written anywhere.
#pragma once

#include "core/store/record_status.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace camie::store {

struct ReceiptFacts {
  QString recordId;
  RecordStatus status = RecordStatus::Sealed;
  QString registryNumber;
  qint64 capturedAtMs = 0;
  QJsonObject answers; // empty when the local copy is purged or does not open
};

} // namespace camie::store

Q_DECLARE_METATYPE(camie::store::ReceiptFacts)
