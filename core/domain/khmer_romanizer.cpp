#include "core/domain/khmer_romanizer.h"

#include <QStringList>

#include <algorithm>
#include <iterator>

namespace camie::domain {

namespace {

enum class Series { A, O }; // the first (a-) and second (o-) series of consonants

struct Consonant {
  char16_t letter;
  const char* initial; // as the onset of a syllable
  const char* final;   // as the final consonant ("" when silent)
  Series series;
};

// UNGEGN onsets; finals as names are spelled on cards (ខ → k: សុខ → Sok).
constexpr Consonant kConsonants[] = {
    {u'ក', "k", "k", Series::A},    {u'ខ', "kh", "k", Series::A},  {u'គ', "k", "k", Series::O},
    {u'ឃ', "kh", "k", Series::O},   {u'ង', "ng", "ng", Series::O}, {u'ច', "ch", "ch", Series::A},
    {u'ឆ', "chh", "ch", Series::A}, {u'ជ', "ch", "ch", Series::O}, {u'ឈ', "chh", "ch", Series::O},
    {u'ញ', "nh", "nh", Series::O},  {u'ដ', "d", "t", Series::A},   {u'ឋ', "th", "th", Series::A},
    {u'ឌ', "d", "t", Series::O},    {u'ឍ', "th", "th", Series::O}, {u'ណ', "n", "n", Series::A},
    {u'ត', "t", "t", Series::A},    {u'ថ', "th", "th", Series::A}, {u'ទ', "t", "t", Series::O},
    {u'ធ', "th", "th", Series::O},  {u'ន', "n", "n", Series::O},   {u'ប', "b", "p", Series::A},
    {u'ផ', "ph", "p", Series::A},   {u'ព', "p", "p", Series::O},   {u'ភ', "ph", "p", Series::O},
    {u'ម', "m", "m", Series::O},    {u'យ', "y", "y", Series::O},   {u'រ', "r", "", Series::O},
    {u'ល', "l", "l", Series::O},    {u'វ', "v", "v", Series::O},   {u'ស', "s", "s", Series::A},
    {u'ហ', "h", "h", Series::A},    {u'ឡ', "l", "l", Series::A},   {u'អ', "", "", Series::A},
};

struct Vowel {
  QStringView sign;  // the dependent vowel (with ំ or ះ where they join it)
  const char* aOpen; // a-series, no final consonant
  const char* oOpen; // o-series, no final consonant
  const char* aShut; // a-series, before a final consonant
  const char* oShut; // o-series, before a final consonant
};

// Longest signs first: ុំ before ុ, ាំ before ា.
const Vowel kVowels[] = {
    {u"ុំ", "om", "om", "om", "om"},       {u"ាំ", "am", "oam", "am", "oam"},
    {u"ោះ", "aoh", "uoh", "aoh", "uoh"}, {u"េះ", "eh", "eh", "eh", "eh"},
    {u"ុះ", "oh", "uh", "oh", "uh"},      {u"ះ", "ah", "eah", "ah", "eah"},
    {u"ំ", "am", "um", "am", "um"},       {u"ា", "a", "ea", "a", "ea"},
    {u"ិ", "e", "i", "e", "i"},           {u"ី", "ey", "y", "ei", "i"},
    {u"ឹ", "oe", "ue", "oe", "ue"},       {u"ឺ", "eu", "eu", "eu", "eu"},
    {u"ុ", "o", "u", "o", "u"},           {u"ូ", "o", "u", "o", "u"},
    {u"ួ", "uo", "uo", "uo", "uo"},       {u"ើ", "aeu", "eu", "aeu", "eu"},
    {u"ឿ", "oea", "oea", "oea", "oea"},  {u"ៀ", "ie", "ie", "ie", "ie"},
    {u"េ", "e", "e", "e", "e"},          {u"ែ", "ae", "ea", "ae", "ea"},
    {u"ៃ", "ai", "ey", "ai", "ey"},      {u"ោ", "ao", "o", "ao", "o"},
    {u"ៅ", "ao", "ov", "ao", "ov"},      {u"័", "a", "oa", "a", "oa"},
};

// Independent vowels: a whole syllable's onset and vowel.
struct Independent {
  char16_t letter;
  const char* latin;
};
constexpr Independent kIndependents[] = {
    {u'ឥ', "e"},   {u'ឦ', "ei"},   {u'ឧ', "o"},   {u'ឩ', "ou"},   {u'ឪ', "ov"},
    {u'ឫ', "rue"}, {u'ឬ', "rueu"}, {u'ឭ', "lue"}, {u'ឮ', "lueu"}, {u'ឯ', "ae"},
    {u'ឰ', "ai"},  {u'ឱ', "ao"},   {u'ឲ', "ao"},  {u'ឳ', "au"},
};

constexpr char16_t kCoeng = 0x17D2;      // the next consonant is written below
constexpr char16_t kToASeries = 0x17C9;  // ៉ muusikatoan
constexpr char16_t kToOSeries = 0x17CA;  // ៊ triisap
constexpr char16_t kBantoc = 0x17CB;     // ់ shortens the vowel
constexpr char16_t kTondakhiat = 0x17CD; // ៍ the consonant is silent

const Consonant* consonant(QChar c) {
  for (const Consonant& k : kConsonants) {
    if (k.letter == c.unicode())
      return &k;
  }
  return nullptr;
}

bool isVowelSign(QChar c) {
  return (c.unicode() >= 0x17B6 && c.unicode() <= 0x17C5) || c.unicode() == 0x17C6 ||
         c.unicode() == 0x17C7;
}

// A subscript that makes its cluster o-series (not the sonorants).
bool voicedSubscript(const Consonant& c) {
  static constexpr char16_t kSonorants[] = {u'ង', u'ញ', u'ន', u'ម', u'យ', u'រ', u'ល', u'វ'};
  return c.series == Series::O &&
         std::find(std::begin(kSonorants), std::end(kSonorants), c.letter) == std::end(kSonorants);
}

class WordReader {
public:
  explicit WordReader(QStringView word) : w_(word) {}

