// The receipt a person takes home: words that follow the record's state in
// both languages, the bilingual A6 PDF as a reader's text extraction
// (pdftotext, poppler-utils) sees it, and saved files named and placed in
// words.
#include "core/domain/receipt_code.h"
#include "ui/models/receipt_document.h"
#include "ui/models/receipt_model.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace camie;
using store::RecordStatus;

namespace {

const QString kRecordId = QStringLiteral("019bc2f4-5a10-7c3e-9d21-6b0f4e8a7c55");

QString pdfText(const QString& path) {
  QProcess p;
  p.start(QStringLiteral("pdftotext"),
          {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
  REQUIRE(p.waitForFinished(30000));
  REQUIRE(p.exitCode() == 0);
  return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

bool hasKhmer(const QString& text) {
  return std::any_of(text.begin(), text.end(),
                     [](QChar c) { return c.unicode() >= 0x1780 && c.unicode() <= 0x17FF; });
}

store::ReceiptFacts storeReceipt(const QString& status, const QString& number = {}) {
  return {kRecordId, *store::recordStatusFromString(status), number,
          QDateTime(QDate(2026, 10, 2), QTime(10, 41, 40)).toMSecsSinceEpoch(),
          QJsonObject{{QStringLiteral("name_km"), QStringLiteral("សុខ ស្រីមុំ")},
                      {QStringLiteral("name_en"), QStringLiteral("Sok Sreymom")},
                      {QStringLiteral("id_number"), QStringLiteral("123456789")}}};
}

} // namespace

TEST_CASE("the receipt's words follow the record's state, in both languages", "[ui][receipt]") {
  ui::ReceiptModel model;
  model.setRecordId(kRecordId);
  CHECK(model.receiptCode() == domain::ReceiptCode::forRecordId(kRecordId));
  CHECK(domain::ReceiptCode::normalize(model.receiptCode()) == model.receiptCode());

  const struct {
    const char* status;
    const char* number;
    const char* headline;
    const char* says;
  } states[] = {
      {"sealed", "", "Registration saved", "as soon as there is a connection"},
      {"sending", "", "Registration saved", "being sent to the registry now"},
      {"exported", "", "Registration saved", "USB stick"},
      {"accepted", "IE-02-000123", "Registration accepted", "The registry accepted it"},
      {"duplicate", "IE-02-000045", "Already registered", "already had this person"},
      {"rejected", "", "Registration not accepted", "did not accept it"},
  };
  QStringList khmerTexts;
  for (const auto& s : states) {
    INFO(s.status);
    model.takeReceipt(storeReceipt(QString::fromLatin1(s.status), QString::fromLatin1(s.number)));
    CHECK(model.headline() == QString::fromLatin1(s.headline));
    CHECK(model.stateText().contains(QString::fromLatin1(s.says)));
    CHECK(model.registryNumber() == QString::fromLatin1(s.number));
    if (model.status() != u"sealed" && model.status() != u"sending")
      CHECK_FALSE(model.stateText().contains(QStringLiteral("as soon as"))); // not "will be sent"
    const auto status = *store::recordStatusFromString(model.status());
    const QString km = ui::ReceiptDocument::stateText(status, u"km");
    CHECK(hasKhmer(km));
    CHECK(hasKhmer(ui::ReceiptDocument::headline(status, u"km")));
    khmerTexts << km;
  }
  khmerTexts.removeDuplicates();
  CHECK(khmerTexts.size() == 6); // one sentence per state in Khmer too
  CHECK(model.capturedText() == QStringLiteral("2 October 2026, 10:41"));
}

TEST_CASE("the receipt PDF says the code, the name and the dates in Khmer and in English",
          "[ui][receipt][pdf]") {
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  ui::ReceiptModel model;
  model.setRecordId(kRecordId);
  model.takeReceipt(storeReceipt(QStringLiteral("accepted"), QStringLiteral("IE-02-000123")));
  const QString path = dir.filePath(QStringLiteral("r.pdf"));
  REQUIRE(ui::ReceiptDocument::writePdf(model.content(), path).ok());
  const QString text = pdfText(path);
  INFO(text.toStdString());
  CHECK(text.contains(model.receiptCode()));
  CHECK(text.contains(QStringLiteral("IE-02-000123")));
  CHECK(text.contains(QStringLiteral("Sok Sreymom")));
  // English
  CHECK(text.contains(QStringLiteral("CAM-IE registration receipt")));
  CHECK(text.contains(QStringLiteral("Registration accepted")));
  CHECK(text.contains(QStringLiteral("Registered on 2 October 2026, 10:41")));
  // Khmer: the name, the state, the date in Khmer digits. Qt's PDF writer
  // gives the glyphs that Khmer shaping substitutes (subscript consonants,
  // some consonant-vowel pairs, reordered vowels) no text, so a reader's
  // extraction loses those: what is checked here is what survives it
  // ("សុខ" of សុខ ស្រីមុំ, ទទួលយក of "accepted", the year and time).
  CHECK(text.contains(QStringLiteral("សុខ")));
  CHECK(text.contains(QStringLiteral("ទទួលយក")));
  CHECK(text.contains(QStringLiteral("២០២៦ ១០:៤១")));       // 2026 10:41
  CHECK_FALSE(text.contains(QStringLiteral("2026-10-02"))); // no ISO dates
  CHECK_FALSE(text.contains(QStringLiteral("123456789")));  // no ID number
}

TEST_CASE("a saved receipt is named in words and the screen says where in words", "[ui][receipt]") {
  QTemporaryDir stick;
  REQUIRE(stick.isValid());
  const QString root = stick.filePath(QStringLiteral("KINGSTON"));
  const QString name = QStringLiteral("Receipt 7K3Q9-M2XDA.pdf");
  CHECK(ui::ReceiptModel::savedMessage(root, name, {root}) ==
        QStringLiteral("Saved to the USB stick KINGSTON as Receipt 7K3Q9-M2XDA.pdf"));
  CHECK(ui::ReceiptModel::savedMessage(root + QStringLiteral("/receipts"), name, {root}) ==
        QStringLiteral(
            "Saved to the USB stick KINGSTON, in the folder receipts, as Receipt 7K3Q9-M2XDA.pdf"));
  CHECK(ui::ReceiptModel::savedMessage(
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), name, {}) ==
        QStringLiteral("Saved in Documents as Receipt 7K3Q9-M2XDA.pdf"));
  CHECK(ui::ReceiptDocument::fileName(QStringLiteral("7K3Q9-M2XDA"), u"en") == name);
  CHECK(hasKhmer(ui::ReceiptDocument::fileName(QStringLiteral("7K3Q9-M2XDA"), u"km")));

  // Through the model: the file in the chosen folder, the message without a path.
  ui::ReceiptModel model;
  model.setRecordId(kRecordId);
  model.takeReceipt(storeReceipt(QStringLiteral("sealed")));
  QString message;
  QString file;
  QObject::connect(&model, &ui::ReceiptModel::pdfSaved, [&](const QString& m, const QString& f) {
    message = m;
    file = f;
  });
  model.saveAsPdf(stick.path());
  QDeadlineTimer deadline(30000);
  while (file.isEmpty() && !deadline.hasExpired())
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  REQUIRE_FALSE(file.isEmpty());
  CHECK(QFileInfo(file).fileName() == QStringLiteral("Receipt %1.pdf").arg(model.receiptCode()));
  CHECK(QFileInfo(file).absolutePath() == QDir(stick.path()).absolutePath());
  CHECK(QFile::exists(file));
  CHECK(message.endsWith(QStringLiteral("as Receipt %1.pdf").arg(model.receiptCode())));
  CHECK_FALSE(message.contains(u'/'));
}
