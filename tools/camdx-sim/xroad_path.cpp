#include "tools/camdx-sim/xroad_path.h"

#include <QUrl>

namespace camie::sim {

QString XRoadPath::serviceId() const {
  return QStringList{instance, memberClass, memberCode, subsystem, serviceCode}.join(u'/');
}

Result<XRoadPath> XRoadPath::parse(QStringView encodedPath) {
  if (!encodedPath.startsWith(u"/r1/"))
    return makeError(QStringLiteral("not_r1"), QStringLiteral("The path is not under /r1/."));
  const QStringList encoded = encodedPath.mid(4).toString().split(u'/');
  if (encoded.size() < 6)
    return makeError(QStringLiteral("bad_path"),
                     QStringLiteral("An r1 path needs /r1/{instance}/{memberClass}/{memberCode}/"
                                    "{subsystem}/{serviceCode}/{path}."));
  QStringList parts;
  for (const QString& part : encoded) {
    const QString decoded = QUrl::fromPercentEncoding(part.toUtf8());
    if (decoded.isEmpty() || decoded.contains(u'/'))
      return makeError(QStringLiteral("bad_path"),
                       QStringLiteral("Every part of an r1 path must be non-empty and free of "
                                      "'/' once decoded."));
    parts << decoded;
  }
  XRoadPath p;
  p.instance = parts.at(0);
  p.memberClass = parts.at(1);
  p.memberCode = parts.at(2);
  p.subsystem = parts.at(3);
  p.serviceCode = parts.at(4);
  p.rest = parts.mid(5);
  return p;
}

bool XRoadPath::isClientId(QStringView text) {
  const auto parts = text.split(u'/');
  if (parts.size() != 4)
    return false;
  for (const auto& part : parts) {
    if (part.trimmed().isEmpty())
      return false;
  }
  return true;
}

} // namespace camie::sim
