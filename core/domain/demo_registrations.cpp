#include "core/domain/demo_registrations.h"

#include <array>

namespace camie::domain {
namespace {

const std::array kGivenEn = {"Dara",  "Sokha",   "Chantha", "Sopheap", "Vanna",
                             "Pisey", "Rathana", "Bopha",   "Sovann",  "Srey Pov"};
const std::array kGivenKm = {"ដារ៉ា", "សុខា",  "ចាន់ថា", "សុភាព", "វណ្ណា",
                             "ពិសី",   "រតនា", "បុប្ផា",  "សុវណ្ណ", "ស្រីពៅ"};
const std::array kFamilyEn = {"Sok", "Chan", "Kim",  "Heng", "Ly",
                              "Sun", "Mao",  "Nhem", "Pen",  "Ouk"};
const std::array kFamilyKm = {"សុខ", "ចាន់", "គឹម", "ហេង", "លី", "ស៊ុន", "ម៉ៅ", "ញឹម", "ប៉ែន", "អ៊ុក"};
const std::array kCategories = {"microenterprise_owner", "microenterprise_worker",
                                "seasonal_worker", "self_employed"};
const std::array kOccupations = {
    "Rice farmer",         "Tailor",      "Street food vendor", "Motodop driver",
    "Construction worker", "Hairdresser", "Fish seller",        "Garment worker"};
const std::array kBands = {"below_60m", "60m_to_250m", "250m_to_1b"};

template <typename Array>
auto pick(std::mt19937_64& r, const Array& a) {
  return a[std::uniform_int_distribution<size_t>(0, a.size() - 1)(r)];
}

} // namespace

DemoRegistrations::DemoRegistrations(const Gazetteer& gazetteer, QDate today, quint64 seed)
    : today_(today), random_(seed) {
  QStringList level = {QString()};
  for (int depth = 0; depth < 4; ++depth) {
    QStringList next;
    for (const QString& parent : level) {
      const auto units = parent.isEmpty() ? gazetteer.provinces() : gazetteer.children(parent);
      for (const auto* unit : units)
        next << unit->code;
    }
    level = next;
  }
  villages_ = level;
}

QString DemoRegistrations::uniqueDigits(int count, QChar first) {
  for (;;) {
    QString s(first);
    while (s.size() < count)
      s += QChar(u'0' + static_cast<char16_t>(random_() % 10));
    if (!used_.contains(s)) {
      used_.insert(s);
      return s;
    }
  }
}

QString DemoRegistrations::latinMarker() {
  for (;;) {
    QString s(QChar(u'A' + static_cast<char16_t>(random_() % 26)));
    for (int i = 0; i < 7; ++i)
      s += QChar(u'a' + static_cast<char16_t>(random_() % 26));
    if (!used_.contains(s)) {
      used_.insert(s);
      return s;
    }
  }
}

QString DemoRegistrations::khmerMarker() {
  for (;;) {
    QString s;
    for (int i = 0; i < 6; ++i) // consonants U+1780..U+17A2
      s += QChar(static_cast<char16_t>(0x1780 + random_() % 0x23));
    if (!used_.contains(s)) {
      used_.insert(s);
      return s;
    }
  }
}

DemoPerson DemoRegistrations::next() {
  const int g = static_cast<int>(random_() % kGivenEn.size());
  const int f = static_cast<int>(random_() % kFamilyEn.size());
  const QString latin = latinMarker();
  const QString khmer = khmerMarker();
  const QString idNumber = uniqueDigits(9, QChar(u'1' + static_cast<char16_t>(random_() % 9)));
  const QString phoneDigits = uniqueDigits(9, u'9'); // a 9-digit mobile number after the 0
  const QString category = QString::fromLatin1(pick(random_, kCategories));
  const int ageDays = std::uniform_int_distribution<int>(18 * 366, 70 * 365)(random_);

  QJsonObject a{
      {QStringLiteral("category"), category},
      {QStringLiteral("name_km"), QString::fromUtf8(kFamilyKm[static_cast<size_t>(f)]) + u' ' +
                                      QString::fromUtf8(kGivenKm[static_cast<size_t>(g)]) + u' ' +
                                      khmer},
      {QStringLiteral("name_en"), QString::fromLatin1(kFamilyEn[static_cast<size_t>(f)]) + u' ' +
                                      QString::fromLatin1(kGivenEn[static_cast<size_t>(g)]) + u' ' +
                                      latin},
      {QStringLiteral("sex"), random_() % 2 ? QStringLiteral("female") : QStringLiteral("male")},
      {QStringLiteral("dob"), today_.addDays(-ageDays).toString(Qt::ISODate)},
      {QStringLiteral("nationality"), QStringLiteral("KH")},
      {QStringLiteral("id_type"), QStringLiteral("national_id")},
      {QStringLiteral("id_number"), idNumber},
      {QStringLiteral("phone"), u'0' + phoneDigits},
      {QStringLiteral("village_code"),
       villages_.isEmpty() ? QString()
                           : villages_.at(static_cast<qsizetype>(
                                 random_() % static_cast<quint64>(villages_.size())))},
      {QStringLiteral("occupation"), QString::fromLatin1(pick(random_, kOccupations))},
      {QStringLiteral("consent"), true},
  };
  if (category == u"microenterprise_owner" || category == u"self_employed") {
    a.insert(QStringLiteral("business_name"), QStringLiteral("%1 shop").arg(latin));
    a.insert(QStringLiteral("turnover_band"), QString::fromLatin1(pick(random_, kBands)));
  }
  if (category == u"microenterprise_owner")
    a.insert(QStringLiteral("workers_count"), static_cast<int>(1 + random_() % 9));
  return {a, {latin, khmer, idNumber, phoneDigits}};
}

} // namespace camie::domain
