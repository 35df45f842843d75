// Uuid7: RFC 9562 version 7 UUIDs — a millisecond timestamp then random bits,
// so record ids sort by creation time and index well. The record id is the
// idempotency key from the kiosk to the registry.
#pragma once

#include <QString>

namespace camie {

class Uuid7 {
public:
  // Lower-case 8-4-4-4-12 text. Random bits from OpenSSL's RAND_bytes.
  static QString generate(qint64 unixMs);
  // True for a well-formed version 7 UUID in lower-case text form.
  static bool isValid(QStringView text);
  // The timestamp of a valid UUIDv7 (milliseconds since the epoch).
  static qint64 timestampMs(QStringView text);
};

} // namespace camie
