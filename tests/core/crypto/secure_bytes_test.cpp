#include "core/crypto/secure_bytes.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

#include <utility>

using namespace camie::crypto;
using namespace camie::crypto::test;

TEST_CASE("a clone holds equal bytes in its own storage", "[crypto]") {
  const SecureBytes original = SecureBytes::fromView("data key bytes");
  SecureBytes copy = original.clone();
  CHECK(copy == original);
  CHECK(copy.data() != original.data());
  copy.data()[0] ^= 1;
  CHECK_FALSE(copy == original);
}

TEST_CASE("random bytes have the size asked for and differ between draws", "[crypto]") {
  const SecureBytes a = SecureBytes::random(32);
  const SecureBytes b = SecureBytes::random(32);
  REQUIRE(a.size() == 32);
  REQUIRE(b.size() == 32);
  CHECK_FALSE(a == b);
  CHECK(SecureBytes::random(0).isEmpty());
}

TEST_CASE("a sized value starts zero-filled and a moved-from value is empty", "[crypto]") {
  SecureBytes zeros(16);
  CHECK(hex(zeros) == std::string(32, '0'));
  CHECK(SecureBytes(-1).isEmpty());

  SecureBytes moved = std::move(zeros);
  CHECK(moved.size() == 16);
  CHECK(zeros.isEmpty()); // NOLINT(bugprone-use-after-move): documented state
  CHECK(zeros.view().isEmpty());

  moved.clear();
  CHECK(moved.isEmpty());
}

TEST_CASE("values of different lengths are unequal; two empty values are equal", "[crypto]") {
  CHECK_FALSE(SecureBytes::fromView("abc") == SecureBytes::fromView("abcd"));
  CHECK(SecureBytes() == SecureBytes(0));
  CHECK(SecureBytes::fromView("abc") == SecureBytes::fromView("abc"));
}

namespace {

// The VmFlags of the mapping that holds `address`, from /proc/self/smaps.
QByteArray vmFlagsAt(const void* address) {
  QFile smaps(QStringLiteral("/proc/self/smaps"));
  if (!smaps.open(QIODevice::ReadOnly))
    return {};
  const auto at = reinterpret_cast<quintptr>(address);
  bool inside = false;
  for (const QByteArray& line : smaps.readAll().split('\n')) {
    const qsizetype dash = line.indexOf('-');
    const qsizetype space = line.indexOf(' ');
    if (dash > 0 && space > dash && !line.left(space).contains(':')) { // "from-to perms ..."
      bool ok1 = false, ok2 = false;
      const quintptr from = line.left(dash).toULongLong(&ok1, 16);
      const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
      inside = ok1 && ok2 && from <= at && at < to;
    } else if (inside && line.startsWith("VmFlags:")) {
      return line;
    }
  }
  return {};
}

} // namespace

TEST_CASE("key bytes are locked in memory and left out of core dumps", "[crypto]") {
  rlimit limit{};
  REQUIRE(getrlimit(RLIMIT_MEMLOCK, &limit) == 0);
  SecureBytes key = SecureBytes::random(32);
  REQUIRE(key.size() == 32);
  const QByteArray flags = vmFlagsAt(key.data());
  INFO(flags.toStdString());
  CHECK(flags.contains(" dd")); // MADV_DONTDUMP
  if (limit.rlim_cur >= 64 * 1024) {
    CHECK(key.isLocked());
#if !defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer answers mlock() itself, without locking ("Sanitizer
    // ignores mlock"): the pages are locked only in a build without it.
    CHECK(flags.contains(" lo")); // VM_LOCKED
#endif
  }
  SecureBytes moved = std::move(key);
  CHECK(moved.isLocked() == (limit.rlim_cur >= 64 * 1024));
  CHECK_FALSE(key.isLocked());
}

TEST_CASE("a locked-memory limit that refuses mlock leaves the bytes working", "[crypto]") {
  rlimit saved{};
  REQUIRE(getrlimit(RLIMIT_MEMLOCK, &saved) == 0);
  rlimit none = saved;
  none.rlim_cur = 0;
  REQUIRE(setrlimit(RLIMIT_MEMLOCK, &none) == 0);
  // Values of a page may get a page given back earlier, still locked; a
  // larger value asks mlock for pages of its own.
  SecureBytes a = SecureBytes::fromView("data key bytes");
  SecureBytes b = SecureBytes::random(32);
  SecureBytes large = SecureBytes::random(3 * 4096);
  REQUIRE(setrlimit(RLIMIT_MEMLOCK, &saved) == 0);
  if (geteuid() != 0) // root may lock whatever the limit says (CAP_IPC_LOCK)
    CHECK_FALSE(large.isLocked());
  CHECK(a.view() == QByteArrayView("data key bytes"));
  CHECK(b.size() == 32);
  CHECK(large.size() == 3 * 4096);
  CHECK(a.clone() == a);
  CHECK(large.clone() == large);
}

TEST_CASE("a page given back is wiped before another value gets it, and stays locked", "[crypto]") {
  SecureBytes secret = SecureBytes::random(48);
  REQUIRE(secret.size() == 48);
  const bool wasLocked = secret.isLocked();
  const unsigned char* page = secret.data();
  secret.clear();
  SecureBytes next(4000);
  if (wasLocked) { // a locked page is kept for the next value of at most a page
    CHECK(next.data() == page);
    CHECK(next.isLocked());
    CHECK(vmFlagsAt(next.data()).contains(" dd"));
  }
  CHECK(next.view() == QByteArrayView(QByteArray(4000, '\0')));
}
