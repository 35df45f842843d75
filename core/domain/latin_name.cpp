#include "core/domain/latin_name.h"

#include <QChar>
#include <QList>
#include <QString>

namespace camie::domain {

bool LatinName::isValid(QStringView name) {
  bool hasLetter = false;
  bool afterLetter = false; // a combining accent must follow a letter
  for (const char32_t c : name.toString().toUcs4()) {
    if (QChar::isLetter(c) && QChar::script(c) == QChar::Script_Latin) {
      hasLetter = afterLetter = true;
    } else if (QChar::category(c) == QChar::Mark_NonSpacing && afterLetter) {
      // an accent NFC could not compose onto its letter
    } else if (c == U' ' || c == U'-' || c == U'\'' || c == U'\u2019' || c == U'.') {
      afterLetter = false;
    } else {
      return false;
    }
  }
  return hasLetter;
}

} // namespace camie::domain
