// LocalizedText: a label, help text or statement given in Khmer and English.
// Form labels come from reference data, so they are data, not qsTr strings.
#pragma once

#include <QString>

namespace camie::domain {

struct LocalizedText {
  QString km;
  QString en;

  bool isEmpty() const { return km.isEmpty() && en.isEmpty(); }
  bool operator==(const LocalizedText&) const = default;
};

} // namespace camie::domain
