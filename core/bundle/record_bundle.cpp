#include "core/bundle/record_bundle.h"

#include <QDateTime>
#include <QRegularExpression>

namespace camie::bundle {

QString bundleFileName(const RecordBundle& bundle) {
  QString device = bundle.deviceId;
  device.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
  // The end of the bundle id keeps two bundles of the same second apart.
  QString tail = bundle.bundleId.right(8);
  tail.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
  return QStringLiteral("camie-%1-%2-%3.camie-bundle")
      .arg(device.isEmpty() ? QStringLiteral("kiosk") : device,
           QDateTime::fromMSecsSinceEpoch(bundle.createdAtMs, Qt::UTC)
               .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")),
           tail);
}

Error bundleFormatError(const QString& what) {
  return makeError(ErrorKind::BundleFormat,
                   QStringLiteral("This is not a readable record bundle: %1.").arg(what));
}

} // namespace camie::bundle
