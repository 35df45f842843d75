// ScannedPayload: what a scanned text turned out to be — an MRZ, an IE1
// pre-registration code, a verify.gov.kh link or plain text — with the
// parser's verdict. Plain text is kept and shown, never silently dropped.
#pragma once

#include "core/scan/ie1_outcome.h"
#include "core/scan/mrz_parser.h"
#include "core/scan/verify_link.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace camie::scan {

enum class PayloadKind { Mrz, Ie1, VerifyLink, Text };

struct ScannedPayload {
  PayloadKind kind = PayloadKind::Text;
  QString text; // as scanned
  std::optional<MrzOutcome> mrz;
  std::optional<Ie1Outcome> ie1;
  std::optional<VerifyLink> link;

  // "mrz", "ie1", "verify_link" or "text".
  QString kindCode() const;
  // MRZ and IE1: their verdict codes; links: the link's kind; text: empty.
  QString verdict() const;
  // MRZ: the field a bad character, check digit or date is in; else empty.
  QString field() const;
  // For the teller, translated; empty when there is nothing to say.
  QString message() const;
  // The values read: MRZ fields, IE1 prn/iat/exp and form fields, the link's
  // url/host/reference, or the text.
  QJsonObject fields() const;
  // One object for `camie-kioskctl scan --json`: format, kind, verdict,
  // field, fields, message (empty members left out).
  QJsonObject toJson(const QString& format) const;
};

} // namespace camie::scan
