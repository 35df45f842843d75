// XRoadIdentifier: an X-Road client ({instance}/{class}/{member}/{subsystem})
// or service (… /{serviceCode}) identifier, parsed leniently as CamDX needs —
// any non-empty part without '/', '_' allowed — and percent-encoded part by
// part for the REST path.
#pragma once

#include "core/util/result.h"

#include <QStringList>

namespace camie::sync {

class XRoadIdentifier {
public:
  // `parts`: 4 for a client subsystem, 5 for a service.
  [[nodiscard]] static Result<XRoadIdentifier> parse(const QString& text, int parts);

  QString toString() const { return parts_.join(u'/'); }
  // Each part percent-encoded (UTF-8), joined by unencoded '/'.
  QString encodedPath() const;
  const QStringList& parts() const { return parts_; }
  QString memberCode() const { return parts_.value(2); }

private:
  QStringList parts_;
};

} // namespace camie::sync
