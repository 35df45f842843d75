// The commands of camie-kioskctl, one source file each. Each returns the
// process exit code: 0 success, 1 failure, 2 bad arguments.
#pragma once

namespace camie::app {

class Cli;

int runVersionCommand(Cli& cli);
int runConfigCommand(Cli& cli);

} // namespace camie::app
