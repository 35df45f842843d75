#include "ui/models/scan_model.h"

#include "core/domain/registration_validator.h"
#include "core/logging/log_categories.h"
#include "core/scan/barcode_decoder.h"
#include "core/scan/prefill_builder.h"
#include "core/scan/scan_classifier.h"
#include "core/store/kiosk_store_service.h"
#include "ui/models/kiosk_services.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

namespace camie::ui {

ScanModel::ScanModel(QObject* parent) : QObject(parent) {}

void ScanModel::report(const QString& kind, const QString& verdict, const QString& message) {
  kind_ = kind;
  verdict_ = verdict;
  message_ = message;
  busy_ = false;
  emit changed();
}

void ScanModel::clear() {
  text_.clear();
  pendingMrz_.clear();
  wedge_.reset();
  report(QStringLiteral("none"), {}, {});
}

void ScanModel::scanText(const QString& text, const QVariantMap& answers) {
  auto* store = KioskServices::instance().store.data();
  const auto reference = store ? store->reference() : nullptr;
  text_ = text;
  if (!reference) {
    report(QStringLiteral("none"), QStringLiteral("no_reference"),
           tr("The form is not loaded yet, so the scan cannot be used."));
    return;
  }
  const QDate today = QDate::currentDate();
  const scan::ScanClassifier classifier(reference->keys ? reference->keys->portal()
                                                        : QList<refdata::PortalKey>());
  const scan::ScannedPayload payload =
      classifier.classify(text, QDateTime::currentSecsSinceEpoch(), today);
  qCInfo(lcScan) << "scanned" << payload.kindCode() << payload.verdict(); // no content logged
  const domain::RegistrationValidator validator(
      reference->form, reference->gazetteer ? &*reference->gazetteer : nullptr, today);
  const scan::PrefillBuilder builder(reference->form, validator);
  const QJsonObject context = QJsonObject::fromVariantMap(answers);
  std::optional<scan::Prefill> prefill;
  if (payload.mrz && payload.verdict() == u"valid")
    prefill = builder.fromMrz(*payload.mrz->record, context);
  else if (payload.ie1 && payload.verdict() == u"valid")
    prefill = builder.fromIe1(*payload.ie1, context);

  if (prefill && !prefill->values.isEmpty()) {
    report(payload.kindCode(), payload.verdict(),
           tr("%n answer(s) filled in from the scan. Check each one with the person.", nullptr,
              static_cast<int>(prefill->values.size())));
    emit prefillReady(prefill->answers().toVariantMap());
    return;
  }
  QString message = payload.message();
  if (payload.kind == scan::PayloadKind::Text)
    message = tr("This code holds text, not a registration. Nothing was filled in.");
  report(payload.kindCode(), payload.verdict(), message);
}

bool ScanModel::keyTyped(const QString& keyText, const QVariantMap& answers) {
  const auto scanned = wedge_.feed(keyText, QDateTime::currentMSecsSinceEpoch());
  if (!scanned)
    return false;
  // An ID card's zone comes as several lines: join them before reading.
  pendingMrz_ = scanned->continuesPrevious ? pendingMrz_ + u'\n' + scanned->text : scanned->text;
  scanText(pendingMrz_, answers);
  return true;
}

void ScanModel::scanImageFile(const QString& pathOrUrl, const QVariantMap& answers) {
  const QUrl url(pathOrUrl);
  const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
  busy_ = true;
  emit changed();
  QPointer<ScanModel> self(this);
  QThreadPool::globalInstance()->start([self, path, answers] {
    const QImage image = QImage(path).convertToFormat(QImage::Format_Grayscale8);
    QStringList texts;
    QString problem;
    if (image.isNull()) {
      problem = ScanModel::tr("The picture could not be opened. Use a PNG or JPEG file.");
    } else {
      const scan::BarcodeDecoder decoder(scan::BarcodeDecoder::imageOptions());
      const scan::ImageRef view{image.constBits(),
                                image.width(),
                                image.height(),
                                static_cast<int>(image.bytesPerLine()),
                                1,
                                scan::PixelLayout::Lum};
      auto codes = decoder.decode(view);
      if (!codes)
        problem = codes.error().message;
      else
        for (const auto& code : *codes)
          texts << code.text;
    }
    QMetaObject::invokeMethod(QCoreApplication::instance(), [self, texts, problem, answers] {
      if (!self)
        return;
      if (!problem.isEmpty())
        self->report(QStringLiteral("none"), QStringLiteral("unreadable"), problem);
      else if (texts.isEmpty())
        self->report(QStringLiteral("none"), QStringLiteral("no_code"),
                     ScanModel::tr("No code was found in the picture."));
      else
        self->scanText(texts.first(), answers);
    });
  });
}

} // namespace camie::ui
