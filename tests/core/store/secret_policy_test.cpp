// SecretPolicy: what each role may choose, and the reason given in words.
#include "core/store/secret_policy.h"

#include <catch2/catch.hpp>

using namespace camie;
using namespace camie::store;

namespace {
QString refusal(const char* secret, OperatorRole role, const char* id = "teller7") {
  auto r = SecretPolicy::checkNew(QString::fromUtf8(secret), role, QString::fromLatin1(id));
  if (r)
    return {};
  CHECK(r.error().code == u"weak_secret");
  return r.error().message;
}
} // namespace

TEST_CASE("a teller chooses a PIN of at least 6 digits or a passphrase of 10", "[store]") {
  CHECK(refusal("480913", OperatorRole::Teller).isEmpty());
  CHECK(refusal("73028461", OperatorRole::Teller).isEmpty());
  CHECK(refusal("mango rice tuk-tuk", OperatorRole::Teller).isEmpty());
  CHECK(refusal("៤៨០៩១៣", OperatorRole::Teller).isEmpty()); // Khmer digits are digits
  CHECK(refusal("48091", OperatorRole::Teller).contains(QStringLiteral("at least 6 digits")));
  CHECK(refusal("short pw", OperatorRole::Teller)
            .contains(QStringLiteral("passphrase of at least 10 characters")));
  CHECK(refusal("", OperatorRole::Teller).contains(QStringLiteral("Type a PIN")));
}

TEST_CASE("a supervisor or technician needs 10 digits or 10 characters", "[store]") {
  for (OperatorRole role : {OperatorRole::Supervisor, OperatorRole::Technician}) {
    CHECK(refusal("480913", role).contains(QStringLiteral("at least 10 digits")));
    CHECK(refusal("mango rice", role).isEmpty());
    CHECK(refusal("mango", role).contains(QStringLiteral("at least 10 characters")));
    CHECK(refusal("4809135726", role).isEmpty());
    CHECK(refusal("\u1782\u17b6\u17c6\u1797\u17c1\u17c7\u1791\u17bc\u1796\u17c4\u17c7\u178e", role)
              .isEmpty()); // a Khmer passphrase (the seat test's)
  }
}

TEST_CASE("repeated, counting and common choices are refused with the reason", "[store]") {
  for (const char* pin : {"111111", "000000", "121212", "123123", "1212121212", "112112"})
    CHECK(refusal(pin, OperatorRole::Teller).contains(QStringLiteral("repeats")));
  for (const char* pin : {"123456", "654321", "890123", "1234567890", "0987654321"})
    CHECK(refusal(pin, OperatorRole::Teller).contains(QStringLiteral("counts up or down")));
  for (const char* pin : {"112233", "123321", "147258", "159753", "246810", "1122334455"})
    CHECK(refusal(pin, OperatorRole::Teller).contains(QStringLiteral("first that anyone")));
  for (const char* phrase : {"password12", "Password123!", "qwertyuiop", "passw0rd2024",
                             "cambodia123", "iloveyou12", "technician1"})
    CHECK(refusal(phrase, OperatorRole::Technician).contains(QStringLiteral("\"password12\"")));
  for (const char* phrase : {"aaaaaaaaaa", "abcabcabcabc", "abcdefghij", "ababababab"})
    CHECK(refusal(phrase, OperatorRole::Technician).contains(QStringLiteral("pattern")));
  // A word among other words is a passphrase, not a common choice.
  CHECK(refusal("my password is rice", OperatorRole::Technician).isEmpty());
}

TEST_CASE("a secret that contains the operator's own id is refused", "[store]") {
  CHECK(
      refusal("teller7", OperatorRole::Teller, "teller7").contains(QStringLiteral("operator ID")));
  CHECK(refusal("Teller7-rice-2026", OperatorRole::Teller, "teller7")
            .contains(QStringLiteral("operator ID")));
  CHECK(refusal("4829160357", OperatorRole::Technician, "4829160357")
            .contains(QStringLiteral("operator ID")));
  // A one-letter id only as the whole secret.
  CHECK(refusal("rice mango tuk", OperatorRole::Teller, "r").isEmpty());
}
