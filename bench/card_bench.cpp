// The ID card reader over generated card photos (tools/cardgen): N cards
// (default 200, seed 2026), every other one photographed degraded
// (perspective, blur, noise, glare, low contrast, JPEG), each read from its
// back (the MRZ) and its front (printed fields). Prints, per condition, one
// JSON line and a few readable lines: the share of zones read exactly (all 90
// characters) and proposed (validated), each field proposed right, wrong
// proposals (above all: a zone that validates yet says something else) and
// the time per card (back and front) and per picture. The machine's load
// average is printed with them. Figures and goals: docs/performance.md.
//
// Usage: camie_card_bench [--cards N] [--seed S] [--back-only] [--verbose]
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

const QStringList kBackFields = {QStringLiteral("name_en"), QStringLiteral("sex"),
                                 QStringLiteral("dob"), QStringLiteral("id_number"),
                                 QStringLiteral("id_type")};
const QStringList kFrontFields = {QStringLiteral("name_km"), QStringLiteral("name_en"),
                                  QStringLiteral("sex"), QStringLiteral("dob"),
                                  QStringLiteral("id_number")};

double share(int n, int of) {
  return of ? qRound(1000.0 * n / of) / 10.0 : 0.0;
}

struct FieldTally {
  int right = 0;       // proposed with the value the card shows
  int wrong = 0;       // proposed with another value
  int notMarked = 0;   // ... and not shown as low confidence
  int rightMarked = 0; // right, yet shown as low confidence (the teller looks)
};

struct SideTally {
  int pictures = 0;
  std::map<QString, FieldTally> fields;
  std::vector<double> ms;

  void score(const ocr::CardReading& reading, const CardPerson& person);
  QJsonObject json() const;
  QString summary() const;
};

struct Tally {
  int cards = 0;
  int zonesExact = 0;    // all 90 characters right
  int zonesProposed = 0; // a zone validated
  int wrongChecked = 0;  // a validated zone with a checked field wrong
  int namesWrong = 0;    // a validated zone whose names line is wrong
  SideTally back, front;
  std::vector<double> cardMs; // back and front together

