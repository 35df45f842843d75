// KioskConfig: the settings a technician puts in kiosk.conf (docs/config.md),
// and ConfigLoader, which finds, reads and validates that file.
#pragma once

#include "core/input/keyboard_mode.h"
#include "core/util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace camie::app {

struct KioskConfig {
  QString sourcePath; // the file the settings came from; empty for built-in defaults

  // [ui]
  QString language = QStringLiteral("km"); // "km" or "en": the language at start
  bool fullScreen = true;                  // false only for development
  int idleLockSeconds = 120;               // sign out after this long without input
  // the on-screen keyboard: until a physical keyboard is used, always or never
  input::KeyboardMode onScreenKeyboard = input::KeyboardMode::Auto;

  // [store]
  QString databasePath;      // the encrypted registration queue (SQLite)
  int retentionDays = 7;     // days personal data stays after the registry accepts it
  int draftExpiryHours = 24; // hours an unfinished registration's draft is kept after its last save

  // [device]
  QString deviceId;     // this kiosk's id in X-Road-UserId and uploads; empty until enrolled
  QString deviceCaFile; // the CA chain that issued the kiosk's certificate (enrol install --chain)
  // The kiosk's TPM 2.0, as a tpm2-tss TCTI ("device:/dev/tpmrm0"); operator
  // key slots are bound to it (docs/security.md). Empty: no TPM.
  QString tpmTcti;

  // [sync] — the connection to the registry through the branch's security server
  struct Sync {
    QString endpoint;                            // security server base URL; empty: no sync
    QString connection = QStringLiteral("mtls"); // http, tls or mtls
    QString client;                              // X-Road client: INSTANCE/CLASS/MEMBER/SUBSYSTEM
    QString service = QStringLiteral("CAMBODIA/GOV/MISTI/IE-REGISTRY/ie-registration");
    QString caFile;
    QString certFile;
    QString keyFile;
    QString keyPassphraseFile;
    QString pinnedPublicKey;
    QString proxy;
    QString noProxy;
    int batchRecords = 100;
    int intervalSeconds = 60;
    int connectTimeoutSeconds = 15;
  } sync;

  // [bundles] — USB bundles (camie-kioskctl export / import)
  QString bundleTrustedCa;   // CA certificates (PEM) of the kiosks whose bundles are accepted
  int bundleMaxAgeDays = 30; // older bundles are refused
  QStringList bundleRevokedDevices; // lost or stolen kiosks whose bundles are refused
  QStringList bundleRelays;         // kiosks whose bundles may carry other kiosks' records

  // [trust] — the registry's pinned root keys (docs/config.md): the files
  // named; empty: the packaged /usr/share/camie-kiosk/registry-roots.json and
  // a technician's /etc/camie-kiosk/registry-roots.json, those that exist.
  QStringList registryRoots;

  QStringList warnings; // unknown keys and other things a technician should fix

  // The roots files to read: those named (each must exist), else the defaults present.
  QStringList registryRootFiles() const;
  static QStringList defaultRegistryRootFiles();
};

class ConfigLoader {
public:
  // The files tried in order when no --config is given: the user's
  // $XDG_CONFIG_HOME/camie-kiosk/kiosk.conf, then /etc/camie-kiosk/kiosk.conf.
  static QStringList defaultSearchPaths();

  // Reads `explicitPath` if given (it must exist), else the first default
  // path that exists, else the built-in defaults.
  [[nodiscard]] static Result<KioskConfig> load(const std::optional<QString>& explicitPath);

  // Reads one file; every value is checked and a bad one is named in the error.
  [[nodiscard]] static Result<KioskConfig> loadFile(const QString& path);

  static KioskConfig defaults();
};

} // namespace camie::app
