// Drafts of unfinished registrations (issue 13): kept encrypted under the
// data key, offered back only to their own operator, deleted on discard,
// expired and deleted by the retention purge; and the store service answers
// every draft call.
#include "core/crypto/hpke.h"
#include "core/domain/demo_registrations.h"
#include "core/store/audit_log.h"
#include "core/store/key_vault.h"
#include "core/store/kiosk_store_service.h"
#include "core/store/record_reader.h"
#include "core/store/registration_queue.h"
#include "core/store/retention_purge.h"
#include "core/store/sqlite_database.h"
#include "core/util/uuid7.h"
#include "support/disk_bytes.h"
#include "support/operators.h"
#include "support/signal_wait.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QTimer>

using namespace camie;
using namespace camie::store;

namespace {

constexpr qint64 kHourMs = 60LL * 60 * 1000;
const QString kName = QStringLiteral("Sokunthea Draftperson");

struct DraftFixture {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  refdata::ReferenceSet reference = registry.reference();
  OperatorSession tech = signIn(QStringLiteral("tech1"), test::kTechPin, true);
  OperatorSession teller = addAndSignIn(QStringLiteral("teller1"), test::kTellerPin);
  OperatorSession other = addAndSignIn(QStringLiteral("teller2"), QStringLiteral("593017"));
  RegistrationQueue queue{*kiosk.db, kiosk.clock, QStringLiteral("kiosk-test"), 7};

  OperatorSession signIn(const QString& id, const QString& pin, bool first = false) {
    KeyVault vault(*kiosk.db, kiosk.clock, test::cheapScrypt());
    auto s = first ? vault.initialise(id, pin) : vault.signIn(id, pin);
    REQUIRE(s.ok());
    return std::move(*s);
  }
  OperatorSession addAndSignIn(const QString& id, const QString& pin) {
    KeyVault vault(*kiosk.db, kiosk.clock, test::cheapScrypt());
    test::addOperator(vault, tech, id, OperatorRole::Teller, pin);
    return signIn(id, pin);
  }
  QJsonObject partial() const {
    return {{QStringLiteral("category"), QStringLiteral("seasonal_worker")},
            {QStringLiteral("name_en"), kName}};
  }
  QString save(const OperatorSession& who, const QJsonObject& answers, const QString& id = {}) {
    auto saved = queue.saveDraft(who, reference.form, answers, id, 24 * kHourMs);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    return *saved;
  }
  qint64 drafts() {
    return test::countWhere(*kiosk.db, "SELECT count(*) FROM records WHERE status = 'draft'");
  }
};

} // namespace

