// Secret bytes (keys, shared secrets, PIN-derived keys) that are wiped with
// OPENSSL_cleanse when released. Move-only: copies are made explicitly with clone().
// Each value has pages of its own, locked in memory (mlock: never swapped) and
// left out of core dumps (MADV_DONTDUMP) where the system allows; when the
// locked-memory limit (RLIMIT_MEMLOCK) refuses, the bytes work the same and
// the refusal is logged once. A released page is wiped and, if it was locked,
// kept locked for the next value of at most a page (a few dozen at most), so
// short-lived secrets cost no system calls.
#pragma once

#include <QByteArrayView>

#include <cstddef>

namespace camie::crypto {

class SecureBytes {
public:
  SecureBytes() = default;
  // `size` zero bytes; a negative size gives an empty value.
  explicit SecureBytes(qsizetype size);
  ~SecureBytes();

  SecureBytes(SecureBytes&& other) noexcept;
  SecureBytes& operator=(SecureBytes&& other) noexcept;
  SecureBytes(const SecureBytes&) = delete;
  SecureBytes& operator=(const SecureBytes&) = delete;

  // A copy of `bytes`; wipe the source yourself if it was secret.
  static SecureBytes fromView(QByteArrayView bytes);
  // `size` bytes from RAND_bytes. Never aborts: if the random generator fails
  // (not seeded, broken entropy source) the result is EMPTY, so a caller that
  // asked for a non-zero size must check isEmpty() before using it.
  static SecureBytes random(qsizetype size);

  unsigned char* data() { return data_; }
  const unsigned char* data() const { return data_; }
  qsizetype size() const { return size_; }
  bool isEmpty() const { return size_ == 0; }
  QByteArrayView view() const { return {data_, size_}; }
  // Whether mlock took these bytes' pages (false for an empty value).
  bool isLocked() const { return locked_; }

  SecureBytes clone() const;
  // Wipes the bytes and leaves the value empty.
  void clear();

  // Constant time in the contents (CRYPTO_memcmp); lengths are not secret.
  bool operator==(const SecureBytes& other) const;

private:
  unsigned char* data_ = nullptr; // page-aligned, capacity_ bytes
  qsizetype size_ = 0;
  size_t capacity_ = 0;
  bool locked_ = false;
};

} // namespace camie::crypto
