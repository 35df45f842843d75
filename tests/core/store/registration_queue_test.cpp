#include "core/crypto/hpke.h"
#include "core/domain/demo_registrations.h"
#include "core/store/audit_log.h"
#include "core/store/key_vault.h"
#include "core/store/record_reader.h"
#include "core/store/record_store.h"
#include "core/store/registration_queue.h"
#include "core/util/uuid7.h"
#include "support/operators.h"
#include "support/temp_kiosk.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

using namespace camie;
using namespace camie::store;

namespace {

struct QueueFixture {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  refdata::ReferenceSet reference = registry.reference();
  OperatorSession session = test::firstTechnician(kiosk);
  RegistrationQueue queue{*kiosk.db, kiosk.clock, QStringLiteral("kiosk-test"), 7};
  domain::DemoRegistrations demo{*reference.gazetteer, kiosk.clock.now().date(), 42};

  QString finaliseOne() {
    auto outcome = queue.finalise(session, reference, demo.next().answers);
    REQUIRE(outcome.ok());
    INFO((outcome->errors.isEmpty() ? QString() : outcome->errors.first().code).toStdString());
    REQUIRE(outcome->ok());
    return outcome->recordId;
  }
  qint64 count(const char* sql) { return kiosk.db->queryInt(sql).value(); }
};

} // namespace

TEST_CASE("a finalised registration is sealed so that only the registry can open it", "[store]") {
  QueueFixture f;
  auto answers = f.demo.next().answers;
  answers.insert(QStringLiteral("phone"), QStringLiteral("012 345 678"));
  auto outcome = f.queue.finalise(f.session, f.reference, answers);
  REQUIRE(outcome.ok());
  REQUIRE(outcome->ok());
  const QString id = outcome->recordId;
  CHECK(Uuid7::isValid(id));

  auto sealed = RecordReader(*f.kiosk.db).sealedCopy(id);
  REQUIRE(sealed.ok());
  REQUIRE(sealed->has_value());
  CHECK((*sealed)->keyId == f.registry.kid);
  auto suite = crypto::HpkeSuite::fromName((*sealed)->suite);
  const QByteArray info = QStringLiteral("camie/v1 %1 1 %2").arg(id, f.registry.kid).toUtf8();
  auto opened = crypto::Hpke::open(*suite, f.registry.key.privateKey, (*sealed)->enc, info, {},
                                   (*sealed)->ciphertext);
  REQUIRE(opened.ok());
  auto record = domain::RegistrationRecord::fromJson(*opened);
  REQUIRE(record.ok());
  CHECK(record->id == id);
  CHECK(record->formId == QStringLiteral("ie-registration"));
  CHECK(record->operatorId == QStringLiteral("tech1"));
  CHECK(record->deviceId == QStringLiteral("kiosk-test"));
  CHECK(record->answers.value(QStringLiteral("phone")).toString() ==
        QStringLiteral("+85512345678"));

  auto meta = RecordReader(*f.kiosk.db).find(id);
  CHECK((*meta)->status == RecordStatus::Sealed);
  CHECK((*meta)->capturedAt == f.kiosk.clock.nowMs());
}

TEST_CASE("invalid answers come back per field and nothing is stored", "[store]") {
  QueueFixture f;
  const qint64 audit = f.count("SELECT count(*) FROM audit");
  auto answers = f.demo.next().answers;
  answers.insert(QStringLiteral("id_number"), QStringLiteral("12345"));
  answers.remove(QStringLiteral("consent"));
  auto outcome = f.queue.finalise(f.session, f.reference, answers);
  REQUIRE(outcome.ok());
  REQUIRE_FALSE(outcome->ok());
  QStringList fields;
  for (const auto& e : outcome->errors)
    fields << e.field;
  CHECK(fields.contains(QStringLiteral("id_number")));
  CHECK(fields.contains(QStringLiteral("consent")));
  CHECK(f.count("SELECT count(*) FROM records") == 0);
  CHECK(f.count("SELECT count(*) FROM audit") == audit);
}

TEST_CASE("without a registry key finalising is refused with a clear error", "[store]") {
  QueueFixture f;
  f.reference.keys.reset();
  auto outcome = f.queue.finalise(f.session, f.reference, f.demo.next().answers);
  REQUIRE_FALSE(outcome.ok());
  CHECK(outcome.error().code == QStringLiteral("no_registry_key"));
  CHECK(outcome.error().message.contains(QStringLiteral("registry key")));
  CHECK(f.count("SELECT count(*) FROM records") == 0);
}

TEST_CASE("the local copy opens with the data key and gives back the answers", "[store]") {
  QueueFixture f;
  const auto person = f.demo.next();
  auto outcome = f.queue.finalise(f.session, f.reference, person.answers);
  REQUIRE(outcome.ok());
  auto record = f.queue.openLocalCopy(f.session, outcome->recordId);
  REQUIRE(record.ok());
  CHECK(record->answers.value(QStringLiteral("name_en")) ==
        person.answers.value(QStringLiteral("name_en")));
  CHECK(record->answers.value(QStringLiteral("id_number")) ==
        person.answers.value(QStringLiteral("id_number")));
}