  QString read() {
    QString out;
    while (i_ < w_.size()) {
      if (!syllable(out))
        ++i_; // not a letter: skipped
    }
    return out;
  }

private:
  QChar peek(qsizetype ahead = 0) const {
    return i_ + ahead < w_.size() ? w_.at(i_ + ahead) : QChar();
  }

  // A final consonant: one not followed by a vowel or a series sign (which
  // would make it the next syllable's onset), with its subscripts.
  const Consonant* takeFinal(QString& extra) {
    const Consonant* f = consonant(peek());
    if (!f)
      return nullptr;
    qsizetype j = 1;
    QString subscriptSound;
    while (i_ + j + 1 < w_.size() && w_.at(i_ + j) == QChar(kCoeng) &&
           consonant(w_.at(i_ + j + 1))) {
      const Consonant* sub = consonant(w_.at(i_ + j + 1));
      if (subscriptSound.isEmpty() && (sub->letter == u'ឋ' || sub->letter == u'ថ'))
        subscriptSound = QStringLiteral("th");
      j += 2;
    }
    const QChar next = i_ + j < w_.size() ? w_.at(i_ + j) : QChar();
    if (isVowelSign(next) || next == QChar(kToASeries) || next == QChar(kToOSeries))
      return nullptr;
    bool silent = false;
    bool marked = false; // ់ or ៍: certainly a final
    qsizetype k = i_ + j;
    while (k < w_.size() && (w_.at(k) == QChar(kBantoc) || w_.at(k) == QChar(kTondakhiat))) {
      silent = silent || w_.at(k) == QChar(kTondakhiat);
      marked = true;
      ++k;
    }
    // Before a consonant that has no vowel of its own (and so ends the word
    // or its syllable), this consonant opens that syllable: សុ|ផល.
    if (!marked && consonant(next)) {
      qsizetype m = i_ + j + 1;
      while (m + 1 < w_.size() && w_.at(m) == QChar(kCoeng) && consonant(w_.at(m + 1)))
        m += 2;
      const QChar after = m < w_.size() ? w_.at(m) : QChar();
      if (!isVowelSign(after) && after != QChar(kToASeries) && after != QChar(kToOSeries))
        return nullptr;
    }
    i_ = k;
    extra = silent ? QString() : subscriptSound;
    return silent ? &kSilent : f;
  }

  bool syllable(QString& out) {
    const QChar c = peek();
    for (const Independent& v : kIndependents) {
      if (v.letter == c.unicode()) {
        ++i_;
        out += QLatin1String(v.latin);
        QString extra;
        if (const Consonant* f = takeFinal(extra))
          out += extra.isEmpty() ? QLatin1String(f->final) : extra;
        return true;
      }
    }
    const Consonant* onset = consonant(c);
    if (!onset)
      return false;
    ++i_;
    QString sound = QLatin1String(onset->initial);
    Series series = onset->series;
    while (peek() == QChar(kCoeng) && consonant(peek(1))) {
      const Consonant* sub = consonant(peek(1));
      sound += QLatin1String(sub->initial);
      if (voicedSubscript(*sub))
        series = Series::O;
      i_ += 2;
    }
    if (peek() == QChar(kToASeries)) {
      series = Series::A;
      ++i_;
    } else if (peek() == QChar(kToOSeries)) {
      series = Series::O;
      ++i_;
    }
    const Vowel* vowel = nullptr;
    for (const Vowel& v : kVowels) {
      if (w_.mid(i_).startsWith(v.sign)) {
        vowel = &v;
        i_ += v.sign.size();
        break;
      }
    }
    while (peek() == QChar(kBantoc))
      ++i_;
    QString finalSound;
    const Consonant* final = takeFinal(finalSound);
    const bool a = series == Series::A;
    if (vowel) {
      sound += QLatin1String(final ? (a ? vowel->aShut : vowel->oShut)
                                   : (a ? vowel->aOpen : vowel->oOpen));
    } else {
      sound += QLatin1String(final ? (a ? "a" : "o") : (a ? "a" : "o"));
    }
    if (final) {
      const QString f = finalSound.isEmpty() ? QLatin1String(final->final) : finalSound;
      // ែ before វ reads "eo" on cards (កែវ → Keo).
      if (vowel && vowel->sign == u"ែ" && final->letter == u'វ')
        sound.replace(sound.size() - 2, 2, QStringLiteral("eo"));
      else
        sound += f;
    }
    out += sound;
    return true;
  }

  static constexpr Consonant kSilent{u'\0', "", "", Series::A};

  QStringView w_;
  qsizetype i_ = 0;
};

} // namespace

QString KhmerRomanizer::romanize(QStringView khmer) {
  QStringList words;
  for (QStringView word : khmer.split(u' ', Qt::SkipEmptyParts)) {
    QString latin = WordReader(word).read();
    if (latin.isEmpty())
      continue;
    latin[0] = latin.at(0).toUpper();
    words.append(latin);
  }
  return words.join(u' ');
}

} // namespace camie::domain
