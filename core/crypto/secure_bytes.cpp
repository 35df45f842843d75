#include "core/crypto/secure_bytes.h"

#include "core/crypto/openssl_error.h"

#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace camie::crypto {
namespace {

Q_LOGGING_CATEGORY(lcCrypto, "camie.crypto", QtInfoMsg)

size_t pageSize() {
  static const size_t size = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return size;
}

std::atomic<bool> mlockRefusalLogged{false};

} // namespace

SecureBytes::SecureBytes(qsizetype size) {
  if (size <= 0)
    return;
  const size_t page = pageSize();
  const size_t capacity = (static_cast<size_t>(size) + page - 1) / page * page;
  void* pages = nullptr;
  if (posix_memalign(&pages, page, capacity) != 0)
    throw std::bad_alloc(); // as operator new does
  std::memset(pages, 0, capacity);
  data_ = static_cast<unsigned char*>(pages);
  size_ = size;
  capacity_ = capacity;
  locked_ = mlock(pages, capacity) == 0;
  if (!locked_ && !mlockRefusalLogged.exchange(true))
    qCWarning(lcCrypto).noquote()
        << "key material cannot be locked in memory (mlock:" << strerror(errno)
        << "); it may be swapped. Raise RLIMIT_MEMLOCK (LimitMEMLOCK=) to keep it in RAM.";
  (void)madvise(pages, capacity, MADV_DONTDUMP); // best effort: kept out of core dumps
}

SecureBytes::~SecureBytes() {
  clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)),
      capacity_(std::exchange(other.capacity_, 0)), locked_(std::exchange(other.locked_, false)) {}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
  if (this != &other) {
    clear();
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    capacity_ = std::exchange(other.capacity_, 0);
    locked_ = std::exchange(other.locked_, false);
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
  if (data_) {
    OPENSSL_cleanse(data_, capacity_);
    if (locked_)
      munlock(data_, capacity_);
    (void)madvise(data_, capacity_, MADV_DODUMP); // the pages go back to the heap
    free(data_);
  }
  data_ = nullptr;
  size_ = 0;
  capacity_ = 0;
  locked_ = false;
}

bool SecureBytes::operator==(const SecureBytes& other) const {
  if (size_ != other.size_)
    return false;
  if (size_ == 0)
    return true;
  return CRYPTO_memcmp(data_, other.data_, static_cast<size_t>(size_)) == 0;
}

} // namespace camie::crypto
