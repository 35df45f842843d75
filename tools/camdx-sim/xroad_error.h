// XRoadError: a security-server error as X-Road writes it (X-Road-Error header,
// 400 Client.* / 500 Server.*, JSON body), in the legacy or the snake_case style.
#pragma once

#include "tools/camdx-sim/http_reply.h"

#include <QAnyStringView>
#include <QLatin1String>
#include <QString>

namespace camie::sim {

enum class XRoadErrorStyle { Legacy, Snake };

class XRoadError {
public:
  // Codes the simulator raises (legacy spelling; styled() converts them).
  static constexpr QLatin1String kInvalidRequest{"Client.InvalidRequest"};
  static constexpr QLatin1String kSslAuthenticationFailed{
      "Server.ClientProxy.SslAuthenticationFailed"};
  static constexpr QLatin1String kUnknownService{"Server.ServerProxy.UnknownService"};
  static constexpr QLatin1String kNetworkError{"Server.ServerProxy.NetworkError"};

  // "Server.ServerProxy.NetworkError" in the style asked for:
  // Snake gives "server.serverproxy.network_error".
  static QString styled(QAnyStringView legacyCode, XRoadErrorStyle style);
  // 400 for Client.*, 500 otherwise (case-insensitive).
  static int statusFor(QAnyStringView code);
  // The whole reply; `detail` is a fresh UUID, as a security server writes it.
  static HttpReply reply(QAnyStringView legacyCode, const QString& message, XRoadErrorStyle style);
};

} // namespace camie::sim
