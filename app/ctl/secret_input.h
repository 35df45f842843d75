// Reads a PIN or passphrase for a command: from the terminal without echo,
// or one line from standard input when that is not a terminal (scripts, tests).
#pragma once

#include <QString>

namespace camie::app {

// Empty on end of input. `prompt` goes to stderr, and only on a terminal.
QString readSecret(const QString& prompt);

} // namespace camie::app
