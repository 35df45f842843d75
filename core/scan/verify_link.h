// VerifyLink: a link to verify.gov.kh, the government's document verification
// platform, found in a certificate's QR code. Recognised and classified so the
// UI can offer to check the document online — and warn about look-alikes.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace camie::scan {

class VerifyLink {
public:
  enum class Kind {
    Document, // https://verify.gov.kh/... naming a document: offer to check it online
    Portal,   // https://verify.gov.kh/ itself, no document named
    NotHttps, // the right host without https: check it only by typing the address
    Lookalike // "verify.gov.kh" in a link to another host: never open it
  };

  // A link to verify.gov.kh (or one pretending to be), else nullopt. Pure.
  static std::optional<VerifyLink> recognise(QStringView text);

  Kind kind() const { return kind_; }
  // "document", "portal", "not_https" or "lookalike".
  QString kindCode() const;
  const QString& url() const { return url_; }
  const QString& host() const { return host_; }
  // The document's reference (the `id`/`code` query item, else the last path
  // segment); empty for the portal and for look-alikes.
  const QString& reference() const { return reference_; }
  // What the teller is told about the link, translated.
  QString message() const;

private:
  VerifyLink(Kind kind, QString url, QString host, QString reference)
      : kind_(kind), url_(std::move(url)), host_(std::move(host)),
        reference_(std::move(reference)) {}

  Kind kind_;
  QString url_;
  QString host_;
  QString reference_;
};

} // namespace camie::scan
