#include "core/enrol/device_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace camie::enrol {
namespace {

Error unwritable(const QString& path, const QString& why) {
  return makeError(QStringLiteral("enrol_unwritable"),
                   QStringLiteral("Cannot write %1: %2.").arg(path, why));
}

} // namespace

DeviceFiles DeviceFiles::beside(const QString& databasePath) {
  const QString dir = QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("device"));
  return {dir, dir + QStringLiteral("/kiosk.key"), dir + QStringLiteral("/kiosk.csr"),
          dir + QStringLiteral("/kiosk.pem"), dir + QStringLiteral("/ca.pem")};
}

Result<void> DeviceFiles::makeDir() const {
  const QString parent = QFileInfo(dir).absolutePath();
  if (!QDir(parent).exists()) {
    if (!QDir().mkpath(parent))
      return unwritable(parent, QStringLiteral("the folder cannot be created"));
    QFile::setPermissions(parent, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
  }
  const QByteArray path = QFile::encodeName(dir);
  if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST)
    return unwritable(dir, QString::fromLocal8Bit(std::strerror(errno)));
  struct stat info {};
  if (::lstat(path.constData(), &info) != 0 || !S_ISDIR(info.st_mode))
    return unwritable(dir, QStringLiteral("it is not a folder"));
  if ((info.st_mode & 0777) != 0700 && ::chmod(path.constData(), 0700) != 0)
    return unwritable(dir, QString::fromLocal8Bit(std::strerror(errno)));
  return {};
}

Result<void> DeviceFiles::writePublic(const QString& path, const QByteArray& bytes) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
    return unwritable(path, file.errorString());
  file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
  if (!file.commit())
    return unwritable(path, file.errorString());
  return {};
}

Result<QString> DeviceFiles::keepOld(const QString& path, const QString& stamp) {
  const QString base = path + QStringLiteral(".old-") + stamp;
  QString name = base;
  for (int n = 2; QFileInfo::exists(name) || QFileInfo(name).isSymLink(); ++n)
    name = base + u'-' + QString::number(n);
  if (std::rename(QFile::encodeName(path).constData(), QFile::encodeName(name).constData()) != 0)
    return unwritable(name, QString::fromLocal8Bit(std::strerror(errno)));
  return name;
}

} // namespace camie::enrol
