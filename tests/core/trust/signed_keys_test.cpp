// The keys envelope's verifier: only a document signed by a pinned root,
// valid when issued, with a serial that does not go back.
#include "core/trust/signed_keys.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

using camie::trust::SignedKeys;
using namespace camie;

namespace {

QByteArray document(qint64 serial, qint64 issuedAt = 1767225600) {
  test::TestRegistry registry;
  registry.serial = serial;
  QJsonObject doc = QJsonDocument::fromJson(registry.keysJson()).object();
  doc.insert(QStringLiteral("issued_at"), issuedAt);
  return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

QByteArray signedBy(const QByteArray& doc, const QString& kid, const crypto::SecureBytes& key) {
  auto envelope = SignedKeys::sign(doc, kid, key);
  REQUIRE(envelope.ok());
  return *envelope;
}

Error refusal(const QByteArray& body, qint64 storedSerial = 0) {
  auto verified = SignedKeys::verify(body, test::testRoots(), storedSerial, QStringLiteral("x"));
  REQUIRE_FALSE(verified.ok());
  return verified.error();
}

} // namespace

TEST_CASE("a keys document signed by a pinned root is accepted", "[trust]") {
  const QByteArray doc = document(3);
  auto verified =
      SignedKeys::verify(signedBy(doc, test::testRootKid(), test::testRootKey().privateKey),
                         test::testRoots(), 3, QStringLiteral("the registry"));
  REQUIRE(verified.ok());
  CHECK(verified->document == doc);
  CHECK(verified->serial == 3);
  CHECK(verified->rootKid == test::testRootKid());
  CHECK(verified->keys.registry().size() == 1);
}

TEST_CASE("each refusal of a keys document names its reason", "[trust]") {
  const QByteArray doc = document(2);
  auto rogue = crypto::Ed25519::generate();
  REQUIRE(rogue.ok());

  const Error unsigned_ = refusal(doc);
  CHECK(unsigned_.code == QStringLiteral("keys_unsigned"));
  CHECK(unsigned_.message.contains(QStringLiteral("not signed")));

  const Error unknown = refusal(signedBy(doc, QStringLiteral("root-rogue"), rogue->privateKey));
  CHECK(unknown.code == QStringLiteral("keys_unknown_root"));
  CHECK(unknown.message.contains(QStringLiteral("unknown root root-rogue")));

  // Under the pinned kid, but by another key (or altered after signing).
  const Error forged = refusal(signedBy(doc, test::testRootKid(), rogue->privateKey));
  CHECK(forged.code == QStringLiteral("keys_bad_signature"));
  QJsonObject altered =
      QJsonDocument::fromJson(signedBy(doc, test::testRootKid(), test::testRootKey().privateKey))
          .object();
  altered.insert(QStringLiteral("document"), QString::fromLatin1(document(9).toBase64()));
  CHECK(refusal(QJsonDocument(altered).toJson()).code == QStringLiteral("keys_bad_signature"));

  const Error rolledBack =
      refusal(signedBy(doc, test::testRootKid(), test::testRootKey().privateKey), 5);
  CHECK(rolledBack.code == QStringLiteral("keys_rolled_back"));
  CHECK(rolledBack.message.contains(QStringLiteral("serial 2 is lower than 5")));

  // Issued before the root's validity (2024-01-01).
  const Error early = refusal(
      signedBy(document(2, 1600000000), test::testRootKid(), test::testRootKey().privateKey));
  CHECK(early.code == QStringLiteral("keys_root_not_valid"));

  CHECK(refusal("[]").code == QStringLiteral("keys_bad_envelope"));
  CHECK(refusal(R"({"document": "!!", "signatures": []})").code ==
        QStringLiteral("keys_bad_envelope"));
  CHECK(refusal(SignedKeys::envelope(doc, {})).code == QStringLiteral("keys_unsigned"));

  auto none = SignedKeys::verify(signedBy(doc, test::testRootKid(), test::testRootKey().privateKey),
                                 trust::RegistryRoots(), 0, QStringLiteral("x"));
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().code == QStringLiteral("keys_no_roots"));
}

TEST_CASE("a signed document without serial or issued_at is refused", "[trust]") {
  const QByteArray doc = R"({"registry": [], "portal": []})";
  const Error e = refusal(signedBy(doc, test::testRootKid(), test::testRootKey().privateKey));
  CHECK(e.code == QStringLiteral("bad_keys"));
  CHECK(e.message.contains(QStringLiteral("\"serial\"")));
}
