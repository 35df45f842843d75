// Importing a USB bundle (BundleTransfer::importFrom, as camie-kioskctl import
// and the technician screen do) on real SQLite files, with bundles signed by
// the product's own writer under test certificates: a bundle never overwrites
// or brings back a record this kiosk made; a record imported before is
// replaced only by a later revision that its own kiosk signed; a kiosk
// carries only its own records unless it is a relay; nothing of the payload is
// believed before the signer is; an oversized file is refused unread.
#include "app/transfer/bundle_transfer.h"
#include "core/bundle/bundle_writer.h"
#include "core/store/bundle_queue.h"
#include "support/filled_queue.h"
#include "support/test_pki.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <optional>

using namespace camie;
using camie::test::TestPki;

namespace {

const QString kActor = QStringLiteral("tech1");

QByteArray readAll(const QString& path) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::ReadOnly));
  return f.readAll();
}

// One kiosk: its database, its enrolled certificate (serialNumber = its id),
// and its configuration trusting the deployment's CA.
struct Kiosk {
  QString deviceId;
  test::TempKiosk k;
  TestPki::Pair cert;
  app::KioskConfig config;

  Kiosk(TestPki& pki, const QString& id, int ownRecords = 0) : deviceId(id) {
    TestPki::Subject subject;
    subject.deviceId = id;
    cert = pki.issueClient(id, subject);
    config.deviceId = id;
    config.sync.certFile = cert.cert;
    config.sync.keyFile = cert.key;
    config.bundleTrustedCa = pki.caCert();
    if (ownRecords > 0) {
      test::TestRegistry registry;
      test::fillQueue(k, registry, ownRecords);
    }
    // The test certificates are valid from yesterday: bundles are made now.
    k.clock.setMs(QDateTime::currentMSecsSinceEpoch());
  }

  app::BundleTransfer transfer() const {
    return app::BundleTransfer(*k.db, k.clock, config, deviceId);
  }
  Result<app::ImportOutcome> import(const QString& file) const {
    return transfer().importFrom(file, {}, kActor);
  }
  // Its sealed records, as an export reads them.
  QList<store::OutgoingRecord> sealed() const {
    auto records = store::BundleQueue(*k.db, k.clock).exportable(false, {}, 1000, 1 << 24);
    REQUIRE(records.ok());
    return *records;
  }
  bundle::BundleSigner signer() const { return {readAll(cert.key), {}, readAll(cert.cert)}; }

  struct Row {
    int revision = 0;
    QString status;
    QString origin; // empty: made here
    bool localCopy = false;
    QByteArray ciphertext;
  };
  std::optional<Row> row(const QString& id) const {
    auto stmt = k.db->prepare("SELECT revision, status, origin_device, local_copy IS NOT NULL, "
                              "sealed_ct FROM records WHERE id = ?");
    REQUIRE(stmt.ok());
    stmt->bind(1, id);
    auto step = stmt->step();
    REQUIRE(step.ok());
    if (!*step)
      return std::nullopt;
    return Row{static_cast<int>(stmt->int64(0)), stmt->text(1), stmt->text(2), stmt->int64(3) != 0,
               stmt->blob(4)};
  }
  qint64 recordCount() const {
    auto stmt = k.db->prepare("SELECT count(*) FROM records");
    REQUIRE(stmt.ok());
    REQUIRE(stmt->step().ok());
    return stmt->int64(0);
  }
};

// A bundle signed by `signer` holding `records`, written with the product's
// bundle writer to a file in `dir`; its path.
QString signedBundle(const QDir& dir, const Kiosk& signer,
                     const QList<store::OutgoingRecord>& records,
                     std::optional<qint64> createdAtMs = std::nullopt) {
  static int n = 0;
  bundle::RecordBundle b;
  b.createdAtMs = createdAtMs.value_or(signer.k.clock.nowMs());
  b.bundleId = QStringLiteral("0190f000-0000-7000-8000-%1").arg(++n, 12, 10, QLatin1Char('0'));
  b.deviceId = signer.deviceId;
  b.records = records;
  auto bytes = bundle::writeBundle(b, signer.signer());
  INFO((bytes ? QString() : bytes.error().message).toStdString());
  REQUIRE(bytes.ok());
  const QString path = dir.filePath(bundle::bundleFileName(b));
  QFile f(path);
  REQUIRE(f.open(QIODevice::WriteOnly));
  REQUIRE(f.write(*bytes) == bytes->size());
  return path;
}

// `r` corrected: a later revision with other sealed bytes.
store::OutgoingRecord revised(store::OutgoingRecord r, const QString& origin = {}) {
  ++r.revision;
  r.sealed.ciphertext[3] = static_cast<char>(r.sealed.ciphertext[3] ^ 0x5a);
  r.originDevice = origin;
  return r;
}

} // namespace

