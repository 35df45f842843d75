#include "core/util/result.h"

#include <catch2/catch.hpp>

using camie::Error;
using camie::ErrorKind;
using camie::makeError;
using camie::Result;

namespace {
Result<int> parsePositive(int v) {
  if (v <= 0)
    return makeError(QStringLiteral("not_positive"), QStringLiteral("%1 is not positive").arg(v));
  return v;
}
} // namespace

TEST_CASE("a Result holds either the value or the error that explains its absence") {
  const auto good = parsePositive(3);
  REQUIRE(good.ok());
  CHECK(*good == 3);

  const auto bad = parsePositive(-2);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == QStringLiteral("not_positive"));
  CHECK(bad.error().message == QStringLiteral("-2 is not positive"));
}

TEST_CASE("Result<void> is success unless it carries an error") {
  const Result<void> fine;
  CHECK(fine.ok());
  const Result<void> failed = Error{QStringLiteral("x"), QStringLiteral("went wrong")};
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().message == QStringLiteral("went wrong"));
}

TEST_CASE(
    "an error's kind is what callers compare; its code stays the word logs and screens show") {
  // Made from a code: the kind follows it, families included.
  CHECK(makeError(QStringLiteral("duplicate_id"), {}).kind == ErrorKind::DuplicateId);
  CHECK(makeError(QStringLiteral("storage_full"), {}).kind == ErrorKind::StorageFull);
  CHECK(makeError(QStringLiteral("storage_io"), {}).kind == ErrorKind::Storage);
  CHECK(makeError(QStringLiteral("tls_pin_mismatch"), {}).kind == ErrorKind::Tls);
  CHECK(makeError(QStringLiteral("keys_expired"), {}).kind == ErrorKind::BadKeys);
  CHECK(makeError(QStringLiteral("bad_keys"), {}).kind == ErrorKind::BadKeys);
  CHECK(makeError(QStringLiteral("not_positive"), {}).kind == ErrorKind::Other);
  CHECK(makeError(QString(), {}).kind == ErrorKind::Other);
  // Made from a kind: the same code as before.
  const Error e = makeError(ErrorKind::TpmForeignKey, QStringLiteral("bound elsewhere"));
  CHECK(e.code == QStringLiteral("tpm_foreign_key"));
  CHECK(e.message == QStringLiteral("bound elsewhere"));
  CHECK(e == makeError(QStringLiteral("tpm_foreign_key"), QStringLiteral("bound elsewhere")));
  // Every kind with one code goes there and back.
  for (int k = static_cast<int>(ErrorKind::Other) + 1; k <= static_cast<int>(ErrorKind::Busy);
       ++k) {
    const auto kind = static_cast<ErrorKind>(k);
    if (kind == ErrorKind::Storage || kind == ErrorKind::Tls)
      continue;
    INFO(k);
    CHECK(camie::errorKindOf(camie::codeOf(kind)) == kind);
  }
  CHECK(camie::isStorage(ErrorKind::StorageBusy));
  CHECK_FALSE(camie::isStorage(ErrorKind::Busy));
}
