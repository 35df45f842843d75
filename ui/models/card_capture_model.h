// CardCaptureModel: reading an ID card for the registration form, from a
// picture on a USB stick or a still the camera took (CardCamera) — on the
// card reader thread, the GUI never waiting; the picture only in memory.
// What the card gives goes out as proposals (signal proposed) for the form
// to mark until the teller confirms each; what came of it is said in words,
// in the screen's language. One per scan panel. Exposed to QML as `CardCapture`.
#pragma once

#include "ui/models/card_reader_thread.h"

#include <QImage>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace camie::ui {

class CardCaptureModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(CardCapture)
  Q_PROPERTY(bool busy READ busy NOTIFY changed)
  Q_PROPERTY(QString message READ message NOTIFY changed)
  Q_PROPERTY(bool failed READ failed NOTIFY changed) // the message says what went wrong

public:
  explicit CardCaptureModel(QObject* parent = nullptr);

  bool busy() const { return result_ == Result::Reading; }
  QString message() const; // in the screen's language
  bool failed() const;

  // A picture file (a path or file:// URL), e.g. from UsbPictures.
  Q_INVOKABLE void readPicture(const QString& pathOrUrl);
  // A still from the camera (CardCamera.stillTaken).
  Q_INVOKABLE void readImage(const QImage& image);
  Q_INVOKABLE void clear();

signals:
  void changed();
  // [{fieldId, value, note ("", "low_confidence", "romanised"), fromCard}]
  void proposed(const QVariantList& proposals);

private:
  enum class Result {
    None,
    Reading,
    Proposed,       // proposed_ answers, uncertain_ of them with low confidence
    ZoneUnchecked,  // a zone was found that does not validate: nothing proposed
    NothingRead,    // no card in the picture
    NoForm,         // the form is not loaded yet
    Unreadable,     // the picture does not open
    OcrUnavailable, // Tesseract or its models are missing
  };
  void start();
  void finish(Result result);
  void answer(const CardReaderThread::Outcome& outcome);
  void take(const ocr::CardReading& reading); // made into the form's proposals

  Result result_ = Result::None;
  int proposed_ = 0;
  int uncertain_ = 0;
  int generation_ = 0; // a reading answered after clear() is dropped
};

} // namespace camie::ui
