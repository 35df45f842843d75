// KnownPeople: a test kiosk holding three real, encrypted registrations of
// people with known names, phones and ID numbers — SOK Dara (waiting to send),
// CHAN Sopheap (accepted as IE-02-000395) and a third person whose details
// were purged after retention (accepted as IE-12-004711) — for the Records
// search tests. Signed in as technician "tech1" (PIN 4809135726).
#pragma once

#include "core/domain/demo_registrations.h"
#include "core/store/key_vault.h"
#include "core/store/record_store.h"
#include "core/store/reference_data_store.h"
#include "core/store/registration_queue.h"
#include "core/store/retention_purge.h"
#include "support/operators.h"
#include "support/temp_kiosk.h"
#include "support/test_registry.h"

namespace camie::test {

struct KnownPeople {
  TempKiosk kiosk;
  TestRegistry registry;
  refdata::ReferenceSet reference = registry.reference();
  store::OperatorSession session = firstTechnician(kiosk);
  QString sok; // SOK Dara, សុខ ដារា, 012 345 678, ID 123456789, sealed
  QString chan; // CHAN Sopheap, ចាន់ សុភាព, 097 123 4567, ID 223344556, IE-02-000395
  QString purged; // PRUM Vuthy, ព្រំ វុទ្ធី, 088 765 4321, ID 334455667, IE-12-004711, purged

  // `startMs`: when the first of them registered (the purged one; the
  // others eight days later). The end-to-end test starts them nine days ago,
  // as the kiosk's own start purges by the system clock.
  explicit KnownPeople(qint64 startMs = kTestEpochMs) {
    kiosk.clock.setMs(startMs);
    // The store service reads its reference documents from the database.
    store::ReferenceDataStore refdata(*kiosk.db);
    REQUIRE(refdata.put({QStringLiteral("keys"), {}, registry.keysJson(), 0}, QStringLiteral("t"))
                .ok());
    REQUIRE(refdata.put({QStringLiteral("gazetteer"), {}, gazetteerJson(), 0}, QStringLiteral("t"))
                .ok());
    purged = add("PRUM Vuthy", "ព្រំ វុទ្ធី", "088 765 4321", "334455667");
    accept(purged, "IE-12-004711");
    kiosk.clock.advanceMs(8LL * 24 * 3600 * 1000); // past retention: the next purge takes it
    REQUIRE(store::purgeExpiredRecords(*kiosk.db, kiosk.clock, 7).ok());
    chan = add("CHAN Sopheap", "ចាន់ សុភាព", "097 123 4567", "223344556");
    accept(chan, "IE-02-000395");
    kiosk.clock.advanceMs(60'000);
    sok = add("SOK Dara", "សុខ ដារា", "012 345 678", "123456789");
  }

  // Valid answers for the default form, with these name, phone and ID number.
  QJsonObject answers(const char* latin, const char* khmer, const char* phone,
                      const char* idNumber) const {
    domain::DemoRegistrations demo(*reference.gazetteer, kiosk.clock.now().date(), 3);
    QJsonObject answers = demo.next().answers;
    answers.insert(QStringLiteral("name_en"), QString::fromUtf8(latin));
    answers.insert(QStringLiteral("name_km"), QString::fromUtf8(khmer));
    answers.insert(QStringLiteral("phone"), QString::fromUtf8(phone));
    answers.insert(QStringLiteral("id_type"), QStringLiteral("national_id"));
    answers.insert(QStringLiteral("id_number"), QString::fromUtf8(idNumber));
    answers.insert(QStringLiteral("village_code"), QStringLiteral("02010102")); // Tuol Thnong
    return answers;
  }

  // `card`: how the answers compared with the person's ID card, as the
  // record keeps it (a supervisor's confirmation is taken as given).
  QString add(const char* latin, const char* khmer, const char* phone, const char* idNumber,
              const std::optional<domain::CardCheck>& card = {}) {
    store::RegistrationQueue queue(*kiosk.db, kiosk.clock, QStringLiteral("kiosk-test"), 7);
    auto outcome = queue.finalise(session, reference, answers(latin, khmer, phone, idNumber),
                                  std::nullopt, {}, {}, card);
    REQUIRE(outcome.ok());
    INFO((outcome->errors.isEmpty() ? QString() : outcome->errors.first().field).toStdString());
    REQUIRE(outcome->ok());
    kiosk.clock.advanceMs(1000);
    return outcome->recordId;
  }

  void accept(const QString& id, const char* number) {
    store::RecordStore records(*kiosk.db, kiosk.clock, 7);
    REQUIRE(records
                .leaseBatch(QStringLiteral("b-") + id, {id}, kiosk.clock.nowMs() + 1000,
                            QStringLiteral("device"))
                .ok());
    REQUIRE(records
                .finishSending(id, store::RecordStatus::Accepted, QString::fromLatin1(number), {},
                               std::nullopt, QStringLiteral("device"),
                               QStringLiteral(R"({"kid":"root-test","sig":"c2ln"})"))
                .ok());
  }
};

} // namespace camie::test
