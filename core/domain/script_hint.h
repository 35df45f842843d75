// ScriptHint: says in words when the keyboard types the other script than a
// field wants — Latin letters in the Khmer name, Khmer letters in the Latin
// name or a document number — so the teller knows to switch the layout.
#pragma once

#include "core/domain/field_spec.h"

#include <QString>
#include <QStringView>

namespace camie::domain {

enum class Script {
  Any,    // free text, choices: either script
  Khmer,  // a name in Khmer
  Latin,  // a name in Latin letters, a document or operator id
  Digits, // numbers and dates: Khmer or ASCII digits both count
};

class ScriptHint {
public:
  static Script expectedFor(FieldType type);

  // A translated sentence ("Your keyboard is typing Latin letters; press
  // Alt+Shift for Khmer.") when `typed` holds letters of the other script than
  // `expected`; empty when it fits.
  static QString mismatch(Script expected, QStringView typed);
};

} // namespace camie::domain