TEST_CASE("a ciphertext swapped between rows, a flipped byte or a changed revision is refused",
          "[store]") {
  QueueFixture f;
  const QString a = f.finaliseOne();
  const QString b = f.finaliseOne();
  const QString c = f.finaliseOne();
  const QString d = f.finaliseOne();

  SECTION("swapped between two rows") {
    auto read = f.kiosk.db->prepare("SELECT local_copy FROM records WHERE id = ?");
    auto write = f.kiosk.db->prepare("UPDATE records SET local_copy = ? WHERE id = ?");
    QByteArray blobs[2];
    QStringList pair = {a, b, c, d};
    pair.sort();
    for (int i = 0; i < 2; ++i) {
      read->bind(1, pair.at(i));
      REQUIRE(read->step().value());
      blobs[i] = read->blob(0);
      read->reset();
    }
    for (int i = 0; i < 2; ++i) {
      write->bind(1, blobs[1 - i]).bind(2, pair.at(i));
      REQUIRE(write->run().ok());
    }
    QStringList sorted = {a, b, c, d};
    sorted.sort();
    for (int i = 0; i < 2; ++i) {
      auto opened = f.queue.openLocalCopy(f.session, sorted.at(i));
      REQUIRE_FALSE(opened.ok());
      CHECK(opened.error().code == QStringLiteral("tampered"));
    }
    CHECK(f.queue.openLocalCopy(f.session, sorted.at(2)).ok());
    CHECK(f.queue.openLocalCopy(f.session, sorted.at(3)).ok());
  }
  SECTION("a flipped byte") {
    auto stmt = f.kiosk.db->prepare("SELECT local_copy FROM records WHERE id = ?");
    stmt->bind(1, b);
    REQUIRE(stmt->step().value());
    QByteArray blob = stmt->blob(0);
    blob[blob.size() / 2] = static_cast<char>(blob[blob.size() / 2] ^ 0x01);
    auto upd = f.kiosk.db->prepare("UPDATE records SET local_copy = ? WHERE id = ?");
    upd->bind(1, blob).bind(2, b);
    REQUIRE(upd->run().ok());
    auto opened = f.queue.openLocalCopy(f.session, b);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("tampered"));
    CHECK(opened.error().message.contains(b));
    CHECK(f.queue.openLocalCopy(f.session, a).ok());
  }
  SECTION("a changed revision") {
    auto upd = f.kiosk.db->prepare("UPDATE records SET revision = 2 WHERE id = ?");
    upd->bind(1, c);
    REQUIRE(upd->run().ok());
    auto opened = f.queue.openLocalCopy(f.session, c);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("tampered"));
    CHECK(f.queue.openLocalCopy(f.session, d).ok());
  }
}

TEST_CASE("a draft is saved encrypted and finalised later under the same id", "[store]") {
  QueueFixture f;
  auto answers = f.demo.next().answers;
  QJsonObject partial{{QStringLiteral("category"), answers.value(QStringLiteral("category"))}};
  auto draft = f.queue.saveDraft(f.session, f.reference.form, partial);
  REQUIRE(draft.ok());
  CHECK(RecordReader(*f.kiosk.db).find(*draft).value()->status == RecordStatus::Draft);
  REQUIRE(f.queue.saveDraft(f.session, f.reference.form, answers, *draft).ok());
  auto outcome = f.queue.finalise(f.session, f.reference, answers, std::nullopt, *draft);
  REQUIRE(outcome.ok());
  REQUIRE(outcome->ok());
  CHECK(outcome->recordId == *draft);
  CHECK(RecordReader(*f.kiosk.db).find(*draft).value()->status == RecordStatus::Sealed);
}

TEST_CASE("a supervisor reopens a rejected registration as a new revision; a teller cannot",
          "[store]") {
  QueueFixture f;
  const QString id = f.finaliseOne();
  RecordStore records(*f.kiosk.db, f.kiosk.clock, 7);
  REQUIRE(records
              .leaseBatch(QStringLiteral("b1"), {id}, f.kiosk.clock.nowMs() + 1000,
                          QStringLiteral("device"))
              .ok());
  REQUIRE(records
              .finishSending(id, RecordStatus::Rejected, {},
                             QStringLiteral(R"([{"field":"phone","code":"invalid"}])"),
                             std::nullopt, QStringLiteral("device"))
              .ok());
  OperatorSession teller{QStringLiteral("t1"), OperatorRole::Teller, f.session.dataKey.clone()};
  CHECK(f.queue.reopen(teller, id).error().code == QStringLiteral("not_allowed"));
  REQUIRE(f.queue.reopen(f.session, id).ok());
  auto record = f.queue.openLocalCopy(f.session, id);
  REQUIRE(record.ok());
  CHECK(record->revision == 2);
  CHECK(RecordReader(*f.kiosk.db).find(id).value()->status == RecordStatus::Draft);
}

TEST_CASE("with storage full, finalising fails clearly and works again once space is freed",
          "[store]") {
  QueueFixture f;
  QStringList stored;
  for (int i = 0; i < 3; ++i)
    stored << f.finaliseOne();
  const qint64 pages = f.count("PRAGMA page_count");
  const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(pages);
  REQUIRE(f.kiosk.db->exec(limit.constData()).ok());

  Result<FinaliseOutcome> outcome = FinaliseOutcome{};
  for (int i = 0; i < 50 && outcome.ok(); ++i) {
    outcome = f.queue.finalise(f.session, f.reference, f.demo.next().answers);
    if (outcome.ok())
      stored << outcome->recordId;
  }
  REQUIRE_FALSE(outcome.ok());
  CHECK(outcome.error().code == QStringLiteral("storage_full"));
  for (const QString& id : stored)
    CHECK(f.queue.openLocalCopy(f.session, id).ok());
  auto integrity = f.kiosk.db->prepare("PRAGMA integrity_check");
  REQUIRE(integrity->step().value());
  CHECK(integrity->text(0) == QStringLiteral("ok"));
  CHECK(AuditLog(*f.kiosk.db).verify().value().ok());

  REQUIRE(f.kiosk.db->exec("PRAGMA max_page_count = 1073741823").ok());
  CHECK_FALSE(f.finaliseOne().isEmpty());
}
