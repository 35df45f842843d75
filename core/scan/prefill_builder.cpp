#include "core/scan/prefill_builder.h"

#include <QCoreApplication>

namespace camie::scan {

namespace {

// ICAO 9303 country codes to the form's nationality options.
QString nationalityOption(const QString& icao) {
  if (icao == u"KHM")
    return QStringLiteral("KH");
  if (icao == u"THA")
    return QStringLiteral("TH");
  if (icao == u"VNM")
    return QStringLiteral("VN");
  if (icao == u"LAO")
    return QStringLiteral("LA");
  if (icao == u"CHN")
    return QStringLiteral("CN");
  return QStringLiteral("other");
}

} // namespace

Prefill PrefillBuilder::fromMrz(const MrzRecord& mrz, const QJsonObject& answers) const {
  Prefill prefill;
  const auto propose = [&](const char* id, const QString& value) {
    const QString fieldId = QString::fromLatin1(id);
    if (!value.isEmpty() && schema_.field(fieldId))
      prefill.values.append({fieldId, value, PrefillSource::Mrz, false, {}, {}});
  };
  propose("name_en", (mrz.surname + u' ' + mrz.givenNames).trimmed());
  propose("sex", mrz.sex == u"F"   ? QStringLiteral("female")
                 : mrz.sex == u"M" ? QStringLiteral("male")
                                   : QString());
  propose("dob", mrz.birthDate.toString(Qt::ISODate));
  propose("nationality", nationalityOption(mrz.nationality));
  propose("id_type", mrz.isKhmerIdCard()            ? QStringLiteral("national_id")
                     : mrz.format == MrzFormat::Td3 ? QStringLiteral("passport")
                                                    : QString());
  propose("id_number", mrz.documentNumber);
  validate(prefill, answers);
  return prefill;
}

Prefill PrefillBuilder::fromIe1(const Ie1Outcome& outcome, const QJsonObject& answers) const {
  Prefill prefill;
  if (!outcome.ok() || !outcome.preRegistration) {
    prefill.warnings.append({{}, QStringLiteral("not_valid"), outcome.message});
    return prefill;
  }
  const QJsonObject& fields = outcome.preRegistration->fields;
  for (auto it = fields.begin(); it != fields.end(); ++it) {
    const domain::FieldSpec* field = schema_.field(it.key());
    if (!field) {
      prefill.warnings.append(
          {it.key(), QStringLiteral("unknown_field"),
           QCoreApplication::translate(
               "camie::scan::PrefillBuilder",
               "The pre-registration code holds an answer that this form does not ask for. It was left out.")});
    } else if (field->type == domain::FieldType::Consent) {
      prefill.warnings.append(
          {it.key(), QStringLiteral("consent_not_prefilled"),
           QCoreApplication::translate(
               "camie::scan::PrefillBuilder",
               "Consent is never taken from a code: read the statement to the person and ask them.")});
    } else {
      prefill.values.append({it.key(), it.value(), PrefillSource::Ie1, false, {}, {}});
    }
  }
  validate(prefill, answers);
  return prefill;
}

void PrefillBuilder::validate(Prefill& prefill, const QJsonObject& answers) const {
  QJsonObject context = answers;
  for (const ProposedValue& v : prefill.values)
    context.insert(v.fieldId, v.value);
  for (ProposedValue& v : prefill.values) {
    const auto error = validator_.validateField(v.fieldId, v.value, context);
    v.valid = !error.has_value();
    if (error) {
      v.errorCode = error->code;
      v.errorMessage = error->message;
    }
  }
}

} // namespace camie::scan
