// Prefill: the values a scan proposes for the registration form — each with
// where it came from and whether it passes the form's own checks — for the
// teller to review with the person. Nothing here is final.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace camie::scan {

enum class PrefillSource { Mrz, Ie1 };

struct ProposedValue {
  QString fieldId;
  QJsonValue value;
  PrefillSource source = PrefillSource::Mrz;
  bool valid = false;   // RegistrationValidator::validateField found no error
  QString errorCode;    // the validator's code when not valid ("invalid_format", ...)
  QString errorMessage; // the validator's message for the teller
};

struct PrefillWarning {
  QString fieldId; // may be empty
  QString code;    // "unknown_field", "consent_not_prefilled", "not_valid"
  QString message; // for the teller, translated
};

struct Prefill {
  QList<ProposedValue> values;
  QList<PrefillWarning> warnings;

  const ProposedValue* value(QStringView fieldId) const {
    for (const ProposedValue& v : values) {
      if (v.fieldId == fieldId)
        return &v;
    }
    return nullptr;
  }
  // The proposed values as form answers (field id -> value), valid or not.
  QJsonObject answers() const {
    QJsonObject out;
    for (const ProposedValue& v : values)
      out.insert(v.fieldId, v.value);
    return out;
  }
};

} // namespace camie::scan
