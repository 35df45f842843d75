#include "core/scan/scan_classifier.h"

#include "ie1_test_support.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace camie::scan;
using namespace camie::scan::test;

namespace {
const QDate kToday(2025, 11, 25);
const QString kTd1 = QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                    "7408122F1204159UTO<<<<<<<<<<<6\n"
                                    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
} // namespace

TEST_CASE("scanned text is told apart: IE1, MRZ, verify link, plain text", "[scan]") {
  const auto pair = newKeyPair();
  const ScanClassifier classifier({portalKey(QStringLiteral("portal-2025-01"), pair)});
  const QString ie1 = code(envelope("portal-2025-01", sampleBody(), pair));

  const ScannedPayload a = classifier.classify(ie1, kIat + 10, kToday);
  CHECK(a.kind == PayloadKind::Ie1);
  CHECK(a.kindCode() == u"ie1");
  CHECK(a.verdict() == u"valid");
  CHECK(a.fields().value(QStringLiteral("prn")).toString() == u"PR-2025-000123");
  CHECK(a.fields().value(QStringLiteral("name_km")).toString() == u"សុខ ដារា");

  const ScannedPayload b = classifier.classify(kTd1, kIat, kToday);
  CHECK(b.kindCode() == u"mrz");
  CHECK(b.verdict() == u"valid");
  CHECK(b.fields().value(QStringLiteral("document_number")).toString() == u"D23145890");

  const ScannedPayload c = classifier.classify(u"https://verify.gov.kh/d/ABC123", kIat, kToday);
  CHECK(c.kindCode() == u"verify_link");
  CHECK(c.verdict() == u"document");
  CHECK(c.fields().value(QStringLiteral("reference")).toString() == u"ABC123");

  const ScannedPayload d = classifier.classify(u"8851234567890", kIat, kToday);
  CHECK(d.kindCode() == u"text");
  CHECK(d.verdict().isEmpty());
  CHECK(d.fields().value(QStringLiteral("text")).toString() == u"8851234567890");
}

TEST_CASE("a damaged MRZ and a damaged IE1 code keep their kind, with the verdict", "[scan]") {
  const ScanClassifier classifier({});
  QString badCheck = kTd1;
  badCheck[14] = u'8';
  const ScannedPayload mrz = classifier.classify(badCheck, 0, kToday);
  CHECK(mrz.kindCode() == u"mrz");
  CHECK(mrz.verdict() == u"bad_check_digit");
  CHECK(mrz.field() == u"document_number");
  CHECK(mrz.fields().isEmpty());
  CHECK(classifier.classify(kTd1.left(61), 0, kToday).verdict() == u"bad_length");

  const ScannedPayload ie1 = classifier.classify(u"IE1:GGW", 0, kToday);
  CHECK(ie1.kindCode() == u"ie1");
  CHECK(ie1.verdict() == u"bad_base45");
  CHECK_FALSE(ie1.message().isEmpty());
}

TEST_CASE("the JSON of a payload has format, kind, verdict, field and fields", "[scan]") {
  const ScanClassifier classifier({});
  QString badCheck = kTd1;
  badCheck[14] = u'8';
  const QJsonObject bad = classifier.classify(badCheck, 0, kToday).toJson(QStringLiteral("text"));
  CHECK(bad.value(QStringLiteral("format")).toString() == u"text");
  CHECK(bad.value(QStringLiteral("kind")).toString() == u"mrz");
  CHECK(bad.value(QStringLiteral("verdict")).toString() == u"bad_check_digit");
  CHECK(bad.value(QStringLiteral("field")).toString() == u"document_number");
  CHECK_FALSE(bad.contains(QStringLiteral("fields")));

  const QJsonObject good = classifier.classify(kTd1, 0, kToday).toJson(QStringLiteral("QRCode"));
  CHECK(good.value(QStringLiteral("fields")).toObject().value(QStringLiteral("sex")).toString() ==
        u"F");
  CHECK_FALSE(good.contains(QStringLiteral("field")));

  const QJsonObject text =
      classifier.classify(u"hello", 0, kToday).toJson(QStringLiteral("Code128"));
  CHECK(text.value(QStringLiteral("kind")).toString() == u"text");
  CHECK_FALSE(text.contains(QStringLiteral("verdict")));
  CHECK(text.value(QStringLiteral("fields")).toObject().value(QStringLiteral("text")).toString() ==
        u"hello");
}
