#include "core/crypto/secure_bytes.h"

#include "core/crypto/openssl_error.h"

#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <mutex>
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

// Locked single pages that values gave back, wiped (all zero), still locked
// and left out of core dumps: the next value of at most a page takes one
// without a system call. A finalise makes and drops a dozen secrets (HPKE's
// key schedule, the duplicate digests' keys), each an mlock, a munlock and two
// madvise calls without this. At most kMaxPages are kept (128 KiB of the
// locked-memory limit, 8 MiB by default); never freed, so reachable to the end.
class LockedPageCache {
public:
  static constexpr size_t kMaxPages = 32;

  static LockedPageCache& instance() {
    static auto* cache = new LockedPageCache; // outlives every static SecureBytes
    return *cache;
  }

  void* take() {
    const std::lock_guard lock(mutex_);
    if (count_ == 0)
      return nullptr;
    return pages_[--count_];
  }

  // Keeps `page` (wiped, locked) if there is room; false if the caller must free it.
  bool keep(void* page) {
    const std::lock_guard lock(mutex_);
    if (count_ == kMaxPages)
      return false;
    pages_[count_++] = page;
    return true;
  }

private:
  std::mutex mutex_;
  std::array<void*, kMaxPages> pages_{};
  size_t count_ = 0;
};

} // namespace

SecureBytes::SecureBytes(qsizetype size) {
  if (size <= 0)
    return;
  const size_t page = pageSize();
  const size_t capacity = (static_cast<size_t>(size) + page - 1) / page * page;
  if (capacity == page) {
    if (void* cached = LockedPageCache::instance().take()) {
      data_ = static_cast<unsigned char*>(cached); // zero since it was given back
      size_ = size;
      capacity_ = capacity;
      locked_ = true;
      return;
    }
  }
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
    OPENSSL_cleanse(data_, capacity_); // zeroes: a cached page is handed out as it is
    if (!(locked_ && capacity_ == pageSize() && LockedPageCache::instance().keep(data_))) {
      if (locked_)
        munlock(data_, capacity_);
      (void)madvise(data_, capacity_, MADV_DODUMP); // the pages go back to the heap
      free(data_);
    }
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
