// RecordAnswer: what the registry said of one record (API.md: accepted,
// duplicate, rejected, retry, unknown). The wire's words are read once, by
// RegistryClient; past it the answer is this enum, and the status a record
// settles in is the store's RecordStatus (settledStatus).
#pragma once

#include "core/store/record_status.h"

#include <QString>

#include <optional>

namespace camie::sync {

enum class RecordAnswer { Accepted, Duplicate, Rejected, Retry, Unknown };

QString toString(RecordAnswer answer); // the wire's word, as the signed receipt has it
std::optional<RecordAnswer> recordAnswerFromString(QStringView text);

// Accepted, Duplicate or Rejected: the record's status from now on; nullopt
// for Retry and Unknown (it stays in the queue).
std::optional<store::RecordStatus> settledStatus(RecordAnswer answer);

} // namespace camie::sync
