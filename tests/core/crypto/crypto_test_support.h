// Small helpers for the core/crypto tests: printable hex and error codes, so a
// failed CHECK shows the bytes or the code instead of "{?}".
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <string>

namespace camie::crypto::test {

inline std::string hex(QByteArrayView bytes) {
  return bytes.toByteArray().toHex().toStdString();
}
inline std::string hex(const SecureBytes& bytes) {
  return hex(bytes.view());
}

inline QByteArray unhex(const char* text) {
  return QByteArray::fromHex(text);
}

// "ok" for a value, otherwise the error's stable code.
template <typename T>
std::string codeOf(const Result<T>& result) {
  return result.ok() ? std::string("ok") : result.error().code.toStdString();
}

// A copy of `bytes` with one bit of byte `index` flipped.
inline QByteArray flipped(QByteArrayView bytes, qsizetype index) {
  QByteArray copy = bytes.toByteArray();
  copy[index] = static_cast<char>(copy[index] ^ 0x01);
  return copy;
}

} // namespace camie::crypto::test
