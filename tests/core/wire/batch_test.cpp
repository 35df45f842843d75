// The upload batch's wire form: the body POST batches carries (API.md).
#include "core/wire/batch.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace camie;

TEST_CASE("a wire batch body carries its id, kiosk, send time, audit anchor and records",
          "[wire]") {
  wire::Batch batch;
  batch.batchId = QStringLiteral("0190f000-0000-7000-8000-0000000000aa");
  batch.deviceId = QStringLiteral("kiosk-7");
  batch.auditSeq = 42;
  batch.auditHash = QByteArray(32, '\xab');
  for (int i = 1; i <= 2; ++i) {
    wire::SealedRecord r;
    r.id = QStringLiteral("0190f000-0000-7000-8000-00000000000%1").arg(i);
    r.sealed.keyId = QStringLiteral("reg-2026-01");
    batch.records.append(r);
  }
  CHECK(batch.ids() == QStringList{QStringLiteral("0190f000-0000-7000-8000-000000000001"),
                                   QStringLiteral("0190f000-0000-7000-8000-000000000002")});
  const QJsonObject body = batch.toJson(1767225600000);
  CHECK(body.value(u"batchId").toString() == batch.batchId);
  CHECK(body.value(u"deviceId").toString() == QStringLiteral("kiosk-7"));
  CHECK(body.value(u"sentAt").toString() == QStringLiteral("2026-01-01T00:00:00.000Z"));
  CHECK(body.value(u"audit").toObject().value(u"seq").toInteger() == 42);
  CHECK(body.value(u"audit").toObject().value(u"hash").toString() ==
        QString(32, u'x').replace(u'x', QStringLiteral("ab")));
  const QJsonArray records = body.value(u"records").toArray();
  REQUIRE(records.size() == 2);
  CHECK(records.at(1).toObject() == batch.records.at(1).toJson());
}
