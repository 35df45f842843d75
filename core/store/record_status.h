// RecordStatus and the lifecycle of a registration (DESIGN.md, Record
// lifecycle) as an explicit state machine: RecordLifecycle::allows() is the
// only place that says which transitions exist.
//
//   (new) ─► draft ─► sealed ─► sending ─► accepted | duplicate | rejected
//   (new) ─────────► sealed ◄─┘ (retry, lease expired)      │
//            draft ◄──────────────────────────────── (reopen)┘
//
// A sealed record written to a USB bundle is `exported`: not sent by this
// kiosk, looked up at the registry until it is accepted, duplicate or
// rejected there; a technician may put it back in the queue (sealed).
#pragma once

#include <QString>

#include <optional>

namespace camie::store {

enum class RecordStatus { Draft, Sealed, Sending, Exported, Accepted, Duplicate, Rejected };

QString toString(RecordStatus status);
std::optional<RecordStatus> recordStatusFromString(QStringView text);

class RecordLifecycle {
public:
  // `from` is empty for a record that does not exist yet.
  static bool allows(std::optional<RecordStatus> from, RecordStatus to);
  // Accepted and duplicate records are done: their registry number is known.
  static bool isFinal(RecordStatus status);
};

} // namespace camie::store
