// Ie1Outcome: the verdict on an IE1 pre-registration code (PREREG-QR.md) and,
// once its signature has been checked, what it says.
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace camie::scan {

enum class Ie1Verdict {
  Valid,        // signature good, key valid at iat, not expired
  NotIe1,       // no "IE1:" prefix
  BadBase45,    // a character outside the alphabet, a bad length, a group above 65535
  BadZlib,      // not a zlib stream, or a bad checksum
  TooLarge,     // the envelope inflates past 8 KiB
  BadEnvelope,  // lengths that do not add up, no room for the signature
  UnknownKey,   // no portal key with that key id
  KeyNotValid,  // iat outside the key's not_before..not_after
  BadSignature, // Ed25519 verification failed
  Expired,      // exp passed by the kiosk clock, beyond the tolerance
  BadBody,      // body not a JSON object, v not 1, fields missing (or iat, exp, prn)
};

// The machine-readable code of PREREG-QR.md: "valid", "not_ie1", "bad_base45", ...
QString ie1VerdictCode(Ie1Verdict verdict);

struct PreRegistration {
  QString kid;        // the portal key that signed it
  QString prn;        // pre-registration number, e.g. "PR-2025-000123"
  qint64 iat = 0;     // issued at, Unix seconds
  qint64 exp = 0;     // expires at, Unix seconds
  QJsonObject fields; // form field id -> value, as the portal sent them (unchecked)
};

struct Ie1Outcome {
  Ie1Verdict verdict = Ie1Verdict::NotIe1;
  QString message; // for the teller, translated; empty when valid
  QString kid;     // once the envelope was read
  // Set once the signature is verified and the body read: for valid, and
  // also for key_not_valid and expired (to say when), which must not prefill.
  std::optional<PreRegistration> preRegistration;

  bool ok() const { return verdict == Ie1Verdict::Valid; }
  QString verdictCode() const { return ie1VerdictCode(verdict); }
};

} // namespace camie::scan
