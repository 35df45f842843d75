#include "core/domain/phone_number.h"

#include "core/domain/khmer_text.h"

#include <algorithm>

namespace camie::domain {

std::optional<QString> PhoneNumber::toE164(QStringView typed) {
  const QString compact = KhmerText::compactNumber(typed);
  QStringView nsn(compact);
  if (nsn.startsWith(u"+855"))
    nsn = nsn.mid(4);
  else if (nsn.startsWith(u'0'))
    nsn = nsn.mid(1);
  else
    return std::nullopt;
  const bool digitsOnly =
      std::all_of(nsn.begin(), nsn.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
  if (!digitsOnly || nsn.size() < 8 || nsn.size() > 9 || nsn.front() == u'0')
    return std::nullopt;
  return QStringLiteral("+855") + nsn.toString();
}

} // namespace camie::domain
