#include "core/sync/xroad_error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace camie::sync {

QString XRoadError::canonical(const QString& type) {
  QString c = type.trimmed().toLower();
  c.remove(u'_');
  return c;
}

std::optional<XRoadError> XRoadError::fromResponse(const QMap<QByteArray, QByteArray>& headers,
                                                   const QByteArray& body) {
  const QByteArray header = headers.value("x-road-error").trimmed();
  QJsonParseError parse{};
  const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
  const QJsonObject json = parse.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
  QString type = QString::fromUtf8(header);
  if (type.isEmpty())
    return std::nullopt; // a registry error, not one of the security servers
  XRoadError e;
  e.type = type;
  e.message = json.value(QStringLiteral("message")).toString().left(500);
  e.detail = json.value(QStringLiteral("detail")).toString().left(200);
  const QString c = canonical(type);
  if (c.startsWith(u"client."))
    e.origin = Origin::Kiosk;
  else if (c.startsWith(u"server.clientproxy."))
    e.origin = Origin::BranchServer;
  else if (c.startsWith(u"server.serverproxy."))
    e.origin = Origin::RegistryServer;
  else
    e.origin = Origin::Registry;
  return e;
}

QString XRoadError::words() const {
  const QString c = canonical(type);
  const auto has = [&c](const char* part) { return c.contains(QLatin1String(part)); };
  switch (origin) {
  case Origin::Kiosk:
    if (has("accessdenied") || has("unknownmember") || has("unknownclient"))
      return QCoreApplication::translate(
          "camie::sync::XRoadError",
          "The registry does not accept requests from this kiosk's subsystem. A technician must check the X-Road client id and its access rights.");
    return QCoreApplication::translate(
        "camie::sync::XRoadError",
        "The security server rejected the kiosk's request as malformed. A technician should check the X-Road settings.");
  case Origin::BranchServer:
    if (has("sslauthenticationfailed") || has("incorrectcertificate") || has("certificate") ||
        has("accessdenied"))
      return QCoreApplication::translate(
          "camie::sync::XRoadError",
          "The branch's security server refused this kiosk's certificate. A technician must register it for this kiosk's subsystem.");
    if (has("networkerror") || has("serviceunavailable") || has("timeout"))
      return QCoreApplication::translate(
          "camie::sync::XRoadError",
          "The branch's security server cannot reach CamDX right now. Registrations stay queued and will be sent later.");
    return QCoreApplication::translate(
        "camie::sync::XRoadError",
        "The branch's security server reported an error. Registrations stay queued; if this lasts, call a technician.");
  case Origin::RegistryServer:
    if (has("accessdenied"))
      return QCoreApplication::translate(
          "camie::sync::XRoadError",
          "The registry's security server refused access for this kiosk's subsystem. A technician must ask for access to the registration service.");
    if (has("networkerror") || has("serviceunavailable") || has("timeout"))
      return QCoreApplication::translate(
          "camie::sync::XRoadError",
          "The registry cannot be reached through CamDX right now. Registrations stay queued and will be sent later.");
    return QCoreApplication::translate(
        "camie::sync::XRoadError",
        "The registry's security server reported an error. Registrations stay queued; if this lasts, call a technician.");
  case Origin::Registry:
    break;
  }
  return QCoreApplication::translate(
      "camie::sync::XRoadError",
      "The registry reported an error. Registrations stay queued; if this lasts, call a technician.");
}

} // namespace camie::sync
