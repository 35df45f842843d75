// BundleBackend: what the technician's USB bundle panel needs from the
// application — export this kiosk's unsent records to a stick, import another
// kiosk's bundle — behind an interface, so ui/ does not depend on app/ (the
// application implements it with the code of `camie-kioskctl export/import`).
#pragma once

#include "core/util/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace camie::ui {

class BundleBackend {
public:
  // What an export, import or requeue did.
  struct Transferred {
    QString file;
    QString fromDevice;
    int records = 0;
    int imported = 0;
    int alreadyPresent = 0;
    int refused = 0; // would have replaced this kiosk's or another kiosk's records
  };
  // Done, or the error (its kind for the screen's words, its code and
  // message for the technician).
  using Outcome = Result<Transferred>;
  using Progress = std::function<void(int done, int total)>;
  using Done = std::function<void(const Outcome&)>;

  virtual ~BundleBackend() = default;

  // Mounted removable drives (USB sticks) that can be written.
  virtual QStringList removableFolders() const = 0;
  // Off the GUI thread; `progress` and `done` run on the GUI thread.
  virtual void exportTo(const QString& folder, bool includeExported, const QString& actor,
                        Progress progress, Done done) = 0;
  virtual void importFrom(const QString& file, const QString& actor, Progress progress,
                          Done done) = 0;
  // Exported records go back in this kiosk's queue (a lost stick); the
  // outcome's `records` says how many.
  virtual void requeueExported(const QString& actor, Done done) = 0;
};

} // namespace camie::ui
