// RecordQuery: what a teller typed into the Records search, read every way it
// can mean something — part of a name in Khmer or Latin script (any case),
// part of a phone number or an ID number (Khmer digits too), a receipt code
// or its start, part of a registry number, the start of a record id.
#pragma once

#include "core/store/record_summary.h"

#include <QString>
#include <QStringView>

namespace camie::store {

class RecordQuery {
public:
  explicit RecordQuery(QStringView typed);

  bool isEmpty() const { return empty_; }

  // Whether what stays after the retention purge matches: the receipt code,
  // the registry number, the record id.
  bool matchesReceipt(const RecordSummary& record) const;
  // Whether the person's answers match (false when they were not opened).
  bool matchesDetails(const RecordSummary& record) const;
  bool matches(const RecordSummary& record) const {
    return empty_ || matchesReceipt(record) || matchesDetails(record);
  }

private:
  bool empty_ = true;
  QString name_;     // normalised, case-folded
  QString digits_;   // ASCII digits, when what was typed is a number
  QString compact_;  // upper case, ASCII digits, no separators: ID and registry numbers
  QString code_;     // receipt-code symbols, no dashes (O→0, I/L→1)
  QString fullCode_; // the whole receipt code, when the check symbol agrees
  QString idStart_;  // lower case: the start of a record id
};

} // namespace camie::store
