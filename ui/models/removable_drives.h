// RemovableDrives: the USB sticks mounted on the kiosk (under /media,
// /run/media or /mnt), with the names people know them by — where the
// technician writes bundles and the teller finds pictures to read.
#pragma once

#include <QList>
#include <QString>

namespace camie::ui {

class RemovableDrives {
public:
  struct Drive {
    QString root; // the mount point
    QString name; // the stick's label, else the mount point's last part
    bool writable = false;
  };

  // Every mounted removable drive that is ready, in mount order.
  static QList<Drive> mounted();
};

} // namespace camie::ui
