// SealedRecord: one sealed registration in the shape the registry reads it —
// an element of an upload batch's "records" (API.md), and the same in a USB
// bundle, so an imported record goes up exactly as its kiosk would send it.
// Nothing in it is personal data: the answers are inside the sealed copy.
#pragma once

#include "core/util/result.h"
#include "core/wire/sealed_copy.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace camie::wire {

struct SealedRecord {
  static constexpr qsizetype kEncBytes = 32;                // an X25519 public key
  static constexpr qsizetype kMinCiphertextBytes = 17;      // a tag and one byte
  static constexpr qsizetype kMaxCiphertextBytes = 1 << 20; // 1 MiB

  QString id; // UUIDv7
  int revision = 1;
  QString formId;
  QString formVersion;
  QString operatorId;
  qint64 capturedAt = 0; // Unix ms
  SealedCopy sealed;
  QString originDevice; // "originDeviceId": the kiosk that made it, when another one sends it

  QJsonObject toJson() const;
  // Reads one record strictly, field by field: a lower-case UUID, a revision
  // of at least 1, short strings, an RFC 3339 time with a zone, a known suite,
  // a 32-byte enc and a ciphertext of 17 bytes to 1 MiB. Errors: "bad_record",
  // whose message names the first field that is wrong: `bad or missing "ct"`.
  [[nodiscard]] static Result<SealedRecord> fromJson(const QJsonValue& value);
};

} // namespace camie::wire
