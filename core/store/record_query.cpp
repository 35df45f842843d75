#include "core/store/record_query.h"

#include "core/domain/khmer_text.h"
#include "core/domain/receipt_code.h"

#include <algorithm>

namespace camie::store {
namespace {

constexpr int kMinDigits = 2;  // "1" would find nearly every phone
constexpr int kMinIdStart = 8; // a record id is only ever pasted, never typed in part

QString folded(QStringView text) {
  return domain::KhmerText::normalizeName(text).toCaseFolded();
}

// Upper case, Khmer digits made ASCII, separators (spaces, dashes, dots,
// slashes and their Khmer-layout look-alikes) dropped.
QString compacted(QStringView text) {
  return domain::KhmerText::compactNumber(text).toUpper();
}

// The symbols of a receipt code as typed: Crockford's look-alikes mapped.
QString codeSymbols(QStringView text) {
  QString out;
  for (QChar c : compacted(text)) {
    if (c == u'O')
      c = u'0';
    else if (c == u'I' || c == u'L')
      c = u'1';
    out += c;
  }
  return out;
}

bool isNumberText(QStringView text) {
  int digits = 0;
  for (const QChar c : text) {
    if (c.isDigit())
      ++digits;
    else if (c != u'+' && !domain::KhmerText::isNumberSeparator(c))
      return false;
  }
  return digits >= kMinDigits;
}

} // namespace

RecordQuery::RecordQuery(QStringView typed) {
  const QString trimmed = typed.trimmed().toString();
  empty_ = trimmed.isEmpty();
  if (empty_)
    return;
  name_ = folded(trimmed);
  if (isNumberText(trimmed))
    digits_ = domain::KhmerText::compactNumber(trimmed).remove(u'+');
  // Registry and ID numbers are searched by parts that hold a digit, so a
  // name ("Sok", "Ie") does not find every registry number.
  if (std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); }))
    compact_ = compacted(trimmed);
  if (domain::ReceiptCode::looksLikeCode(trimmed))
    code_ = codeSymbols(trimmed);
  if (auto code = domain::ReceiptCode::normalize(trimmed))
    fullCode_ = *code;
  if (trimmed.size() >= kMinIdStart)
    idStart_ = trimmed.toLower();
}

bool RecordQuery::matchesReceipt(const RecordSummary& record) const {
  if (!fullCode_.isEmpty() && record.receiptCode == fullCode_)
    return true;
  if (!code_.isEmpty() && QString(record.receiptCode).remove(u'-').contains(code_))
    return true;
  if (!compact_.isEmpty() && !record.registryNumber.isEmpty() &&
      compacted(record.registryNumber).contains(compact_))
    return true;
  return !idStart_.isEmpty() && record.id.startsWith(idStart_, Qt::CaseInsensitive);
}

bool RecordQuery::matchesDetails(const RecordSummary& record) const {
  if (!record.detailsOpen)
    return false;
  // Stored names are normalised already (the Khmer one as normalizeName()
  // leaves it, the Latin one NFC): folding case and spaces is enough.
  if (!name_.isEmpty() && (record.nameEn.simplified().toCaseFolded().contains(name_) ||
                           record.nameKm.simplified().toCaseFolded().contains(name_)))
    return true;
  if (!digits_.isEmpty() && !record.phone.isEmpty()) {
    // "+85512345678" is read out as "012 345 678".
    const QString international = QString(record.phone).remove(u'+');
    const QString national =
        international.startsWith(u"855") ? u'0' + international.mid(3) : international;
    if (national.contains(digits_) || international.contains(digits_))
      return true;
  }
  return !compact_.isEmpty() && !record.idNumber.isEmpty() &&
         compacted(record.idNumber).contains(compact_);
}

} // namespace camie::store
