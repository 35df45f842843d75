// Fuzzes the Records search's reading of what a teller typed (RecordQuery):
// any text matches or not, never crashes; an empty query matches every
// record; a record's own receipt code and registry number always find it.
#include "core/domain/receipt_code.h"
#include "core/store/record_query.h"

#include <cstddef>
#include <cstdint>

using camie::store::RecordQuery;
using camie::store::RecordSummary;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QString text =
      QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  RecordSummary open;
  open.id = QStringLiteral("01a2328a-3be3-7178-b72e-a34207778dff");
  open.receiptCode = camie::domain::ReceiptCode::forRecordId(open.id);
  open.registryNumber = QStringLiteral("IE-02-000395");
  open.detailsOpen = true;
  open.nameKm = QStringLiteral("សុខ ដារា");
  open.nameEn = QStringLiteral("SOK Dara");
  open.phone = QStringLiteral("+85512345678");
  open.idNumber = QStringLiteral("123456789");
  RecordSummary purged = open;
  purged.detailsOpen = false;

  const RecordQuery query(text);
  const bool matchesOpen = query.matches(open);
  const bool matchesPurged = query.matches(purged);
  if (matchesPurged && !matchesOpen)
    __builtin_trap(); // answers can only add matches
  if (query.isEmpty() && !matchesPurged)
    __builtin_trap(); // nothing typed: every record
  if (query.matchesDetails(purged))
    __builtin_trap(); // a purged record is never matched by details it no longer has
  // Whatever was typed before, the record's own numbers find it.
  if (!RecordQuery(open.receiptCode).matches(purged) ||
      !RecordQuery(open.registryNumber).matches(purged))
    __builtin_trap();
  return 0;
}
