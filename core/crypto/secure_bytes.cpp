#include "core/crypto/secure_bytes.h"

#include "core/crypto/openssl_error.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <climits>
#include <utility>

namespace camie::crypto {

SecureBytes::SecureBytes(qsizetype size) {
  if (size > 0) {
    data_ = std::make_unique<unsigned char[]>(static_cast<size_t>(size)); // value-initialised
    size_ = size;
  }
}

SecureBytes::~SecureBytes() {
  clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : data_(std::move(other.data_)), size_(std::exchange(other.size_, 0)) {}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
  if (this != &other) {
    clear();
    data_ = std::move(other.data_);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

SecureBytes SecureBytes::fromView(QByteArrayView bytes) {
  SecureBytes copy(bytes.size());
  if (!bytes.isEmpty())
    std::copy_n(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), copy.data());
  return copy;
}

SecureBytes SecureBytes::random(qsizetype size) {
  SecureBytes bytes(size);
  if (bytes.isEmpty())
    return bytes;
  if (size > INT_MAX || RAND_bytes(bytes.data(), static_cast<int>(size)) != 1) {
    clearOpensslErrors();
    return SecureBytes(); // documented: empty on failure; `bytes` is wiped by its destructor
  }
  return bytes;
}

SecureBytes SecureBytes::clone() const {
  return fromView(view());
}

void SecureBytes::clear() {
  if (data_)
    OPENSSL_cleanse(data_.get(), static_cast<size_t>(size_));
  data_.reset();
  size_ = 0;
}

bool SecureBytes::operator==(const SecureBytes& other) const {
  if (size_ != other.size_)
    return false;
  if (size_ == 0)
    return true;
  return CRYPTO_memcmp(data_.get(), other.data_.get(), static_cast<size_t>(size_)) == 0;
}

} // namespace camie::crypto
