// ReferenceSet: the reference documents a registration needs, parsed — the
// form schema, the gazetteer and the published keys. The form falls back to
// the default form built into the kiosk (resources/forms) when the registry
// has not sent one; the gazetteer and keys have no fallback.
#pragma once

#include "core/domain/form_schema.h"
#include "core/domain/gazetteer.h"
#include "core/refdata/published_keys.h"

#include <optional>

namespace camie::refdata {

struct ReferenceSet {
  domain::FormSchema form;
  std::optional<domain::Gazetteer> gazetteer;
  std::optional<PublishedKeys> keys;

  // Any document may be empty (not loaded yet); a present one must parse.
  [[nodiscard]] static Result<ReferenceSet>
  fromDocuments(QByteArrayView form, QByteArrayView gazetteer, QByteArrayView keys);
  // The default form schema compiled into the kiosk.
  static QByteArray defaultFormJson();
};

} // namespace camie::refdata