TEST_CASE("a draft is kept encrypted and its own operator gets it back with the answers",
          "[store][drafts]") {
  DraftFixture f;
  const QString id = Uuid7::generate(f.kiosk.clock.nowMs()); // the form picks the id
  CHECK(f.save(f.teller, f.partial(), id) == id);
  f.kiosk.clock.advanceMs(60'000);
  QJsonObject more = f.partial();
  more.insert(QStringLiteral("sex"), QStringLiteral("female"));
  CHECK(f.save(f.teller, more, id) == id); // the same draft, saved again
  CHECK(f.drafts() == 1);

  auto found = f.queue.latestDraft(f.teller);
  REQUIRE(found.ok());
  REQUIRE_FALSE(found->isEmpty());
  CHECK(found->id == id);
  CHECK(found->operatorId == QStringLiteral("teller1"));
  CHECK(found->savedAtMs == f.kiosk.clock.nowMs());
  CHECK(found->expiresAtMs == f.kiosk.clock.nowMs() + 24 * kHourMs);
  CHECK(found->answers == more);

  // No answer in clear on disk.
  const QByteArray disk = test::databaseFileBytes(f.kiosk.path());
  CHECK_FALSE(disk.contains(kName.toUtf8()));
  CHECK_FALSE(disk.contains("seasonal_worker"));
}

TEST_CASE("another operator is not offered a draft and cannot save over or delete it",
          "[store][drafts]") {
  DraftFixture f;
  const QString id = f.save(f.teller, f.partial());
  auto theirs = f.queue.latestDraft(f.other);
  REQUIRE(theirs.ok());
  CHECK(theirs->isEmpty());
  auto overwrite = f.queue.saveDraft(f.other, f.reference.form, {}, id, kHourMs);
  REQUIRE_FALSE(overwrite.ok());
  CHECK(overwrite.error().code == QStringLiteral("not_yours"));
  auto discard = f.queue.discardDraft(f.other, id);
  REQUIRE_FALSE(discard.ok());
  CHECK(discard.error().code == QStringLiteral("not_yours"));
  CHECK(f.queue.latestDraft(f.teller)->answers == f.partial());
}

TEST_CASE("discarding a draft deletes it with its answers and audits it", "[store][drafts]") {
  DraftFixture f;
  const QString id = f.save(f.teller, f.partial());
  REQUIRE(f.queue.discardDraft(f.teller, id).ok());
  CHECK(f.drafts() == 0);
  CHECK(f.queue.latestDraft(f.teller)->isEmpty());
  auto latest = AuditLog(*f.kiosk.db).latest(1);
  REQUIRE(latest.ok());
  CHECK(latest->first().action == QStringLiteral("record.discarded"));
  CHECK(latest->first().actor == QStringLiteral("teller1"));
  CHECK(f.queue.discardDraft(f.teller, id).error().code == QStringLiteral("no_such_record"));
  auto counts = RecordReader(*f.kiosk.db).countByStatus();
  CHECK(counts->value(RecordStatus::Draft) == 0);
}

TEST_CASE("a draft expires after its time and the retention purge deletes it", "[store][drafts]") {
  DraftFixture f;
  const QString old = f.save(f.teller, f.partial());
  f.kiosk.clock.advanceMs(20 * kHourMs);
  const QString fresh = f.save(f.other, f.partial());

  auto kept = purgeExpiredRecords(*f.kiosk.db, f.kiosk.clock, 7);
  REQUIRE(kept.ok());
  CHECK(kept->draftsExpired == 0);
  CHECK(f.drafts() == 2);

  f.kiosk.clock.advanceMs(4 * kHourMs + 1);        // 24 h after the teller's last save
  CHECK(f.queue.latestDraft(f.teller)->isEmpty()); // not offered, even before the purge
  const QList<QByteArray> blobs = test::recordCiphertexts(*f.kiosk.db);
  auto purged = purgeExpiredRecords(*f.kiosk.db, f.kiosk.clock, 7);
  REQUIRE(purged.ok());
  CHECK(purged->draftsExpired == 1);
  CHECK(f.drafts() == 1);
  CHECK_FALSE(RecordReader(*f.kiosk.db).find(old)->has_value());
  CHECK(f.queue.latestDraft(f.other)->id == fresh);
  // The expired draft's ciphertext is gone from the file and its WAL.
  const QByteArray disk = test::databaseFileBytes(f.kiosk.path());
  const QList<QByteArray> left = test::recordCiphertexts(*f.kiosk.db);
  for (const QByteArray& blob : blobs) {
    if (!left.contains(blob))
      CHECK_FALSE(disk.contains(blob));
  }
}

TEST_CASE("a draft is finalised under its id; a draft id never saved starts a new record",
          "[store][drafts]") {
  DraftFixture f;
  domain::DemoRegistrations demo(*f.reference.gazetteer, f.kiosk.clock.now().date(), 3);
  const QJsonObject answers = demo.next().answers;
  const QString id = f.save(f.teller, f.partial());
  auto outcome = f.queue.finalise(f.teller, f.reference, answers, std::nullopt, id);
  REQUIRE(outcome.ok());
  REQUIRE(outcome->ok());
  CHECK(outcome->recordId == id);
  auto meta = RecordReader(*f.kiosk.db).find(id);
  CHECK((*meta)->status == RecordStatus::Sealed);
  CHECK_FALSE((*meta)->purgeAfter.has_value()); // a record no longer expires as a draft
  CHECK(f.queue.latestDraft(f.teller)->isEmpty());

  const QString unsaved = Uuid7::generate(f.kiosk.clock.nowMs());
  auto fresh = f.queue.finalise(f.teller, f.reference, demo.next().answers, std::nullopt, unsaved);
  REQUIRE(fresh.ok());
  REQUIRE(fresh->ok());
  CHECK(fresh->recordId == unsaved);
}

TEST_CASE("the store service answers every draft call, signed in or not", "[store][drafts]") {
  DraftFixture f;
  auto clock = std::make_shared<FakeClock>(f.kiosk.clock.nowMs());
  KioskStoreService service(
      {f.kiosk.path(), QStringLiteral("kiosk-test"), 7, clock, /*draftExpiryHours=*/2});
  QString failure;
  QObject::connect(&service.registration(), &RegistrationService::draftFailed,
                   [&](const QString& code, const QString&) { failure = code; });
  service.start();
  REQUIRE(test::waitForSignal(&service, &KioskStoreService::ready));

  service.registration().findDraft(); // nobody signed in: an answer in words
  REQUIRE(test::waitForSignal(&service.registration(), &RegistrationService::draftFailed));
  CHECK(failure == QStringLiteral("signed_out"));

  service.session().signIn(QStringLiteral("teller1"), test::kTellerPin);
  REQUIRE(test::waitForSignal(&service.session(), &SessionService::signedIn));
  QString savedId;
  QObject::connect(&service.registration(), &RegistrationService::draftSaved,
                   [&](const QString& id, qint64) { savedId = id; });
  const QString id = Uuid7::generate(clock->nowMs());
  auto recipient = crypto::X25519KeyPair::generate();
  REQUIRE(recipient.ok());
  REQUIRE(crypto::Hpke::seal(crypto::HpkeSuite{crypto::HpkeAead::Aes128Gcm}, recipient->publicKey,
                             "info", {}, "x")
              .ok()); // takes any spare ephemeral key made before
  service.registration().saveDraft(f.partial(), id);
  REQUIRE(test::waitForSignal(&service.registration(), &RegistrationService::draftSaved));
  CHECK(savedId == id);
  // The finalise's ephemeral key is made while the teller goes on typing.
  CHECK_FALSE(crypto::Hpke::makeSpareEphemeral().value()); // already there

  SavedDraft found;
  QObject::connect(&service.registration(), &RegistrationService::draftFound,
                   [&](const SavedDraft& d) { found = d; });
  service.registration().findDraft();
  REQUIRE(test::waitForSignal(&service.registration(), &RegistrationService::draftFound));
  CHECK(found.id == id);
  CHECK(found.answers == f.partial());
  CHECK(found.expiresAtMs == clock->nowMs() + 2 * kHourMs); // the configured expiry

  service.session().signOut();
  REQUIRE(test::waitForSignal(&service.session(), &SessionService::signedOut));
  service.session().signIn(QStringLiteral("teller2"), QStringLiteral("593017"));
  REQUIRE(test::waitForSignal(&service.session(), &SessionService::signedIn));
  service.registration().findDraft();
  REQUIRE(test::waitForSignal(&service.registration(), &RegistrationService::draftFound));
  CHECK(found.isEmpty()); // teller1's draft is not offered to teller2
  service.registration().discardDraft(id);
  REQUIRE(test::waitForSignal(&service.registration(), &RegistrationService::draftFailed));
  CHECK(failure == QStringLiteral("not_yours"));
}
