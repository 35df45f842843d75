#include "tools/camdx-sim/xroad_error.h"

#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace camie::sim {

QString XRoadError::styled(QAnyStringView legacyCode, XRoadErrorStyle style) {
  if (style == XRoadErrorStyle::Legacy)
    return legacyCode.toString();
  // Every part but the last is lower-cased whole ("ServerProxy" → "serverproxy");
  // the last is CamelCase → snake_case ("NetworkError" → "network_error").
  QStringList parts = legacyCode.toString().split(u'.');
  for (qsizetype i = 0; i + 1 < parts.size(); ++i)
    parts[i] = parts[i].toLower();
  if (!parts.isEmpty()) {
    QString snake;
    const QString& last = parts.last();
    for (qsizetype i = 0; i < last.size(); ++i) {
      const QChar c = last.at(i);
      if (c.isUpper() && i > 0 && !last.at(i - 1).isUpper() && last.at(i - 1) != u'_')
        snake += u'_';
      snake += c.toLower();
    }
    parts.last() = snake;
  }
  return parts.join(u'.');
}

int XRoadError::statusFor(QAnyStringView code) {
  return code.toString().startsWith(u"client.", Qt::CaseInsensitive) ? 400 : 500;
}

HttpReply XRoadError::reply(QAnyStringView legacyCode, const QString& message,
                            XRoadErrorStyle style) {
  const QString type = styled(legacyCode, style);
  HttpReply r = HttpReply::json(
      statusFor(legacyCode),
      QJsonObject{{QStringLiteral("type"), type},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("detail"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
  r.setHeader("X-Road-Error", type.toUtf8());
  return r;
}

} // namespace camie::sim
