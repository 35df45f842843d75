// ReceiptCode: the short code a person reads out over the counter to find
// their registration again ("7K3Q9-M2XDA"): nine Crockford base32 symbols
// derived from the record id, then one check symbol (Luhn mod 32) that
// catches any single wrong symbol and most swapped neighbours.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace camie::domain {

class ReceiptCode {
public:
  // The code of a record id (its text form, e.g. a UUIDv7), grouped as
  // "XXXXX-XXXXX". The same id always gives the same code.
  static QString forRecordId(QStringView recordId);

  // What a person typed or read out, as the canonical grouped code: case,
  // spaces and dashes ignored, Crockford's look-alikes mapped (O→0, I/L→1),
  // Khmer digits read as digits. nullopt when it is not ten symbols or the
  // check symbol disagrees.
  static std::optional<QString> normalize(QStringView typed);

  // Whether `typed` could be the start of a code (for search as you type):
  // only code symbols, dashes and spaces, at least four symbols.
  static bool looksLikeCode(QStringView typed);
};

} // namespace camie::domain
