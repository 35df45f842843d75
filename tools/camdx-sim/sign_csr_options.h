// SignCsrOptions: the command line of `camdx-sim sign-csr`, which has the
// simulator's test CA sign a kiosk's certificate request (docs/camdx-sim.md).
#pragma once

#include "core/util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace camie::sim {

struct SignCsrOptions {
  QString caCertFile;
  QString caKeyFile;
  QString csrFile;
  QString outFile;
  int days = 365;
  std::optional<qint64> nowMs; // when the certificate starts; default: now

  // `arguments` with the program name first and "sign-csr" next. Errors:
  // "help" (the message is the text to print, exit 0), "bad_arguments".
  [[nodiscard]] static Result<SignCsrOptions> parse(const QStringList& arguments);
};

} // namespace camie::sim
