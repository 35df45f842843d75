#include "core/store/record_status.h"

namespace camie::store {

QString toString(RecordStatus status) {
  switch (status) {
  case RecordStatus::Draft:
    return QStringLiteral("draft");
  case RecordStatus::Sealed:
    return QStringLiteral("sealed");
  case RecordStatus::Sending:
    return QStringLiteral("sending");
  case RecordStatus::Exported:
    return QStringLiteral("exported");
  case RecordStatus::Accepted:
    return QStringLiteral("accepted");
  case RecordStatus::Duplicate:
    return QStringLiteral("duplicate");
  case RecordStatus::Rejected:
    return QStringLiteral("rejected");
  }
  return {};
}

std::optional<RecordStatus> recordStatusFromString(QStringView text) {
  for (auto s :
       {RecordStatus::Draft, RecordStatus::Sealed, RecordStatus::Sending, RecordStatus::Exported,
        RecordStatus::Accepted, RecordStatus::Duplicate, RecordStatus::Rejected}) {
    if (text == toString(s))
      return s;
  }
  return std::nullopt;
}

bool RecordLifecycle::allows(std::optional<RecordStatus> from, RecordStatus to) {
  using S = RecordStatus;
  if (!from)
    return to == S::Draft || to == S::Sealed;
  switch (*from) {
  case S::Draft:
    return to == S::Draft || to == S::Sealed;
  case S::Sealed:
    return to == S::Sending || to == S::Exported;
  case S::Sending: // exported: a stuck upload goes on a USB bundle instead
  case S::Exported:
    return to == S::Sealed || to == S::Exported || to == S::Accepted || to == S::Duplicate ||
           to == S::Rejected;
  case S::Rejected:
    return to == S::Draft;
  case S::Accepted:
  case S::Duplicate:
    return false;
  }
  return false;
}

bool RecordLifecycle::isFinal(RecordStatus status) {
  return status == RecordStatus::Accepted || status == RecordStatus::Duplicate;
}

} // namespace camie::store
