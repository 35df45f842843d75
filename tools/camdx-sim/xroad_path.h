// XRoadPath: a REST r1 request path split into the service id and the service's
// own path, each identifier part percent-decoded (API.md, Addressing).
#pragma once

#include "core/util/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace camie::sim {

struct XRoadPath {
  QString instance;
  QString memberClass;
  QString memberCode;
  QString subsystem;
  QString serviceCode;
  QStringList rest; // the decoded segments after the service code: {"v1", "batches"}

  // "CAMBODIA/GOV/MISTI/IE-REGISTRY/ie-registration", as in X-Road-Service.
  QString serviceId() const;
  // "v1/batches"
  QString restPath() const { return rest.join(u'/'); }

  // `encodedPath` as sent (percent-encoded). Any non-empty part without '/'
  // is an identifier (CamDX codes contain '_'). Errors: "not_r1" when the path
  // is not under /r1/, "bad_path" when it is but is malformed.
  static Result<XRoadPath> parse(QStringView encodedPath);
  // "{instance}/{class}/{member}/{subsystem}": four non-empty parts.
  static bool isClientId(QStringView text);
};

} // namespace camie::sim
