#include "ui/models/removable_drives.h"

#include <QDir>
#include <QStorageInfo>

namespace camie::ui {

QList<RemovableDrives::Drive> RemovableDrives::mounted() {
  QList<Drive> drives;
  for (const QStorageInfo& volume : QStorageInfo::mountedVolumes()) {
    const QString root = volume.rootPath();
    if (!volume.isValid() || !volume.isReady() ||
        !(root.startsWith(u"/media/") || root.startsWith(u"/run/media/") ||
          root.startsWith(u"/mnt/")))
      continue;
    QString name = volume.name();
    if (name.isEmpty())
      name = QDir(root).dirName();
    drives.append({root, name, !volume.isReadOnly()});
  }
  return drives;
}

} // namespace camie::ui
