// The ID card reader over generated card photos (tools/cardgen): N cards
// (default 200), half photographed clean and half degraded (perspective, blur,
// noise, glare, low contrast, JPEG), each read from its back (the MRZ) and its
// front (printed fields). Prints one JSON line per condition and side: the
// share of zones read exactly, the fields proposed right, wrong proposals
// (above all: a zone that validates yet says something else), and the time
// per picture (median, p95). Figures and goals: docs/performance.md.
//
// Usage: camie_card_bench [--cards N] [--seed S] [--verbose]
#include "bench/bench_util.h"
#include "core/domain/gazetteer.h"
#include "core/ocr/card_reader.h"
#include "tools/cardgen/card_generator.h"
#include "tools/cardgen/card_photographer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <map>

using namespace camie;
using namespace camie::cardgen;

namespace {

struct Tally {
  int pictures = 0;
  int zonesExact = 0;     // back: all 90 characters right
  int zonesProposed = 0;  // back: a zone validated
  int wrongChecked = 0;   // back: a validated zone with a checked field wrong
  int fieldsExpected = 0; // fields the picture shows that the form takes
  int fieldsRight = 0;    // proposed with the right value
  int fieldsWrong = 0;    // proposed with a wrong value
  int wrongConfident = 0; // ... and not marked as low confidence
  std::vector<double> ms;

  QJsonObject json(const QString& condition, const QString& side) const {
    const auto share = [](int n, int of) { return of ? qRound(1000.0 * n / of) / 10.0 : 0.0; };
    QJsonObject o{{QStringLiteral("bench"), QStringLiteral("card_read")},
                  {QStringLiteral("condition"), condition},
                  {QStringLiteral("side"), side},
                  {QStringLiteral("pictures"), pictures},
                  {QStringLiteral("fields_right_pct"), share(fieldsRight, fieldsExpected)},
                  {QStringLiteral("fields_wrong"), fieldsWrong},
                  {QStringLiteral("fields_wrong_not_marked"), wrongConfident},
                  {QStringLiteral("median_ms"), bench::percentile(ms, 50)},
                  {QStringLiteral("p95_ms"), bench::percentile(ms, 95)}};
    if (side == u"back") {
      o.insert(QStringLiteral("mrz_exact_pct"), share(zonesExact, pictures));
      o.insert(QStringLiteral("mrz_proposed_pct"), share(zonesProposed, pictures));
      o.insert(QStringLiteral("mrz_valid_but_wrong"), wrongChecked);
    }
    return o;
  }
};

QString expected(const CardPerson& p, const QString& field) {
  if (field == u"name_km")
    return p.nameKm();
  if (field == u"name_en")
    return p.nameLatin();
  if (field == u"sex")
    return p.sex == 'F' ? QStringLiteral("female") : QStringLiteral("male");
  if (field == u"dob")
    return p.birthDate.toString(Qt::ISODate);
  if (field == u"id_number")
    return p.documentNumber;
  if (field == u"id_type")
    return QStringLiteral("national_id");
  return {};
}

void score(const ocr::CardReading& reading, const CardPerson& person, const QStringList& fields,
           Tally& tally) {
  tally.fieldsExpected += fields.size();
  for (const ocr::FieldProposal& p : reading.proposals) {
    const QString want = expected(person, p.fieldId);
    if (p.value == want) {
      tally.fieldsRight += fields.contains(p.fieldId) ? 1 : 0;
    } else {
      ++tally.fieldsWrong;
      tally.wrongConfident += p.lowConfidence() ? 0 : 1;
    }
  }
}

} // namespace

