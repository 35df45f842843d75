#include "tools/camdx-sim/request_log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace camie::sim {

RequestLog::RequestLog(const QString& dir) : dir_(dir), enabled_(!dir.isEmpty()) {
  if (enabled_ && !dir_.mkpath(QStringLiteral(".")))
    qWarning("camdx-sim: cannot create the request log folder %s", qPrintable(dir));
}

void RequestLog::record(const SimRequest& request, const QByteArray& decodedBody) const {
  if (!enabled_)
    return;
  QJsonObject headers;
  for (const auto& [key, value] : request.headers) {
    const QString name = QString::fromLatin1(key);
    const QString existing = headers.value(name).toString();
    const QString text = QString::fromLatin1(value);
    headers.insert(name, existing.isEmpty() ? text : existing + QStringLiteral(", ") + text);
  }
  QJsonObject entry{{QStringLiteral("sequence"), request.sequence},
                    {QStringLiteral("method"), QString::fromLatin1(request.method)},
                    {QStringLiteral("path"), request.path},
                    {QStringLiteral("query"), request.query.toString(QUrl::FullyEncoded)},
                    {QStringLiteral("headers"), headers},
                    {QStringLiteral("bodySize"), request.body.size()}};
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(decodedBody, &error);
  if (!decodedBody.isEmpty() && error.error == QJsonParseError::NoError)
    entry.insert(QStringLiteral("body"),
                 doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
  else if (!decodedBody.isEmpty())
    entry.insert(QStringLiteral("bodyText"), QString::fromUtf8(decodedBody));

  const QString last = request.path.section(u'/', -1).left(40);
  QString safe;
  for (const QChar c : last)
    safe += c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'_';
  const QString name = QStringLiteral("%1-%2-%3.json")
                           .arg(request.sequence, 6, 10, QChar(u'0'))
                           .arg(QString::fromLatin1(request.method), safe);
  QSaveFile file(dir_.filePath(name));
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(QJsonDocument(entry).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
    qWarning("camdx-sim: cannot write %s", qPrintable(file.fileName()));
}

} // namespace camie::sim
