#include "core/input/key_text.h"
#include "core/input/keyboard_layout.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMap>
#include <QRegularExpression>

using camie::input::KeyboardLayout;
using camie::input::KeyLevel;
using camie::input::KeyText;
using camie::input::LayoutKey;

namespace {

const QString kXkbKhmer = QStringLiteral("/usr/share/X11/xkb/symbols/kh");

// The keysym names symbols/kh uses besides Unicode keysyms (0x100XXXX).
char32_t keysym(const QString& name) {
  static const QMap<QString, char32_t> named = {
      {QStringLiteral("guillemotleft"), 0xAB}, {QStringLiteral("guillemotright"), 0xBB},
      {QStringLiteral("exclam"), '!'},         {QStringLiteral("at"), '@'},
      {QStringLiteral("quotedbl"), '"'},       {QStringLiteral("dollar"), '$'},
      {QStringLiteral("percent"), '%'},        {QStringLiteral("EuroSign"), 0x20AC},
      {QStringLiteral("asterisk"), '*'},       {QStringLiteral("parenleft"), '('},
      {QStringLiteral("parenright"), ')'},     {QStringLiteral("braceleft"), '{'},
      {QStringLiteral("braceright"), '}'},     {QStringLiteral("x"), 'x'},
      {QStringLiteral("equal"), '='},          {QStringLiteral("backslash"), '\\'},
      {QStringLiteral("comma"), ','},          {QStringLiteral("period"), '.'},
      {QStringLiteral("question"), '?'},       {QStringLiteral("slash"), '/'},
      {QStringLiteral("space"), ' '},          {QStringLiteral("voidsymbol"), 0}};
  if (name.startsWith(QStringLiteral("0x100"))) {
    bool ok = false;
    const uint code = name.mid(5).toUInt(&ok, 16);
    REQUIRE(ok);
    return code;
  }
  INFO("a keysym this test does not know: " << name.toStdString());
  REQUIRE(named.contains(name));
  return named.value(name);
}

// The keys of xkb_symbols "basic" in symbols/kh, each with its four levels.
QMap<QString, std::array<char32_t, 4>> readXkbBasic() {
  QFile file(kXkbKhmer);
  INFO("xkb-data is needed: " << kXkbKhmer.toStdString());
  REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
  const QString text = QString::fromUtf8(file.readAll());
  const qsizetype start = text.indexOf(QStringLiteral("xkb_symbols \"basic\""));
  REQUIRE(start >= 0);
  const qsizetype end = text.indexOf(QStringLiteral("\n};"), start);
  REQUIRE(end > start);
  const QString block = text.mid(start, end - start);

  QMap<QString, std::array<char32_t, 4>> keys;
  static const QRegularExpression line(QStringLiteral(R"(^\s*key\s+<(\w+)>\s*\{\s*\[([^\]]*)\])"),
                                       QRegularExpression::MultilineOption);
  for (auto it = line.globalMatch(block); it.hasNext();) {
    const auto m = it.next();
    if (m.captured(1) == u"RALT")
      continue; // the AltGr key itself (Alt_R)
    const QStringList levels = m.captured(2).split(u',');
    std::array<char32_t, 4> symbols{0, 0, 0, 0};
    for (qsizetype i = 0; i < levels.size() && i < 4; ++i)
      symbols.at(static_cast<std::size_t>(i)) = keysym(levels.at(i).trimmed());
    keys.insert(m.captured(1), symbols);
  }
  return keys;
}

std::string hex(char32_t c) {
  return QStringLiteral("U+%1")
      .arg(static_cast<uint>(c), 4, 16, QChar(u'0'))
      .toUpper()
      .toStdString();
}

} // namespace

TEST_CASE("the Khmer layout is xkb-data's NiDA layout, key by key and level by level", "[input]") {
  const auto xkb = readXkbBasic();
  REQUIRE(xkb.size() >= 48);
  const auto& khmer = KeyboardLayout::get(KeyboardLayout::Id::Khmer);
  CHECK(khmer.levels() == 4);
  int compared = 0;
  for (auto it = xkb.cbegin(); it != xkb.cend(); ++it) {
    // Space is the keyboard's own key (xkb's types U+200B).
    if (it.key() == u"SPCE")
      continue;
    const LayoutKey* key = khmer.key(it.key());
    INFO("key " << it.key().toStdString());
    REQUIRE(key != nullptr);
    for (int level = 0; level < 4; ++level) {
      INFO("level " << level << ": xkb " << hex(it.value().at(level)) << ", table "
                    << hex(key->symbols.at(level)));
      CHECK(key->symbols.at(level) == it.value().at(level));
    }
    ++compared;
  }
  int tableKeys = 0;
  for (const auto& row : khmer.rows())
    tableKeys += static_cast<int>(row.size());
  CHECK(compared == tableKeys); // and no key of the table is missing from the file
  CHECK(xkb.value(QStringLiteral("SPCE")).at(0) == 0x200B);
}

TEST_CASE("COENG is on J and Shift+J is NYO, as NiDA puts them", "[input]") {
  const auto& khmer = KeyboardLayout::get(KeyboardLayout::Id::Khmer);
  CHECK(khmer.key(u"AC07")->symbol(KeyLevel::Normal) == 0x17D2);
  CHECK(khmer.key(u"AC07")->symbol(KeyLevel::Shift) == 0x1789);
  CHECK(khmer.key(u"AE04")->symbol(KeyLevel::Shift) == 0x17DB); // ៛
}

TEST_CASE("no key of any layout types an unassigned code point", "[input]") {
  for (auto id :
       {KeyboardLayout::Id::Khmer, KeyboardLayout::Id::Latin, KeyboardLayout::Id::Digits}) {
    const auto& layout = KeyboardLayout::get(id);
    for (const auto& row : layout.rows()) {
      for (const auto& key : row) {
        for (char32_t symbol : key.symbols) {
          const QString text = KeyText::typed(symbol);
          INFO(key.position.toStdString() << " " << hex(symbol));
          CHECK(text.isEmpty() == (symbol == 0));
          for (char32_t c : text.toUcs4())
            CHECK(QChar::category(c) != QChar::Other_NotAssigned);
        }
      }
    }
  }
}

TEST_CASE("the Latin layout types US letters and the number pad digits and separators", "[input]") {
  const auto& latin = KeyboardLayout::get(KeyboardLayout::Id::Latin);
  CHECK(latin.levels() == 2);
  CHECK(latin.key(u"AD01")->symbol(KeyLevel::Normal) == 'q');
  CHECK(latin.key(u"AD01")->symbol(KeyLevel::Shift) == 'Q');
  CHECK(latin.key(u"AC11")->symbol(KeyLevel::Normal) == '\''); // O'Neil
  CHECK(latin.key(u"AE11")->symbol(KeyLevel::Normal) == '-');
  const auto& digits = KeyboardLayout::get(KeyboardLayout::Id::Digits);
  QString all;
  for (const auto& row : digits.rows())
    for (const auto& key : row)
      all += KeyText::typed(key.symbol(KeyLevel::Normal));
  for (QChar c : QStringLiteral("0123456789-./+"))
    CHECK(all.contains(c));
}