TEST_CASE("a bundle never overwrites, nor brings back, a record this kiosk made",
          "[bundle][transfer]") {
  TestPki pki;
  QTemporaryDir stick;
  const QDir usb(stick.path());
  Kiosk branch(pki, QStringLiteral("kiosk-branch-2"), 2);
  const Kiosk field(pki, QStringLiteral("kiosk-field-7"));
  const Kiosk relay(pki, QStringLiteral("kiosk-relay-5"));
  branch.config.bundleRelays = {relay.deviceId};

  const auto own = branch.sealed();
  REQUIRE(own.size() == 2);
  const store::OutgoingRecord sealedHere = own.at(0);
  const store::OutgoingRecord exportedHere = own.at(1);
  REQUIRE(store::BundleQueue(*branch.k.db, branch.k.clock)
              .markExported({exportedHere.id}, QStringLiteral("b0"), kActor)
              .ok());
  const auto before = branch.row(sealedHere.id);
  REQUIRE(before);
  CHECK(before->localCopy);

  // A trusted kiosk signs later revisions of this kiosk's records as its own.
  auto in = branch.import(signedBundle(usb, field, {revised(sealedHere), revised(exportedHere)}));
  INFO((in ? QString() : in.error().message).toStdString());
  REQUIRE(in.ok());
  CHECK(in->imported == 0);
  CHECK(in->refused == 2);
  for (const auto& [id, status] : {std::pair{sealedHere.id, QStringLiteral("sealed")},
                                   std::pair{exportedHere.id, QStringLiteral("exported")}}) {
    const auto after = branch.row(id);
    REQUIRE(after);
    CHECK(after->revision == 1);
    CHECK(after->status == status);
    CHECK(after->origin.isEmpty());
    CHECK(after->localCopy); // the teller's copy is still here
  }
  CHECK(branch.row(sealedHere.id)->ciphertext == before->ciphertext);

  // A relay may not bring in a record that claims to be this kiosk's.
  auto claimed = own.at(0);
  claimed.id = QStringLiteral("0190f000-0000-7000-8000-0000000000aa");
  claimed.originDevice = branch.deviceId;
  auto relayed = branch.import(signedBundle(usb, relay, {claimed}));
  REQUIRE(relayed.ok());
  CHECK(relayed->refused == 1);
  CHECK_FALSE(branch.row(claimed.id));

  // Its own bundle, imported back: nothing changes, nothing is refused.
  auto exported = branch.transfer().exportTo(usb.path(), true, kActor);
  REQUIRE(exported.ok());
  REQUIRE(exported->records == 2);
  auto back = branch.import(exported->file);
  REQUIRE(back.ok());
  CHECK(back->imported == 0);
  CHECK(back->alreadyPresent == 2);
  CHECK(back->refused == 0);
  CHECK(branch.recordCount() == 2);
}

TEST_CASE("an imported record is replaced only by a later revision its own kiosk signed",
          "[bundle][transfer]") {
  TestPki pki;
  QTemporaryDir stick;
  const QDir usb(stick.path());
  Kiosk branch(pki, QStringLiteral("kiosk-branch-2"));
  const Kiosk field(pki, QStringLiteral("kiosk-field-7"), 2);
  const Kiosk other(pki, QStringLiteral("kiosk-other-9"));
  const Kiosk relay(pki, QStringLiteral("kiosk-relay-5"));
  branch.config.bundleRelays = {relay.deviceId};

  const store::OutgoingRecord mine = field.sealed().at(0);
  auto exported = field.transfer().exportTo(usb.path(), false, kActor);
  REQUIRE(exported.ok());
  auto first = branch.import(exported->file);
  REQUIRE(first.ok());
  CHECK(first->imported == 2);
  REQUIRE(branch.row(mine.id)->origin == field.deviceId);

  // Another kiosk's "revision 2", as its own record or relayed: refused.
  auto byOther = branch.import(signedBundle(usb, other, {revised(mine)}));
  REQUIRE(byOther.ok());
  CHECK(byOther->refused == 1);
  CHECK(byOther->imported == 0);
  auto byRelay = branch.import(signedBundle(usb, relay, {revised(mine, field.deviceId)}));
  REQUIRE(byRelay.ok());
  CHECK(byRelay->refused == 1);
  const auto unchanged = branch.row(mine.id);
  CHECK(unchanged->revision == 1);
  CHECK(unchanged->origin == field.deviceId);
  CHECK(unchanged->ciphertext == mine.sealed.ciphertext);

  // The same revision again is already here; the field kiosk's own
  // revision 2 replaces it.
  auto same = branch.import(signedBundle(usb, field, {mine}));
  REQUIRE(same.ok());
  CHECK(same->alreadyPresent == 1);
  auto corrected = branch.import(signedBundle(usb, field, {revised(mine)}));
  REQUIRE(corrected.ok());
  CHECK(corrected->imported == 1);
  CHECK(corrected->refused == 0);
  const auto replaced = branch.row(mine.id);
  CHECK(replaced->revision == 2);
  CHECK(replaced->status == QStringLiteral("sealed"));
  CHECK(replaced->origin == field.deviceId);
  CHECK(replaced->ciphertext == revised(mine).sealed.ciphertext);
}

