// CardCaptureModel: reading an ID card for the registration form, from a
// picture on a USB stick or a still the camera took (CardCamera) — on the
// card reader thread, the GUI never waiting; the picture only in memory.
// What the card gives goes out as proposals (signal proposed) for the form
// to mark until the teller confirms each; what went wrong is said in words.
// One per scan panel. Exposed to QML as `CardCapture`.
#pragma once

#include <QImage>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace camie::ocr {
struct CardReading;
}

namespace camie::ui {

class CardCaptureModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(CardCapture)
  Q_PROPERTY(bool busy READ busy NOTIFY changed)
  Q_PROPERTY(QString message READ message NOTIFY changed)
  Q_PROPERTY(bool failed READ failed NOTIFY changed) // the message says what went wrong

public:
  explicit CardCaptureModel(QObject* parent = nullptr);

  bool busy() const { return busy_; }
  QString message() const { return message_; }
  bool failed() const { return failed_; }

  // A picture file (a path or file:// URL), e.g. from UsbPictures.
  Q_INVOKABLE void readPicture(const QString& pathOrUrl);
  // A still from the camera (CardCamera.stillTaken).
  Q_INVOKABLE void readImage(const QImage& image);
  Q_INVOKABLE void clear();

  // The reading as the form gets it (also what the tests check).
  void take(const ocr::CardReading& reading);

signals:
  void changed();
  // [{fieldId, value, note ("", "low_confidence", "romanised"), fromCard}]
  void proposed(const QVariantList& proposals);

private:
  void start();
  void finish(const QString& message, bool failed);

  bool busy_ = false;
  bool failed_ = false;
  QString message_;
  int generation_ = 0; // a reading answered after clear() is dropped
};

} // namespace camie::ui
