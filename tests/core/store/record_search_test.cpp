// The Records search on a real kiosk database with real encrypted records:
// part of a name in either script and any case, part of a phone or ID
// number (Khmer digits too), a receipt code whole or begun, part of a
// registry number. Personal details come from the local copy opened with the
// operator's key, in memory only; purged records match by their receipt.
#include "core/domain/receipt_code.h"
#include "core/store/record_search.h"
#include "support/disk_bytes.h"
#include "support/known_people.h"

#include <catch2/catch.hpp>

using namespace camie;
using namespace camie::store;

namespace {

// The ids found for `typed`, newest first.
QStringList idsFound(test::KnownPeople& k, const QString& typed, bool signedIn = true) {
  auto found = RecordSearch(*k.kiosk.db, signedIn ? &k.session : nullptr).find(typed, 100);
  REQUIRE(found.ok());
  QStringList ids;
  for (const RecordSummary& r : *found)
    ids << r.id;
  return ids;
}

} // namespace

TEST_CASE("the records search finds a person by part of either name, in any case", "[store]") {
  test::KnownPeople k;
  for (const char* typed : {"SOK", "sok", "Sok Da", "dara", " SOK  Dara ", "សុខ", "ដារា", "សុខ ដា"}) {
    INFO(typed);
    CHECK(idsFound(k, QString::fromUtf8(typed)) == QStringList{k.sok});
  }
  CHECK(idsFound(k, QStringLiteral("sopheap")) == QStringList{k.chan});
  CHECK(idsFound(k, QStringLiteral("ចាន់")) == QStringList{k.chan});
  CHECK(idsFound(k, QStringLiteral("Kanha")).isEmpty());
  // Nothing typed: every record, newest first.
  CHECK(idsFound(k, {}) == QStringList{k.sok, k.chan, k.purged});
}

TEST_CASE("the records search finds a person by part of the phone, in Khmer digits too",
          "[store]") {
  test::KnownPeople k;
  for (const char* typed :
       {"012 345 678", "012345678", "345 678", "+85512345", "០១២ ៣៤៥", "៣៤៥៦៧៨"}) {
    INFO(typed);
    CHECK(idsFound(k, QString::fromUtf8(typed)) == QStringList{k.sok});
  }
  CHECK(idsFound(k, QStringLiteral("097 123")) == QStringList{k.chan});
}

TEST_CASE("the records search finds a person by the ID number or a part of it", "[store]") {
  test::KnownPeople k;
  CHECK(idsFound(k, QStringLiteral("123456789")) == QStringList{k.sok});
  CHECK(idsFound(k, QStringLiteral("223 344")) == QStringList{k.chan});
  CHECK(idsFound(k, QString::fromUtf8("២២៣៣៤៤៥៥៦")) == QStringList{k.chan});
}

TEST_CASE("the records search finds a record by its receipt code, whole or begun", "[store]") {
  test::KnownPeople k;
  const QString code = domain::ReceiptCode::forRecordId(k.sok);
  CHECK(idsFound(k, code) == QStringList{k.sok});
  CHECK(idsFound(k, code.toLower().remove(u'-')) == QStringList{k.sok});
  CHECK(idsFound(k, code.left(6)).contains(k.sok));
  // Read out with a letter O for a zero, or typed with spaces.
  const QString spaced = code.left(5) + QStringLiteral(" ") + code.mid(6);
  CHECK(idsFound(k, spaced) == QStringList{k.sok});
  // A purged record keeps its receipt code.
  CHECK(idsFound(k, domain::ReceiptCode::forRecordId(k.purged)) == QStringList{k.purged});
}

TEST_CASE("the records search finds a record by part of its registry number", "[store]") {
  test::KnownPeople k;
  CHECK(idsFound(k, QStringLiteral("395")) == QStringList{k.chan});
  CHECK(idsFound(k, QStringLiteral("ie-02-000395")) == QStringList{k.chan});
  CHECK(idsFound(k, QString::fromUtf8("៣៩៥")) == QStringList{k.chan});
  CHECK(idsFound(k, QStringLiteral("00")) == QStringList{k.chan, k.purged});
}

TEST_CASE("a purged record shows that its details left the kiosk and is found only by its receipt",
          "[store]") {
  test::KnownPeople k;
  CHECK(idsFound(k, QStringLiteral("Vuthy")).isEmpty());
  CHECK(idsFound(k, QStringLiteral("088 765")).isEmpty());
  auto found = RecordSearch(*k.kiosk.db, &k.session).find(QStringLiteral("4711"), 100);
  REQUIRE(found.ok());
  REQUIRE(found->size() == 1);
  const RecordSummary& r = found->first();
  CHECK(r.id == k.purged);
  CHECK(r.purged);
  CHECK_FALSE(r.detailsOpen);
  CHECK(r.nameEn.isEmpty());
  CHECK(r.status == RecordStatus::Accepted);
  CHECK(r.registryNumber == QStringLiteral("IE-12-004711"));
}

TEST_CASE("without an operator's key only receipts are searched and no name is shown", "[store]") {
  test::KnownPeople k;
  CHECK(idsFound(k, QStringLiteral("SOK"), false).isEmpty());
  CHECK(idsFound(k, QStringLiteral("395"), false) == QStringList{k.chan});
  auto found = RecordSearch(*k.kiosk.db, nullptr).find({}, 100);
  REQUIRE(found.ok());
  REQUIRE(found->size() == 3);
  for (const RecordSummary& r : *found) {
    CHECK_FALSE(r.detailsOpen);
    CHECK(r.nameKm.isEmpty());
  }
}

TEST_CASE("a record opens with its answers, typed, and the search writes nothing decrypted",
          "[store]") {
  test::KnownPeople k;
  auto opened = RecordSearch(*k.kiosk.db, &k.session).open(k.sok);
  REQUIRE(opened.ok());
  CHECK(opened->detailsOpen);
  CHECK(opened->nameEn == QStringLiteral("SOK Dara"));
  CHECK(opened->nameKm == QString::fromUtf8("សុខ ដារា"));
  CHECK(opened->phone == QStringLiteral("+85512345678"));
  CHECK(opened->idType == QStringLiteral("national_id"));
  CHECK(opened->idNumber == QStringLiteral("123456789"));
  CHECK(opened->villageCode == QStringLiteral("02010102"));
  CHECK(opened->receiptCode == domain::ReceiptCode::forRecordId(k.sok));
  CHECK(opened->status == RecordStatus::Sealed);
  (void)idsFound(k, QStringLiteral("sok"));
  const QByteArray after = test::databaseFileBytes(k.kiosk.path());
  for (const char* personal : {"SOK Dara", "CHAN Sopheap", "223344556", "85512345678"}) {
    INFO(personal);
    CHECK_FALSE(after.contains(personal));
  }

  auto missing = RecordSearch(*k.kiosk.db, &k.session).open(QStringLiteral("no-such-id"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == QStringLiteral("no_such_record"));
}
