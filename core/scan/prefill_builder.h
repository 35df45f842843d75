// PrefillBuilder: turns a parsed MRZ or a valid IE1 pre-registration code into
// proposed values for the registration form, each checked like typed input.
#pragma once

#include "core/domain/form_schema.h"
#include "core/domain/registration_validator.h"
#include "core/scan/ie1_outcome.h"
#include "core/scan/mrz_record.h"
#include "core/scan/prefill.h"

namespace camie::scan {

class PrefillBuilder {
public:
  // Both are copied (they share their data). The validator judges dates
  // (age) on the day it was made for.
  PrefillBuilder(const domain::FormSchema& schema, const domain::RegistrationValidator& validator)
      : schema_(schema), validator_(validator) {}

  // name_en, sex, dob, nationality, id_type and id_number — those the form
  // has. `answers` (what is already filled in) are the context of the checks.
  Prefill fromMrz(const MrzRecord& mrz, const QJsonObject& answers = {}) const;
  // The code's fields, when its verdict is valid; fields the form does not
  // have are left out with a warning, and consent is never taken from a code.
  Prefill fromIe1(const Ie1Outcome& outcome, const QJsonObject& answers = {}) const;

private:
  // Checks each proposal with the others and `answers` as context.
  void validate(Prefill& prefill, const QJsonObject& answers) const;

  domain::FormSchema schema_;
  domain::RegistrationValidator validator_;
};

} // namespace camie::scan