int main(int argc, char* argv[]) {
  if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  int cards = 200;
  quint32 seed = 2026;
  const QStringList args = app.arguments();
  // Made-up cards only: their zones may be shown when read wrong.
  const bool verbose = args.contains(QStringLiteral("--verbose"));
  for (qsizetype i = 1; i + 1 < args.size(); ++i) {
    if (args[i] == u"--cards")
      cards = args[i + 1].toInt();
    else if (args[i] == u"--seed")
      seed = args[i + 1].toUInt();
  }
  QFile file(QStringLiteral(CAMIE_SHARED_DIR "/data/gazetteer-kh-2022.json"));
  if (!file.open(QIODevice::ReadOnly))
    return 1;
  auto gazetteer = domain::Gazetteer::fromJson(file.readAll());
  auto reader = ocr::CardReader::open();
  if (!gazetteer || !reader) {
    std::fputs("card_bench: no gazetteer or no OCR models\n", stderr);
    return 1;
  }
  const QStringList fonts = CardGenerator::khmerFonts();
  CardGenerator generator(seed, *gazetteer);
  const QDate today(2026, 1, 1);
  std::map<QString, Tally> tallies; // "clean/back", ...

  for (int i = 0; i < cards; ++i) {
    if (i % 10 == 0)
      std::fprintf(stderr, "card_bench: %d of %d cards\n", i, cards);
    const CardPerson person = generator.person();
    const bool degraded = i % 2 == 1;
    const QString condition = degraded ? QStringLiteral("degraded") : QStringLiteral("clean");
    const quint32 photoSeed = seed * 1000 + static_cast<quint32>(i);
    const PhotoStyle style = degraded ? PhotoStyle::degraded(photoSeed) : PhotoStyle::clean();
    const QString font = fonts.at(i % fonts.size());
    for (const bool back : {true, false}) {
      const QImage card =
          back ? CardGenerator::back(person, font) : CardGenerator::front(person, font);
      const QImage grey = CardPhotographer::photograph(card, style, photoSeed)
                              .convertToFormat(QImage::Format_Grayscale8);
      const scan::ImageRef view{grey.constBits(),
                                grey.width(),
                                grey.height(),
                                static_cast<int>(grey.bytesPerLine()),
                                1,
                                scan::PixelLayout::Lum};
      QElapsedTimer timer;
      timer.start();
      const ocr::CardReading reading = (*reader)->read(view, today);
      const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
      Tally& t = tallies[condition + (back ? QStringLiteral("/back") : QStringLiteral("/front"))];
      ++t.pictures;
      t.ms.push_back(ms);
      if (back) {
        const bool proposed = reading.mrz && reading.mrz->ok();
        t.zonesProposed += proposed ? 1 : 0;
        const QString truth = CardGenerator::mrzLines(person).join(u'\n');
        if (proposed && reading.mrz->zone == truth)
          ++t.zonesExact;
        else if (verbose)
          std::fprintf(
              stderr, "card %d %s: %s\nread:\n%s\ntruth:\n%s\n", i, qPrintable(condition),
              qPrintable(reading.mrz ? reading.mrz->statusCode() : QStringLiteral("no zone")),
              qPrintable(reading.mrz ? reading.mrz->zone : QString()), qPrintable(truth));
        if (proposed) {
          for (const char* checked : {"id_number", "dob", "sex"}) {
            const ocr::FieldProposal* p = reading.proposal(QString::fromLatin1(checked));
            if (p && p->value != expected(person, p->fieldId)) {
              ++t.wrongChecked;
              break;
            }
          }
        }
        score(reading, person,
              {QStringLiteral("name_en"), QStringLiteral("sex"), QStringLiteral("dob"),
               QStringLiteral("id_number"), QStringLiteral("id_type")},
              t);
      } else {
        score(reading, person,
              {QStringLiteral("name_km"), QStringLiteral("name_en"), QStringLiteral("sex"),
               QStringLiteral("dob"), QStringLiteral("id_number")},
              t);
      }
    }
  }
  for (const auto& [key, tally] : tallies)
    bench::printLine(tally.json(key.section(u'/', 0, 0), key.section(u'/', 1, 1)));
  return 0;
}
