#include "core/domain/field_spec.h"

#include <array>
#include <utility>

namespace camie::domain {

namespace {

constexpr std::array<std::pair<FieldType, const char16_t*>, 12> kTypeNames{{
    {FieldType::Text, u"text"},
    {FieldType::KhmerName, u"khmer_name"},
    {FieldType::LatinName, u"latin_name"},
    {FieldType::Date, u"date"},
    {FieldType::BirthDate, u"birth_date"},
    {FieldType::Phone, u"phone"},
    {FieldType::IdNumber, u"id_number"},
    {FieldType::Village, u"village"},
    {FieldType::Choice, u"choice"},
    {FieldType::Integer, u"integer"},
    {FieldType::Boolean, u"boolean"},
    {FieldType::Consent, u"consent"},
}};

} // namespace

QString fieldTypeName(FieldType type) {
  for (const auto& [t, name] : kTypeNames) {
    if (t == type)
      return QString::fromUtf16(name);
  }
  return {};
}

std::optional<FieldType> fieldTypeFromName(QStringView name) {
  for (const auto& [t, typeName] : kTypeNames) {
    if (name == QStringView(typeName))
      return t;
  }
  return std::nullopt;
}

const ChoiceOption* FieldSpec::option(QStringView value) const {
  for (const ChoiceOption& o : options) {
    if (o.value == value)
      return &o;
  }
  return nullptr;
}

} // namespace camie::domain
