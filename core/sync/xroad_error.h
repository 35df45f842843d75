// XRoadError: an error answered by a security server (X-Road-Error header,
// JSON body {type, message, detail}) or by the registry itself, in both code
// styles of X-Road (Server.ServerProxy.AccessDenied and, from 7.8,
// server.serverproxy.access_denied), turned into words for the teller or
// technician. Bodies that are not JSON are handled.
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace camie::sync {

struct XRoadError {
  enum class Origin { Kiosk, BranchServer, RegistryServer, Registry };
  Origin origin = Origin::Registry;
  QString type;    // as sent, e.g. "Server.ServerProxy.NetworkError"
  QString message; // the server's own message (technical, English)
  QString detail;

  // The words shown in the kiosk ("the branch's security server refused this
  // kiosk's certificate"), translated.
  QString words() const;
  // The type in one canonical form: lower case, no '_' (both styles compare equal).
  static QString canonical(const QString& type);

  // From a non-2xx answer: the X-Road-Error header (lower-case header names)
  // and the body. nullopt when the answer carries no X-Road error.
  static std::optional<XRoadError> fromResponse(const QMap<QByteArray, QByteArray>& headers,
                                                const QByteArray& body);
};

} // namespace camie::sync
