// CardCamera: watches the frames a camera shows (the same video sink as the
// code scanner) while a teller holds an ID card inside the guide frame, and
// takes a still when the card is steady and sharp (CardStillPicker). Frames
// are looked at a few times a second on a worker thread; frames that arrive
// meanwhile are dropped. The still goes to the card reader in memory only.
#pragma once

#include "ui/camera/card_still_picker.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVideoSink>

#include <atomic>
#include <memory>

namespace camie::ui {

class CardCamera : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
  Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
  Q_PROPERTY(State state READ state NOTIFY stateChanged)
  Q_PROPERTY(QString status READ status NOTIFY stateChanged) // for the teller

public:
  enum State { Waiting, Moving, Blurred, Steady, Taken };
  Q_ENUM(State)

  static constexpr int kIntervalMs = 150; // between frames looked at

  explicit CardCamera(QObject* parent = nullptr);
  ~CardCamera() override;

  bool isActive() const { return active_; }
  // Starts looking for a steady card (again, after a still was taken).
  void setActive(bool active);
  QVideoSink* videoSink() const { return sink_; }
  void setVideoSink(QVideoSink* sink);
  State state() const { return state_; }
  QString status() const;

signals:
  void activeChanged();
  void videoSinkChanged();
  void stateChanged();
  // A still of the card, 8-bit grey, full size: read it, never keep it.
  void stillTaken(const QImage& image);

private:
  void connectSink();
  void onFrame(const QVideoFrame& frame);
  void take(CardStillPicker::State state, const QImage& still);

  bool active_ = false;
  State state_ = Waiting;
  QPointer<QVideoSink> sink_;
  QMetaObject::Connection frames_;
  // Shared with the worker jobs: a job outliving this object finds it gone.
  struct Shared {
    CardStillPicker picker;
    std::atomic<bool> busy{false};
  };
  std::shared_ptr<Shared> shared_;
  qint64 lastFrameMs_ = 0;
};

} // namespace camie::ui
