// The commands of camie-kioskctl, one source file each. Each returns the
// process exit code: 0 success, 1 failure, 2 bad arguments.
#pragma once

namespace camie::app {

class Cli;

int runAuditCommand(Cli& cli);
int runBackupCommand(Cli& cli);
int runConfigCommand(Cli& cli);
int runDemoFillCommand(Cli& cli);
int runEnrolCommand(Cli& cli);
int runExportCommand(Cli& cli);
int runImportCommand(Cli& cli);
int runInitCommand(Cli& cli);
int runMakePreregCommand(Cli& cli);
int runOperatorCommand(Cli& cli);
int runRefdataCommand(Cli& cli);
int runReadCardCommand(Cli& cli);
int runRegisterCommand(Cli& cli);
int runRestoreCommand(Cli& cli);
int runScanCommand(Cli& cli);
int runStatusCommand(Cli& cli);
int runSyncCommand(Cli& cli);
int runVersionCommand(Cli& cli);

} // namespace camie::app
