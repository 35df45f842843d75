// HPKE's labeled HKDF-SHA256 (RFC 9180 §4): LabeledExtract and LabeledExpand with
// the "HPKE-v1" prefix and a suite id, over OpenSSL EVP_KDF "HKDF". Used by Hpke.
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace camie::crypto {

class HpkeKdf {
public:
  static constexpr qsizetype kHashSize = 32; // Nh of HKDF-SHA256
  // The most LabeledExpand can produce: 255 * Nh.
  static constexpr qsizetype kMaxExpandLength = 255 * kHashSize;
  // OpenSSL 3.0's HKDF keeps the expand info in a fixed buffer; longer labeled
  // infos (e.g. an exporter context near 1 KiB) are refused with "input_too_large".
  static constexpr qsizetype kMaxLabeledInfo = 1024;

  // "KEM" || I2OSP(0x0020, 2): the suite id of the DHKEM's own derivations.
  static QByteArray kemSuiteId();

  // Extract(salt, "HPKE-v1" || suiteId || label || ikm), Nh bytes.
  [[nodiscard]] static Result<SecureBytes> labeledExtract(QByteArrayView suiteId,
                                                          QByteArrayView salt, QByteArrayView label,
                                                          QByteArrayView ikm);
  // Expand(prk, I2OSP(length, 2) || "HPKE-v1" || suiteId || label || info, length).
  // Errors: "bad_length" outside 1..255*Nh, "input_too_large", "kdf_failed".
  [[nodiscard]] static Result<SecureBytes> labeledExpand(QByteArrayView suiteId,
                                                         const SecureBytes& prk,
                                                         QByteArrayView label, QByteArrayView info,
                                                         qsizetype length);
};

} // namespace camie::crypto
