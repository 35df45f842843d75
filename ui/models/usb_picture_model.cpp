#include "ui/models/usb_picture_model.h"

#include "ui/models/removable_drives.h"

#include <QDir>
#include <QDirIterator>

#include <algorithm>

namespace camie::ui {

UsbPictureModel::UsbPictureModel(QObject* parent) : QAbstractListModel(parent) {
  refresh();
}

int UsbPictureModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(pictures_.size());
}

QVariant UsbPictureModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= pictures_.size())
    return {};
  const Picture& p = pictures_.at(index.row());
  switch (role) {
  case FileNameRole:
    return p.fileName;
  case DriveNameRole:
    return p.driveName;
  case FilePathRole:
    return p.path;
  default:
    return {};
  }
}

QHash<int, QByteArray> UsbPictureModel::roleNames() const {
  return {{FileNameRole, "fileName"}, {DriveNameRole, "driveName"}, {FilePathRole, "filePath"}};
}

void UsbPictureModel::refresh() {
  const QStringList patterns{QStringLiteral("*.png"), QStringLiteral("*.jpg"),
                             QStringLiteral("*.jpeg")};
  QList<Picture> found;
  const auto drives = RemovableDrives::mounted();
  for (const auto& drive : drives) {
    // The top folder and the folders right under it (a phone's DCIM/Camera
    // is one more level: people copy pictures to the top anyway).
    QStringList folders{drive.root};
    const QDir root(drive.root);
    const auto subfolders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable);
    for (const QString& sub : subfolders)
      folders << root.filePath(sub);
    for (const QString& folder : folders) {
      const QDir dir(folder);
      const auto files =
          dir.entryInfoList(patterns, QDir::Files | QDir::Readable, QDir::Time | QDir::IgnoreCase);
      for (const QFileInfo& file : files) {
        if (file.fileName().startsWith(u'.')) // macOS's ._ companions and the like
          continue;
        found.append({file.fileName(), drive.name, file.absoluteFilePath(), file.lastModified()});
      }
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Picture& a, const Picture& b) { return a.modified > b.modified; });
  if (found.size() > kMaxPictures)
    found.resize(kMaxPictures);
  beginResetModel();
  pictures_ = std::move(found);
  drives_ = static_cast<int>(drives.size());
  endResetModel();
  emit countChanged();
}

} // namespace camie::ui
