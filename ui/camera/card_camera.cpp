#include "ui/camera/card_camera.h"

#include "ui/camera/video_frame_buffer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThreadPool>

namespace camie::ui {

CardCamera::CardCamera(QObject* parent) : QObject(parent), shared_(std::make_shared<Shared>()) {}

CardCamera::~CardCamera() {
  disconnect(frames_);
}

void CardCamera::setActive(bool active) {
  if (active == active_)
    return;
  active_ = active;
  if (active) {
    // A new look: a still taken earlier is forgotten. The picker is only
    // touched by a job while busy; a job still running is let finish.
    if (!shared_->busy.load())
      shared_->picker.reset();
    else
      shared_ = std::make_shared<Shared>();
    state_ = Waiting;
    emit stateChanged();
  }
  connectSink();
  emit activeChanged();
}

void CardCamera::setVideoSink(QVideoSink* sink) {
  if (sink == sink_)
    return;
  sink_ = sink;
  connectSink();
  emit videoSinkChanged();
}

void CardCamera::connectSink() {
  disconnect(frames_);
  if (active_ && sink_)
    frames_ = connect(sink_, &QVideoSink::videoFrameChanged, this, &CardCamera::onFrame);
}

QString CardCamera::status() const {
  switch (state_) {
  case Waiting:
  case Moving:
    return tr("Hold the card inside the frame and keep it still.");
  case Blurred:
    return tr("The card is not sharp yet: hold it a little further from the camera, in good "
              "light.");
  case Steady:
    return tr("Keep it still…");
  case Taken:
    return tr("Picture taken.");
  }
  return {};
}

void CardCamera::onFrame(const QVideoFrame& frame) {
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  if (!active_ || state_ == Taken || !frame.isValid() || now - lastFrameMs_ < kIntervalMs)
    return;
  std::shared_ptr<Shared> shared = shared_;
  if (shared->busy.exchange(true))
    return; // the worker is still on an earlier frame: this one is dropped
  lastFrameMs_ = now;
  std::shared_ptr<scan::FrameBuffer> buffer = VideoFrameBuffer::forPipeline(frame);
  QPointer<CardCamera> self(this);
  QThreadPool::globalInstance()->start([self, shared, buffer] {
    QImage grey;
    if (const auto view = buffer->map()) {
      grey = CardStillPicker::greyCopy(*view);
      buffer->unmap();
    }
    const CardStillPicker::State state = shared->picker.feed(grey);
    const QImage still = state == CardStillPicker::State::Taken ? shared->picker.still() : QImage();
    shared->busy.store(false);
    QMetaObject::invokeMethod(QCoreApplication::instance(), [self, shared, state, still] {
      if (self && self->shared_ == shared)
        self->take(state, still);
    });
  });
}

void CardCamera::take(CardStillPicker::State state, const QImage& still) {
  if (!active_ || state_ == Taken)
    return;
  const auto next = static_cast<State>(static_cast<int>(state));
  if (next != state_) {
    state_ = next;
    emit stateChanged();
  }
  if (state_ == Taken)
    emit stillTaken(still);
}

} // namespace camie::ui