TEST_CASE("a kiosk carries only records it made, unless it is a relay", "[bundle][transfer]") {
  TestPki pki;
  QTemporaryDir stick;
  const QDir usb(stick.path());
  Kiosk branch(pki, QStringLiteral("kiosk-branch-2"));
  const Kiosk field(pki, QStringLiteral("kiosk-field-7"), 2);
  const Kiosk other(pki, QStringLiteral("kiosk-other-9"));

  auto carried = field.sealed();
  for (auto& r : carried)
    r.originDevice = field.deviceId;
  const QString file = signedBundle(usb, other, carried);
  auto refused = branch.import(file);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == QStringLiteral("bundle_origin"));
  CHECK(refused.error().message.contains(carried.at(0).id));
  CHECK(refused.error().message.contains(u"kiosk-field-7"));
  CHECK(refused.error().message.contains(u"bundles/relays"));
  CHECK(branch.recordCount() == 0);

  // The same file once kiosk-other-9 is a relay here: its records keep their origin.
  branch.config.bundleRelays = {other.deviceId};
  auto relayed = branch.import(file);
  INFO((relayed ? QString() : relayed.error().message).toStdString());
  REQUIRE(relayed.ok());
  CHECK(relayed->imported == 2);
  CHECK(branch.row(carried.at(1).id)->origin == field.deviceId);
}

TEST_CASE("nothing of a bundle's payload counts before its signer is trusted",
          "[bundle][transfer]") {
  TestPki pki;
  TestPki foreignPki; // another deployment's CA
  QTemporaryDir stick;
  const QDir usb(stick.path());
  Kiosk branch(pki, QStringLiteral("kiosk-branch-2"));
  const Kiosk field(pki, QStringLiteral("kiosk-field-7"), 1);
  const Kiosk stranger(foreignPki, QStringLiteral("kiosk-field-7"));

  // A payload the checks behind the signer would refuse for its own reasons
  // (a record in no known suite, made in a week's time): the stranger is
  // refused for being a stranger.
  auto bad = field.sealed();
  bad[0].sealed.suite = QStringLiteral("ROT13");
  const qint64 nextWeek = branch.k.clock.nowMs() + 7LL * 24 * 3600 * 1000;
  auto foreign = branch.import(signedBundle(usb, stranger, bad, nextWeek));
  REQUIRE_FALSE(foreign.ok());
  CHECK(foreign.error().code == QStringLiteral("bundle_untrusted"));
  CHECK(foreign.error().message.contains(u"not trusted"));

  // A revoked kiosk likewise, for being revoked.
  branch.config.bundleRevokedDevices = {field.deviceId};
  auto revoked = branch.import(signedBundle(usb, field, bad, nextWeek));
  REQUIRE_FALSE(revoked.ok());
  CHECK(revoked.error().message.contains(u"revoked"));
  branch.config.bundleRevokedDevices.clear();

  // Once the signer is trusted, the payload's own faults are named...
  auto badRecord = branch.import(signedBundle(usb, field, bad));
  REQUIRE_FALSE(badRecord.ok());
  CHECK(badRecord.error().code == QStringLiteral("bundle_record"));
  // ...and its certificate must have been valid when the bundle says it was
  // made (the certificates were issued yesterday).
  const qint64 beforeIssue = branch.k.clock.nowMs() - 3LL * 24 * 3600 * 1000;
  auto early = branch.import(signedBundle(usb, field, field.sealed(), beforeIssue));
  REQUIRE_FALSE(early.ok());
  CHECK(early.error().code == QStringLiteral("bundle_untrusted"));
  CHECK(early.error().message.contains(u"not yet valid"));
  CHECK(branch.recordCount() == 0);
}

TEST_CASE("a file larger than a bundle can be is refused before it is read", "[bundle][transfer]") {
  TestPki pki;
  QTemporaryDir stick;
  Kiosk branch(pki, QStringLiteral("kiosk-branch-2"));
  const QString big = QDir(stick.path()).filePath(QStringLiteral("big.camie-bundle"));
  {
    QFile f(big);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.resize(bundle::kMaxFileBytes + 1)); // sparse: nothing is written
  }
  auto refused = branch.import(big);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == QStringLiteral("file_too_large"));
  CHECK(refused.error().message.contains(big));
  CHECK(refused.error().message.contains(u"64 MiB"));
  // A device that never ends is read no further than the limit.
  auto endless = branch.import(QStringLiteral("/dev/zero"));
  REQUIRE_FALSE(endless.ok());
  CHECK(endless.error().code == QStringLiteral("file_too_large"));
  CHECK(branch.recordCount() == 0);
}
