#include "ui/models/card_capture_model.h"

#include "core/store/kiosk_store_service.h"
#include "ui/models/card_proposals.h"
#include "ui/models/card_reader_thread.h"
#include "ui/models/kiosk_services.h"

#include <QUrl>

namespace camie::ui {

CardCaptureModel::CardCaptureModel(QObject* parent) : QObject(parent) {}

void CardCaptureModel::start() {
  busy_ = true;
  failed_ = false;
  message_ = tr("Reading the ID card…");
  emit changed();
}

void CardCaptureModel::finish(const QString& message, bool failed) {
  busy_ = false;
  failed_ = failed;
  message_ = message;
  emit changed();
}

void CardCaptureModel::clear() {
  ++generation_;
  finish({}, false);
}

void CardCaptureModel::readPicture(const QString& pathOrUrl) {
  if (busy_)
    return;
  const QUrl url(pathOrUrl);
  start();
  const int generation = generation_;
  CardReaderThread::shared().readFile(url.isLocalFile() ? url.toLocalFile() : pathOrUrl,
                                      QDate::currentDate(), this,
                                      [this, generation](const CardReaderThread::Outcome& outcome) {
                                        if (generation != generation_)
                                          return;
                                        if (!outcome.reading)
                                          finish(outcome.problem, true);
                                        else
                                          take(*outcome.reading);
                                      });
}

void CardCaptureModel::readImage(const QImage& image) {
  if (busy_ || image.isNull())
    return;
  start();
  const int generation = generation_;
  CardReaderThread::shared().readImage(
      image, QDate::currentDate(), this,
      [this, generation](const CardReaderThread::Outcome& outcome) {
        if (generation != generation_)
          return;
        if (!outcome.reading)
          finish(outcome.problem, true);
        else
          take(*outcome.reading);
      });
}

void CardCaptureModel::take(const ocr::CardReading& reading) {
  auto* store = KioskServices::instance().store.data();
  const auto reference = store ? store->reference() : nullptr;
  if (!reference) {
    finish(tr("The form is not loaded yet, so the card cannot be used."), true);
    return;
  }
  const QList<CardProposal> proposals = CardProposals::from(reading, reference->form);
  if (proposals.isEmpty()) {
    finish(reading.zoneFound
               ? tr("The code on the back of the card could not be read without doubt, so "
                    "nothing was proposed. Try a sharper picture, or the front of the card.")
               : tr("No ID card could be read in this picture. Hold the whole card flat and "
                    "upright, in good light, and try again."),
           true);
    return;
  }
  QVariantList list;
  int uncertain = 0;
  for (const CardProposal& p : proposals) {
    if (p.note == CardProposal::Note::LowConfidence)
      ++uncertain;
    list.append(QVariantMap{{QStringLiteral("fieldId"), p.fieldId},
                            {QStringLiteral("value"), p.value},
                            {QStringLiteral("note"), CardProposal::noteCode(p.note)},
                            {QStringLiteral("fromCard"), p.fromCard}});
  }
  QString message = tr("%n answer(s) proposed from the ID card. Check each one with the person.",
                       nullptr, static_cast<int>(proposals.size()));
  if (uncertain > 0)
    message += u' ' + tr("%n of them read with low confidence: look at those closely.", nullptr,
                         uncertain);
  finish(message, false);
  emit proposed(list);
}

} // namespace camie::ui
