#include "core/sync/xroad_identifier.h"

#include <QUrl>

namespace camie::sync {

Result<XRoadIdentifier> XRoadIdentifier::parse(const QString& text, int parts) {
  const QStringList split = text.trimmed().split(u'/');
  const QString what = parts == 4 ? QStringLiteral("client") : QStringLiteral("service");
  const QString shape = parts == 4 ? QStringLiteral("INSTANCE/CLASS/MEMBER/SUBSYSTEM")
                                   : QStringLiteral("INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE");
  if (split.size() != parts)
    return makeError(
        QStringLiteral("bad_xroad_id"),
        QStringLiteral("The X-Road %1 id \"%2\" must have the form %3.").arg(what, text, shape));
  for (const QString& part : split) {
    if (part.isEmpty())
      return makeError(
          QStringLiteral("bad_xroad_id"),
          QStringLiteral("The X-Road %1 id \"%2\" has an empty part.").arg(what, text));
  }
  XRoadIdentifier id;
  id.parts_ = split;
  return id;
}

QString XRoadIdentifier::encodedPath() const {
  QStringList encoded;
  for (const QString& part : parts_)
    encoded << QString::fromLatin1(QUrl::toPercentEncoding(part));
  return encoded.join(u'/');
}

} // namespace camie::sync
