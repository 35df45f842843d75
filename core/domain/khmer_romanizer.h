// KhmerRomanizer: a rule-based romanisation of Khmer personal names, after the
// UNGEGN system with the spellings Cambodian ID cards and passports use
// (សុខ → Sok, ដារ៉ា → Dara, ស្រីមុំ → Sreymom). Table-driven: a consonant's
// sound and series, each vowel's reading in either series. For proposing a
// Latin name when the card gives none; the teller confirms it.
#pragma once

#include <QString>
#include <QStringView>

namespace camie::domain {

class KhmerRomanizer {
public:
  // Each Khmer word romanised and capitalised ("សុខ ដារ៉ា" → "Sok Dara");
  // characters that are not Khmer letters are dropped. Empty if nothing is left.
  static QString romanize(QStringView khmer);
};

} // namespace camie::domain
