// camie-kioskctl read-card, run as the real binary on generated card photos
// (written for it to a temporary folder that the test deletes).
#include "support/generated_cards.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace camie;
using namespace camie::cardgen;

namespace {

struct Run {
  int exitCode = -1;
  QList<QJsonObject> objects; // one per file
  QByteArray err;
};

Run readCard(const QStringList& files) {
  QProcess p;
  // 2026-01-01: the generated cards' expiry dates are resolved against it.
  p.start(QStringLiteral(CAMIE_KIOSKCTL_PATH),
          QStringList{QStringLiteral("--now"), QStringLiteral("1767225600"),
                      QStringLiteral("read-card"), QStringLiteral("--json")} +
              files);
  REQUIRE(p.waitForStarted());
  REQUIRE(p.waitForFinished(120000));
  Run run{p.exitCode(), {}, p.readAllStandardError()};
  for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
    if (!line.isEmpty())
      run.objects.append(QJsonDocument::fromJson(line).object());
  }
  return run;
}

QJsonObject field(const QJsonObject& reading, const QString& id) {
  for (const QJsonValue& f : reading.value(QStringLiteral("fields")).toArray()) {
    if (f[QStringLiteral("field")].toString() == id)
      return f.toObject();
  }
  return {};
}

} // namespace

TEST_CASE("read-card prints what a card's back and front propose, and nothing on stderr",
          "[kioskctl][ocr]") {
  CardGenerator generator(303, test::testGazetteer());
  const QString font = CardGenerator::khmerFonts().first();
  CardPerson person = generator.person();
  person.noCompositeCheck = false;
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString back = dir.filePath(QStringLiteral("back.jpg"));
  const QString front = dir.filePath(QStringLiteral("front.png"));
  REQUIRE(CardPhotographer::photograph(CardGenerator::back(person, font), PhotoStyle::clean(), 3)
              .save(back));
  REQUIRE(CardPhotographer::photograph(CardGenerator::front(person, font), PhotoStyle::clean(), 4)
              .save(front));
  const QString notAPicture = dir.filePath(QStringLiteral("notes.txt"));
  {
    QFile f(notAPicture);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not an image");
  }

  const Run run = readCard({back, front, notAPicture});
  INFO("stderr: " << run.err.constData());
  CHECK(run.err.isEmpty()); // Tesseract silenced: nothing of a card reaches a log
  CHECK(run.exitCode == 1); // the last file is no picture
  REQUIRE(run.objects.size() == 3);

  const QJsonObject b = run.objects.at(0);
  CHECK(b[QStringLiteral("source")].toString() == back);
  CHECK(b[QStringLiteral("side")].toString() == u"back");
  CHECK(b[QStringLiteral("mrz")][QStringLiteral("status")].toString() == u"valid");
  CHECK(b[QStringLiteral("mrz")][QStringLiteral("composite_checked")].toBool());
  CHECK(field(b, QStringLiteral("id_number"))[QStringLiteral("value")].toString() ==
        person.documentNumber);
  CHECK(field(b, QStringLiteral("id_number"))[QStringLiteral("source")].toString() == u"mrz");
  CHECK(field(b, QStringLiteral("dob"))[QStringLiteral("value")].toString() ==
        person.birthDate.toString(Qt::ISODate));

  const QJsonObject f = run.objects.at(1);
  CHECK(f[QStringLiteral("side")].toString() == u"front");
  CHECK_FALSE(f[QStringLiteral("mrz")][QStringLiteral("found")].toBool());
  CHECK(field(f, QStringLiteral("name_km"))[QStringLiteral("value")].toString() == person.nameKm());
  CHECK(field(f, QStringLiteral("id_number"))[QStringLiteral("value")].toString() ==
        person.documentNumber);
  CHECK(field(f, QStringLiteral("id_number"))[QStringLiteral("confidence")].toDouble() > 0.9);

  CHECK(run.objects.at(2)[QStringLiteral("error")][QStringLiteral("code")].toString() ==
        u"unreadable");
}
