#include "ui/models/receipt_document.h"

#include "ui/models/local_format.h"
#include "ui/models/qr_image_provider.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTranslator>

namespace camie::ui {
namespace {

constexpr const char* kContext = "camie::ui::ReceiptDocument";

// The Khmer sentences, loaded once: the PDF says both languages whatever
// language the screen is in, so it cannot rely on the installed translator.
const QTranslator& khmer() {
  // Made on first use from whichever thread asks (the PDF is written on a
  // pool thread), so without a parent; never freed. Only read afterwards.
  static const QTranslator* const translator = [] {
    auto* t = new QTranslator;
    if (!t->load(QStringLiteral(":/i18n/camie_km.qm")))
      qWarning("ReceiptDocument: no Khmer translation file");
    return t;
  }();
  return *translator;
}

using store::RecordStatus;

const char* headlineSource(RecordStatus status) {
  switch (status) {
  case RecordStatus::Draft:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument", "Not finished yet");
  case RecordStatus::Sealed:
  case RecordStatus::Sending:
  case RecordStatus::Exported:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument", "Registration saved");
  case RecordStatus::Accepted:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument", "Registration accepted");
  case RecordStatus::Duplicate:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument", "Already registered");
  case RecordStatus::Rejected:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument", "Registration not accepted");
  }
  return "";
}

const char* stateSource(RecordStatus status) {
  switch (status) {
  case RecordStatus::Draft:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument",
                             "This registration is not finished and has not been sent.");
  case RecordStatus::Sealed:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument",
                             "It is kept safely on this kiosk and sent to the registry as soon as "
                             "there is a connection.");
  case RecordStatus::Sending:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument", "It is being sent to the registry now.");
  case RecordStatus::Exported:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument",
                             "It is kept on this kiosk and goes to the registry on a USB stick; "
                             "the registry number comes when it arrives.");
  case RecordStatus::Accepted:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument",
                             "The registry accepted it. The registry number is this person's "
                             "registration: keep this receipt.");
  case RecordStatus::Duplicate:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument",
                             "The registry already had this person. The registry number is their "
                             "earlier registration; nothing more is needed.");
  case RecordStatus::Rejected:
    return QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument",
                             "The registry did not accept it. A supervisor can open it in Records, "
                             "correct it and send it again.");
  }
  return "";
}

// Draws `text` in `rect`'s width from `y`, wrapped; returns the y below it.
int drawBlock(QPainter& painter, int x, int y, int width, const QString& text, int gap = 12) {
  QRect used;
  painter.drawText(QRect(x, y, width, 2000), Qt::TextWordWrap, text, &used);
  return y + used.height() + gap;
}

QFont fontOf(int points, bool bold = false, bool mono = false) {
  QFont font;
  font.setFamilies(
      mono ? QStringList{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")}
           : QStringList{QStringLiteral("Noto Sans Khmer"), QStringLiteral("Khmer OS"),
                         QStringLiteral("Noto Sans")});
  font.setPointSize(points);
  font.setBold(bold);
  return font;
}

} // namespace

QString ReceiptDocument::text(const char* source, QStringView language) {
  if (language == u"km") {
    const QString translated = khmer().translate(kContext, source);
    if (!translated.isEmpty())
      return translated;
  }
  return QString::fromUtf8(source);
}

QString ReceiptDocument::headline(RecordStatus status, QStringView language) {
  return text(headlineSource(status), language);
}

QString ReceiptDocument::stateText(RecordStatus status, QStringView language) {
  return text(stateSource(status), language);
}

QString ReceiptDocument::fileName(const QString& receiptCode, QStringView language) {
  return text(QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument", "Receipt %1.pdf"), language)
      .arg(receiptCode);
}

Result<void> ReceiptDocument::writePdf(const ReceiptContent& c, const QString& path) {
  QPdfWriter pdf(path);
  pdf.setPageSize(QPageSize(QPageSize::A6));
  pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
  pdf.setResolution(300);
  pdf.setTitle(text("CAM-IE registration receipt", u"en") + u' ' + c.receiptCode);
  pdf.setCreator(QStringLiteral("CAM-IE Kiosk"));
  QPainter painter(&pdf);
  if (!painter.isActive())
    return makeError(QStringLiteral("pdf_failed"), QStringLiteral("cannot write %1").arg(path));
  const int margin = 70;
  const int width = pdf.width() - 2 * margin;
  int y = margin;

  painter.setFont(fontOf(10, true));
  for (const char* lang : {"km", "en"})
    y = drawBlock(
        painter, margin, y, width,
        text(QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument", "CAM-IE registration receipt"),
             QString::fromLatin1(lang)),
        4);

  // The code to read out, and the same code as a QR code beside it.
  y += 20;
  const int qrSide = 300;
  const QImage qr = QrImageProvider::render(c.receiptCode, 6);
  if (!qr.isNull())
    painter.drawImage(QRect(margin + width - qrSide, y, qrSide, qrSide), qr);
  painter.setFont(fontOf(7));
  int codeY =
      drawBlock(painter, margin, y + 20, width - qrSide - 20,
                text(QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument", "Receipt code"), u"km") +
                    QStringLiteral(" · ") + text("Receipt code", u"en"),
                4);
  painter.setFont(fontOf(17, true, true));
  codeY = drawBlock(painter, margin, codeY, width - qrSide - 20, c.receiptCode, 8);
  y = std::max(y + qrSide, codeY) + 20;

  painter.setFont(fontOf(11, true));
  for (const QString& name : {c.nameKm, c.nameEn}) {
    if (!name.isEmpty())
      y = drawBlock(painter, margin, y, width, name, 4);
  }
  y += 16;

  for (const char* code : {"km", "en"}) {
    const QString lang = QString::fromLatin1(code);
    painter.setPen(QPen(Qt::black, 3));
    painter.drawLine(margin, y, margin + width, y);
    y += 24;
    painter.setFont(fontOf(9, true));
    y = drawBlock(painter, margin, y, width, headline(c.status, lang), 6);
    painter.setFont(fontOf(7));
    y = drawBlock(painter, margin, y, width, stateText(c.status, lang), 10);
    const QString number =
        c.registryNumber.isEmpty()
            ? text(QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument",
                                     "Registry number: not yet received"),
                   lang)
            : text(QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument", "Registry number: %1"), lang)
                  .arg(c.registryNumber);
    y = drawBlock(painter, margin, y, width, number, 6);
    if (c.capturedAt.isValid())
      y = drawBlock(painter, margin, y, width,
                    text(QT_TRANSLATE_NOOP("camie::ui::ReceiptDocument", "Registered on %1"), lang)
                        .arg(LocalFormat::dateTime(c.capturedAt, lang)),
                    16);
  }
  if (!painter.end())
    return makeError(QStringLiteral("pdf_failed"), QStringLiteral("cannot write %1").arg(path));
  return {};
}

} // namespace camie::ui
