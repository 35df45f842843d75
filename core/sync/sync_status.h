// SyncStatus: what the kiosk shows about sync — a state, progress (n of m),
// what went wrong in words, and when the last sync succeeded. Connectivity is
// learnt from the requests themselves; nothing probes outside hosts.
#pragma once

#include <QMetaType>
#include <QString>

namespace camie::sync {

struct SyncStatus {
  enum class State { Disabled, Idle, Connecting, Syncing, Offline, Error };
  State state = State::Disabled;
  qint64 done = 0;          // records answered in the current run
  qint64 total = 0;         // records to answer in the current run
  qint64 queued = 0;        // records waiting (sealed or in flight)
  qint64 lastSuccessMs = 0; // 0: never
  QString errorCode;        // stable code of the last problem, empty when none
  QString message;          // the last problem in words (translated), empty when none

  bool operator==(const SyncStatus&) const = default;
};

} // namespace camie::sync

Q_DECLARE_METATYPE(camie::sync::SyncStatus)
