// BundleTransfer: `camie-kioskctl export` / `import` and the technician
// screen's buttons share this — writing the sealed, unsent records of this
// kiosk to a signed bundle on a USB stick, and queueing another kiosk's bundle.
// Runs synchronously; the kiosk calls it on a worker thread.
#pragma once

#include "app/config/kiosk_config.h"
#include "core/store/sqlite_database.h"
#include "core/util/clock.h"

#include <functional>

namespace camie::app {

struct ExportOutcome {
  QStringList files;     // one per bundle; none when there was nothing to export
  QStringList bundleIds; // likewise
  QString file;          // the first of them
  QString bundleId;
  int records = 0; // marked exported
};

struct ImportOutcome {
  QString file;
  QString bundleId;
  QString fromDevice;
  QString signer; // the signing certificate's subject
  int records = 0;
  int imported = 0;
  int alreadyPresent = 0;
  int refused = 0; // left out: they would overwrite this kiosk's records or another kiosk's
};

class BundleTransfer {
public:
  // Reports the work done so far: `done` of `total` steps.
  using Progress = std::function<void(int done, int total)>;

  BundleTransfer(store::SqliteDatabase& db, const Clock& clock, KioskConfig config,
                 QString deviceId);

  // Writes every sealed record (those stuck in flight too, and with
  // `includeExported` those exported before but not yet known to the
  // registry) to new bundles in `folder` (several when they are many), each
  // flushed and read back before its records are marked exported. A crash or
  // a bad stick before that leaves them queued. Progress counts records.
  [[nodiscard]] Result<ExportOutcome> exportTo(const QString& folder, bool includeExported,
                                               const QString& actor, const Progress& progress = {});
  // Checks and queues a bundle (one larger than bundle::kMaxFileBytes is
  // refused unread); records already here are skipped, and none replaces a
  // record this kiosk made (store::BundleQueue::import). The trusted CA is
  // `trustedCa`, else bundles/trusted_ca, else device/ca_file; the relays are
  // bundles/relays.
  [[nodiscard]] Result<ImportOutcome> importFrom(const QString& file, const QString& trustedCa,
                                                 const QString& actor,
                                                 const Progress& progress = {});
  // exported → sealed: this kiosk sends them itself after all.
  [[nodiscard]] Result<int> requeueExported(const QString& actor);

private:
  store::SqliteDatabase& db_;
  const Clock& clock_;
  KioskConfig config_;
  QString deviceId_;
};

} // namespace camie::app
