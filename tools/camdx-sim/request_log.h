// RequestLog: with --record-requests DIR, one JSON file per request — method,
// path, headers and the decoded body — so contract tests can check what the
// kiosk sent.
#pragma once

#include "tools/camdx-sim/sim_request.h"

#include <QDir>
#include <QString>

namespace camie::sim {

class RequestLog {
public:
  explicit RequestLog(const QString& dir); // an empty dir disables the log

  bool enabled() const { return enabled_; }
  // `decodedBody` is the body after Content-Encoding; written as JSON when it
  // parses as JSON ("body"), as text otherwise ("bodyText"). Failures to write
  // are logged, never fatal.
  void record(const SimRequest& request, const QByteArray& decodedBody) const;

private:
  QDir dir_;
  bool enabled_ = false;
};

} // namespace camie::sim
