#include "core/scan/verify_link.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace camie::scan {

namespace {

constexpr QStringView kHost = u"verify.gov.kh";
constexpr qsizetype kMaxLength = 2048;

bool isOfficialHost(const QString& host) {
  return host == kHost || host == u"www.verify.gov.kh";
}

} // namespace

std::optional<VerifyLink> VerifyLink::recognise(QStringView text) {
  const QString trimmed = text.trimmed().toString();
  if (trimmed.isEmpty() || trimmed.size() > kMaxLength ||
      !trimmed.contains(kHost, Qt::CaseInsensitive))
    return std::nullopt;
  const QUrl url(trimmed, QUrl::StrictMode);
  const QString scheme = url.scheme().toLower();
  if (!url.isValid() || (scheme != u"https" && scheme != u"http"))
    return std::nullopt;
  const QString host = url.host().toLower(); // QUrl lowers it too; say so here
  if (!isOfficialHost(host)) {
    // "https://verify.gov.kh.example.com/", "https://verify.gov.kh@example.com/"
    if (host.contains(kHost) || url.userInfo().contains(kHost, Qt::CaseInsensitive))
      return VerifyLink(Kind::Lookalike, trimmed, host, {});
    return std::nullopt; // a link that merely mentions the name: plain text
  }
  if (!url.userInfo().isEmpty() ||
      (url.port() != -1 && url.port() != (scheme == u"https" ? 443 : 80)))
    return VerifyLink(Kind::Lookalike, trimmed, host, {});
  if (scheme != u"https")
    return VerifyLink(Kind::NotHttps, trimmed, host, {});

  const QUrlQuery query(url);
  QString reference = query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
  if (reference.isEmpty())
    reference = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
  if (reference.isEmpty()) {
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    if (!segments.isEmpty())
      reference = segments.last();
  }
  return VerifyLink(reference.isEmpty() ? Kind::Portal : Kind::Document, trimmed, host, reference);
}

QString VerifyLink::kindCode() const {
  switch (kind_) {
  case Kind::Document:
    return QStringLiteral("document");
  case Kind::Portal:
    return QStringLiteral("portal");
  case Kind::NotHttps:
    return QStringLiteral("not_https");
  case Kind::Lookalike:
    return QStringLiteral("lookalike");
  }
  return QStringLiteral("lookalike");
}

QString VerifyLink::message() const {
  switch (kind_) {
  case Kind::Document:
    return QCoreApplication::translate(
        "camie::scan::VerifyLink",
        "A certificate link to verify.gov.kh. It can be checked online.");
  case Kind::Portal:
    return QCoreApplication::translate("camie::scan::VerifyLink",
                                       "A link to verify.gov.kh that names no document.");
  case Kind::NotHttps:
    return QCoreApplication::translate(
        "camie::scan::VerifyLink",
        "A link to verify.gov.kh without a secure connection. Check the document by typing the address yourself.");
  case Kind::Lookalike:
    return QCoreApplication::translate(
        "camie::scan::VerifyLink",
        "This link only pretends to be verify.gov.kh. Do not open it, and do not trust the document.");
  }
  return {};
}

} // namespace camie::scan
