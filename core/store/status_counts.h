// StatusCounts: the queue in numbers, as the home screen shows them — records
// per status, those finalised on this kiosk today, and when the oldest one
// still waiting for the registry was finalised.
#pragma once

#include "core/store/record_status.h"

#include <QMap>
#include <QMetaType>
#include <QObject>

namespace camie::store {

struct StatusCounts {
  Q_GADGET
  Q_PROPERTY(qint64 today MEMBER today CONSTANT)
  Q_PROPERTY(qint64 oldestQueuedMs MEMBER oldestQueuedMs CONSTANT)

public:
  QMap<RecordStatus, qint64> byStatus; // a status with no record is absent
  qint64 today = 0;                    // finalised here (not imported) since local midnight
  qint64 oldestQueuedMs = 0;           // 0: nothing is waiting

  qint64 of(RecordStatus status) const { return byStatus.value(status, 0); }
};

} // namespace camie::store

Q_DECLARE_METATYPE(camie::store::StatusCounts)
