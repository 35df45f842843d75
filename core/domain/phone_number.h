// PhoneNumber: turns a Cambodian phone number as people write it ("012 345 678",
// "+855 97-123-4567", Khmer digits) into E.164 ("+85512345678").
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace camie::domain {

class PhoneNumber {
public:
  // "+855" or a leading "0", then the national significant number: 8 or 9
  // digits, not starting with 0. Spaces, dashes, dots, slashes (and what the
  // Khmer layout types on those keys) may separate digits.
  // Returns "+855" + that number, or nullopt if it is not such a number.
  static std::optional<QString> toE164(QStringView typed);
};

} // namespace camie::domain