  QJsonObject json(const QString& condition) const;
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

void SideTally::score(const ocr::CardReading& reading, const CardPerson& person) {
  ++pictures;
  for (const ocr::FieldProposal& p : reading.proposals) {
    FieldTally& f = fields[p.fieldId];
    if (p.value == expected(person, p.fieldId)) {
      ++f.right;
      f.rightMarked += p.lowConfidence() ? 1 : 0;
    } else {
      ++f.wrong;
      f.notMarked += p.lowConfidence() ? 0 : 1;
    }
  }
}

QJsonObject SideTally::json() const {
  QJsonObject o;
  for (const auto& [field, f] : fields) {
    o.insert(field, QJsonObject{{QStringLiteral("right_pct"), share(f.right, pictures)},
                                {QStringLiteral("right_marked"), f.rightMarked},
                                {QStringLiteral("wrong"), f.wrong},
                                {QStringLiteral("wrong_not_marked"), f.notMarked}});
  }
  return QJsonObject{{QStringLiteral("fields"), o},
                     {QStringLiteral("median_ms"), qRound(bench::percentile(ms, 50))},
                     {QStringLiteral("p95_ms"), qRound(bench::percentile(ms, 95))}};
}

QString SideTally::summary() const {
  QStringList parts;
  for (const auto& [field, f] : fields) {
    parts.append(QStringLiteral("%1 %2 % right (%3 marked low), %4 wrong (%5 not marked)")
                     .arg(field)
                     .arg(share(f.right, pictures))
                     .arg(f.rightMarked)
                     .arg(f.wrong)
                     .arg(f.notMarked));
  }
  return parts.join(QStringLiteral("; "));
}

QJsonObject Tally::json(const QString& condition) const {
  return QJsonObject{{QStringLiteral("bench"), QStringLiteral("card_read")},
                     {QStringLiteral("condition"), condition},
                     {QStringLiteral("cards"), cards},
                     {QStringLiteral("mrz_exact_pct"), share(zonesExact, cards)},
                     {QStringLiteral("mrz_proposed_pct"), share(zonesProposed, cards)},
                     {QStringLiteral("mrz_valid_but_wrong"), wrongChecked},
                     {QStringLiteral("mrz_names_wrong"), namesWrong},
                     {QStringLiteral("back"), back.json()},
                     {QStringLiteral("front"), front.json()},
                     {QStringLiteral("card_median_ms"), qRound(bench::percentile(cardMs, 50))},
                     {QStringLiteral("card_p95_ms"), qRound(bench::percentile(cardMs, 95))}};
}

QString loadAverage() {
  QFile file(QStringLiteral("/proc/loadavg"));
  if (!file.open(QIODevice::ReadOnly))
    return QStringLiteral("?");
  return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

ocr::CardReading readPicture(ocr::CardReader& reader, const QImage& card, const PhotoStyle& style,
                             quint32 seed, double& ms) {
  const QImage grey =
      CardPhotographer::photograph(card, style, seed).convertToFormat(QImage::Format_Grayscale8);
  const scan::ImageRef view{
      grey.constBits(),      grey.width(), grey.height(), static_cast<int>(grey.bytesPerLine()), 1,
      scan::PixelLayout::Lum};
  QElapsedTimer timer;
  timer.start();
  ocr::CardReading reading = reader.read(view, QDate(2026, 1, 1));
  ms = bench::msSince(timer);
  return reading;
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
  const bool backOnly = args.contains(QStringLiteral("--back-only"));
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
  const QString loadBefore = loadAverage();
  const QStringList fonts = CardGenerator::khmerFonts();
  CardGenerator generator(seed, *gazetteer);
  std::map<QString, Tally> tallies; // "clean", "degraded"

  for (int i = 0; i < cards; ++i) {
    if (i % 10 == 0)
      std::fprintf(stderr, "card_bench: %d of %d cards\n", i, cards);
    const CardPerson person = generator.person();
    const bool degraded = i % 2 == 1;
    const quint32 photoSeed = seed * 1000 + static_cast<quint32>(i);
    const PhotoStyle style = degraded ? PhotoStyle::degraded(photoSeed) : PhotoStyle::clean();
    const QString font = fonts.at(i % fonts.size());
    Tally& t = tallies[degraded ? QStringLiteral("degraded") : QStringLiteral("clean")];
    ++t.cards;

    double backMs = 0;
    const ocr::CardReading back =
        readPicture(**reader, CardGenerator::back(person, font), style, photoSeed, backMs);
    t.back.ms.push_back(backMs);
    t.back.score(back, person);
    const bool proposed = back.mrz && back.mrz->ok();
    const QStringList truth = CardGenerator::mrzLines(person);
    t.zonesProposed += proposed ? 1 : 0;
    if (proposed && back.mrz->zone == truth.join(u'\n')) {
      ++t.zonesExact;
    } else if (verbose) {
      const ocr::FieldProposal* name = back.proposal(u"name_en");
      std::fprintf(stderr, "card %d %s: %s, name confidence %.2f\nread:\n%s\ntruth:\n%s\n", i,
                   degraded ? "degraded" : "clean",
                   qPrintable(back.mrz ? back.mrz->statusCode() : QStringLiteral("no zone")),
                   name ? name->confidence : 0.0, qPrintable(back.mrz ? back.mrz->zone : QString()),
                   qPrintable(truth.join(u'\n')));
    }
    if (proposed) {
      for (const char* checked : {"id_number", "dob", "sex"}) {
        const ocr::FieldProposal* p = back.proposal(QString::fromLatin1(checked));
        if (p && p->value != expected(person, p->fieldId)) {
          ++t.wrongChecked;
          break;
        }
      }
      t.namesWrong += back.mrz->zone.section(u'\n', 2, 2) != truth[2] ? 1 : 0;
    }

    double frontMs = 0;
    if (!backOnly) {
      const ocr::CardReading front =
          readPicture(**reader, CardGenerator::front(person, font), style, photoSeed, frontMs);
      t.front.ms.push_back(frontMs);
      t.front.score(front, person);
      if (verbose) {
        for (const ocr::FieldProposal& p : front.proposals) {
          if (p.value != expected(person, p.fieldId))
            std::fprintf(stderr, "card %d front %s: %s (%.2f) for %s\n", i, qPrintable(p.fieldId),
                         qPrintable(p.value), p.confidence,
                         qPrintable(expected(person, p.fieldId)));
        }
      }
    }
    t.cardMs.push_back(backMs + frontMs);
  }
  const QString loadAfter = loadAverage();

  for (const auto& [condition, t] : tallies) {
    QJsonObject json = t.json(condition);
    json.insert(QStringLiteral("seed"), static_cast<qint64>(seed));
    json.insert(QStringLiteral("load_before"), loadBefore);
    json.insert(QStringLiteral("load_after"), loadAfter);
    bench::printLine(json);
  }
  for (const auto& [condition, t] : tallies) {
    std::printf("%s, %d cards: MRZ read exactly %.1f %%, proposed %.1f %%; validated yet wrong "
                "%d (number, birth date, sex), names line wrong in %d validated zones\n",
                qPrintable(condition), t.cards, share(t.zonesExact, t.cards),
                share(t.zonesProposed, t.cards), t.wrongChecked, t.namesWrong);
    std::printf("  back:  %s\n", qPrintable(t.back.summary()));
    if (!backOnly)
      std::printf("  front: %s\n", qPrintable(t.front.summary()));
    std::printf("  time per card (back + front) median %.0f ms, p95 %.0f ms; back %.0f / %.0f ms, "
                "front %.0f / %.0f ms\n",
                bench::percentile(t.cardMs, 50), bench::percentile(t.cardMs, 95),
                bench::percentile(t.back.ms, 50), bench::percentile(t.back.ms, 95),
                bench::percentile(t.front.ms, 50), bench::percentile(t.front.ms, 95));
  }
  std::printf("load average before %s, after %s\n", qPrintable(loadBefore), qPrintable(loadAfter));
  return 0;
}
