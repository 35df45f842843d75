#include "core/sync/transport_errors.h"

#include <QCoreApplication>

#include <curl/curl.h>
#include <openssl/x509_vfy.h>

namespace camie::sync {
namespace {

QString translated(const char* text) {
  return QCoreApplication::translate("camie::sync::Transport", text);
}

// The messages, by code. QT_TRANSLATE_NOOP marks them for lupdate.
struct Message {
  const char* code;
  const char* text;
};
const Message kMessages[] = {
    {"resolve_failed",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The security server's name could not be found. Check the network connection and the registry endpoint in the settings.")},
    {"connect_failed",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The branch's security server could not be reached. The kiosk is offline; registrations stay queued and will be sent later.")},
    {"timeout",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The security server did not answer in time. The kiosk will check what arrived and try again.")},
    {"connection_reset",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The connection was cut before the answer arrived. The kiosk will check what arrived and try again.")},
    {"truncated",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The answer from the registry arrived incomplete. The kiosk will check what arrived and try again.")},
    {"tls_unknown_ca",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The security server's certificate is not from a trusted authority. A technician must check the CA file in the settings.")},
    {"tls_expired",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The security server's certificate has expired (or the kiosk's clock is wrong). Check the date, then call a technician.")},
    {"tls_hostname",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The security server's certificate is for another name than the endpoint in the settings. A technician must check the endpoint.")},
    {"tls_pin_mismatch",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The security server's key does not match the pinned key. Nothing was sent. Call a technician: the connection may be intercepted.")},
    {"tls_client_cert_missing",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The branch's security server asks for this kiosk's certificate, and none is configured. A technician must install it.")},
    {"tls_client_cert_refused",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The branch's security server refused this kiosk's certificate. A technician must register it for this kiosk's subsystem.")},
    {"tls_client_cert_unusable",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "This kiosk's certificate or key cannot be used (missing file, wrong passphrase, or they do not match).")},
    {"tls_ca_file",
     QT_TRANSLATE_NOOP("camie::sync::Transport", "The CA file in the settings cannot be read.")},
    {"tls_failed", QT_TRANSLATE_NOOP("camie::sync::Transport",
                                     "The secure connection to the security server failed.")},
    {"proxy_failed",
     QT_TRANSLATE_NOOP("camie::sync::Transport",
                       "The proxy refused or could not be reached. Check the proxy settings.")},
    {"plain_http_refused",
     QT_TRANSLATE_NOOP(
         "camie::sync::Transport",
         "The endpoint uses plain HTTP, which the settings do not allow. Use https, or set the connection type to http for a private network.")},
    {"bad_endpoint",
     QT_TRANSLATE_NOOP("camie::sync::Transport",
                       "The registry endpoint in the settings is not a valid address.")},
    {"response_too_large",
     QT_TRANSLATE_NOOP("camie::sync::Transport",
                       "The answer from the server was larger than expected and was refused.")},
    {"network_error",
     QT_TRANSLATE_NOOP("camie::sync::Transport", "A network error stopped the upload.")},
};

bool contains(const QString& text, const char* needle) {
  return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

Error TransportErrors::make(const char* code) {
  for (const Message& m : kMessages) {
    if (qstrcmp(m.code, code) == 0)
      return makeError(QString::fromLatin1(code), translated(m.text));
  }
  return makeError(QString::fromLatin1(code), translated(kMessages[std::size(kMessages) - 1].text));
}

Error TransportErrors::fromCurl(int curlCode, const QString& message, long verifyResult,
                                bool clientCertificate) {
  const auto code = static_cast<CURLcode>(curlCode);
  // The server's TLS alerts show in the error text whatever the curl code.
  if (contains(message, "alert certificate required"))
    return make("tls_client_cert_missing");
  if (contains(message, "alert unknown ca") || contains(message, "alert bad certificate") ||
      contains(message, "alert certificate unknown") || contains(message, "alert access denied"))
    return make("tls_client_cert_refused");
  // The proxy refused the tunnel (407 without good credentials, 403, 502...).
  if (contains(message, "CONNECT tunnel failed") || contains(message, "proxy"))
    return make("proxy_failed");
  switch (code) {
  case CURLE_COULDNT_RESOLVE_HOST:
    return make("resolve_failed");
  case CURLE_COULDNT_RESOLVE_PROXY:
    return make("proxy_failed");
  case CURLE_COULDNT_CONNECT:
    return contains(message, "proxy") ? make("proxy_failed") : make("connect_failed");
  case CURLE_OPERATION_TIMEDOUT:
    return make("timeout");
  case CURLE_PARTIAL_FILE:
    return make("truncated");
  case CURLE_GOT_NOTHING:
  case CURLE_SEND_ERROR:
  case CURLE_RECV_ERROR:
    return make("connection_reset");
  case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    return make("tls_pin_mismatch");
  case CURLE_SSL_CERTPROBLEM:
    return make("tls_client_cert_unusable");
  case CURLE_SSL_CACERT_BADFILE:
    return make("tls_ca_file");
  case CURLE_PEER_FAILED_VERIFICATION:
    if (contains(message, "subject name") || contains(message, "host name"))
      return make("tls_hostname");
    switch (verifyResult) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
      return make("tls_expired");
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
      return make("tls_hostname");
    case X509_V_OK:
      return contains(message, "subject name") || contains(message, "host name")
                 ? make("tls_hostname")
                 : make("tls_failed");
    default:
      return make("tls_unknown_ca");
    }
  case CURLE_SSL_CONNECT_ERROR:
    // The server ended the handshake without an alert — what a security
    // server does with a client certificate it will not take (or none).
    if (contains(message, "reset") || contains(message, "unexpected eof") ||
        contains(message, "SSL_ERROR_SYSCALL"))
      return make(clientCertificate ? "tls_client_cert_refused" : "tls_client_cert_missing");
    return make("tls_failed");
  case CURLE_UNSUPPORTED_PROTOCOL:
  case CURLE_URL_MALFORMAT:
    return make("bad_endpoint");
  case CURLE_FILESIZE_EXCEEDED:
  case CURLE_WRITE_ERROR:
    return make("response_too_large");
  default:
    if (contains(message, "proxy"))
      return make("proxy_failed");
    return make("network_error");
  }
}

bool TransportErrors::mayHaveArrived(const Error& error) {
  using K = ErrorKind;
  return error.kind == K::Timeout || error.kind == K::ConnectionReset ||
         error.kind == K::Truncated || error.kind == K::NetworkError ||
         error.kind == K::ResponseTooLarge;
}

} // namespace camie::sync
