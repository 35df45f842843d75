// Fuzzes the form schema and gazetteer parsers and, when the input is a
// valid form, the validator with answers taken from the same input.
#include "core/domain/form_schema.h"
#include "core/domain/gazetteer.h"
#include "core/domain/registration_validator.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArrayView bytes(data, static_cast<qsizetype>(size));
  auto gazetteer = camie::domain::Gazetteer::fromJson(bytes);
  if (gazetteer.ok()) {
    for (const auto* province : gazetteer->provinces())
      (void)gazetteer->children(province->code);
  }
  auto form = camie::domain::FormSchema::fromJson(bytes);
  if (form.ok()) {
    const camie::domain::RegistrationValidator validator(
        *form, gazetteer.ok() ? &*gazetteer : nullptr, QDate(2026, 1, 15));
    const QJsonObject answers = QJsonDocument::fromJson(bytes.toByteArray())
                                    .object()
                                    .value(QStringLiteral("answers"))
                                    .toObject();
    (void)validator.validate(answers);
  }
  return 0;
}
