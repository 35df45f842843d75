#include "ui/models/card_capture_model.h"

#include "core/store/kiosk_store_service.h"
#include "ui/models/card_proposals.h"
#include "ui/models/card_reader_thread.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"
#include "ui/models/local_format.h"

#include <QUrl>

namespace camie::ui {

CardCaptureModel::CardCaptureModel(QObject* parent) : QObject(parent) {
  if (auto* language = LanguageController::provided())
    connect(language, &LanguageController::codeChanged, this, &CardCaptureModel::changed);
}

QString CardCaptureModel::message() const {
  switch (result_) {
  case Result::None:
    return {};
  case Result::Reading:
    return tr("Reading the ID card…");
  case Result::Proposed: {
    QString message = tr("%n answer(s) proposed from the ID card. Check each one with the person.",
                         nullptr, proposed_);
    if (uncertain_ > 0)
      message += u' ' + tr("%n of them read with low confidence: look at those closely.", nullptr,
                           uncertain_);
    return LocalFormat::digits(message, LocalFormat::currentLanguage()); // Khmer digits in Khmer
  }
  case Result::ZoneUnchecked:
    return tr("The code on the back of the card could not be read without doubt, so nothing was "
              "proposed. Try a sharper picture, or the front of the card.");
  case Result::NothingRead:
    return tr("No ID card could be read in this picture. Hold the whole card flat and upright, "
              "in good light, and try again.");
  case Result::NoForm:
    return tr("The form is not loaded yet, so the card cannot be used.");
  case Result::Unreadable:
    return tr("The picture could not be opened. Use a PNG or JPEG file.");
  case Result::OcrUnavailable:
    return tr("This kiosk cannot read ID cards: its text recognition is not installed. Type the "
              "answers instead.");
  }
  return {};
}

bool CardCaptureModel::failed() const {
  return result_ != Result::None && result_ != Result::Reading && result_ != Result::Proposed;
}

void CardCaptureModel::start() {
  finish(Result::Reading);
}

void CardCaptureModel::finish(Result result) {
  result_ = result;
  emit changed();
}

void CardCaptureModel::clear() {
  ++generation_;
  finish(Result::None);
}

void CardCaptureModel::readPicture(const QString& pathOrUrl) {
  if (busy())
    return;
  const QUrl url(pathOrUrl);
  start();
  const int generation = generation_;
  CardReaderThread::shared().readFile(url.isLocalFile() ? url.toLocalFile() : pathOrUrl,
                                      QDate::currentDate(), this,
                                      [this, generation](const CardReaderThread::Outcome& outcome) {
                                        if (generation == generation_)
                                          answer(outcome);
                                      });
}

void CardCaptureModel::readImage(const QImage& image) {
  if (busy() || image.isNull())
    return;
  start();
  const int generation = generation_;
  CardReaderThread::shared().readImage(
      image, QDate::currentDate(), this,
      [this, generation](const CardReaderThread::Outcome& outcome) {
        if (generation == generation_)
          answer(outcome);
      });
}

void CardCaptureModel::answer(const CardReaderThread::Outcome& outcome) {
  using Problem = CardReaderThread::Problem;
  if (outcome.problem == Problem::OcrUnavailable)
    finish(Result::OcrUnavailable);
  else if (outcome.problem == Problem::Unreadable || !outcome.reading)
    finish(Result::Unreadable);
  else
    take(*outcome.reading);
}

void CardCaptureModel::take(const ocr::CardReading& reading) {
  auto* store = KioskServices::instance().store.data();
  const auto reference = store ? store->reference() : nullptr;
  if (!reference) {
    finish(Result::NoForm);
    return;
  }
  const QList<CardProposal> proposals = CardProposals::from(reading, reference->form);
  if (proposals.isEmpty()) {
    finish(reading.zoneFound ? Result::ZoneUnchecked : Result::NothingRead);
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
  proposed_ = static_cast<int>(proposals.size());
  uncertain_ = uncertain;
  finish(Result::Proposed);
  emit proposed(list);
}

} // namespace camie::ui
