#include "core/sync/record_answer.h"

namespace camie::sync {

QString toString(RecordAnswer answer) {
  switch (answer) {
  case RecordAnswer::Accepted:
    return QStringLiteral("accepted");
  case RecordAnswer::Duplicate:
    return QStringLiteral("duplicate");
  case RecordAnswer::Rejected:
    return QStringLiteral("rejected");
  case RecordAnswer::Retry:
    return QStringLiteral("retry");
  case RecordAnswer::Unknown:
    return QStringLiteral("unknown");
  }
  return {};
}

std::optional<RecordAnswer> recordAnswerFromString(QStringView text) {
  for (RecordAnswer a : {RecordAnswer::Accepted, RecordAnswer::Duplicate, RecordAnswer::Rejected,
                         RecordAnswer::Retry, RecordAnswer::Unknown}) {
    if (text == toString(a))
      return a;
  }
  return std::nullopt;
}

std::optional<store::RecordStatus> settledStatus(RecordAnswer answer) {
  switch (answer) {
  case RecordAnswer::Accepted:
    return store::RecordStatus::Accepted;
  case RecordAnswer::Duplicate:
    return store::RecordStatus::Duplicate;
  case RecordAnswer::Rejected:
    return store::RecordStatus::Rejected;
  case RecordAnswer::Retry:
  case RecordAnswer::Unknown:
    return std::nullopt;
  }
  return std::nullopt;
}

} // namespace camie::sync
