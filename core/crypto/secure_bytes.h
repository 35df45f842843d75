// Secret bytes (keys, shared secrets, PIN-derived keys) that are wiped with
// OPENSSL_cleanse when released. Move-only: copies are made explicitly with clone().
#pragma once

#include <QByteArrayView>

#include <memory>

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

  unsigned char* data() { return data_.get(); }
  const unsigned char* data() const { return data_.get(); }
  qsizetype size() const { return size_; }
  bool isEmpty() const { return size_ == 0; }
  QByteArrayView view() const { return {data_.get(), size_}; }

  SecureBytes clone() const;
  // Wipes the bytes and leaves the value empty.
  void clear();

  // Constant time in the contents (CRYPTO_memcmp); lengths are not secret.
  bool operator==(const SecureBytes& other) const;

private:
  std::unique_ptr<unsigned char[]> data_;
  qsizetype size_ = 0;
};

} // namespace camie::crypto
