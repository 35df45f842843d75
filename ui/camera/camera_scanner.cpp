#include "ui/camera/camera_scanner.h"

#include "core/logging/log_categories.h"
#include "core/scan/camera_decoder.h"
#include "ui/camera/video_frame_buffer.h"

#include <QDir>

namespace camie::ui {

namespace {

// On Linux a camera is a V4L2 device node. Without one, Qt Multimedia is not
// woken at all: its GStreamer backend starts audio device providers too
// (PulseAudio), which warn and hold memory on kiosks without a sound server.
bool mayHaveCamera() {
#ifdef Q_OS_LINUX
  return !QDir(QStringLiteral("/dev"))
              .entryList({QStringLiteral("video*")}, QDir::System)
              .isEmpty();
#else
  return true;
#endif
}

} // namespace

CameraScanner::CameraScanner(QObject* parent)
    : QObject(parent), pipeline_(std::make_shared<scan::CameraDecoder>(), clock_) {
  connect(&pipeline_, &scan::FramePipeline::codeFound, this,
          [this](const scan::DecodedCode& code) { emit codeScanned(code.format, code.text); });
  refreshCameras();
}

CameraScanner::~CameraScanner() {
  stopCamera(); // no frame callback may run into a half-destroyed scanner
}

QStringList CameraScanner::cameraNames() const {
  QStringList names;
  for (const QCameraDevice& device : cameras_)
    names.append(device.description());
  return names;
}

void CameraScanner::setCameraIndex(int index) {
  if (index == index_ || index < 0 || index >= cameras_.size())
    return;
  index_ = index;
  emit cameraIndexChanged();
  if (camera_) {
    stopCamera();
    applyState();
  }
}

void CameraScanner::setActive(bool active) {
  if (active == active_)
    return;
  active_ = active;
  emit activeChanged();
  if (active_)
    refreshCameras(); // applies the state too
  else
    applyState();
}

void CameraScanner::setVideoSink(QVideoSink* sink) {
  if (sink == externalSink_)
    return;
  const bool running = camera_ != nullptr;
  stopCamera();
  externalSink_ = sink;
  emit videoSinkChanged();
  if (running)
    applyState();
}

// Cameras come and go (USB): keep the chosen one if it is still there.
void CameraScanner::refreshCameras() {
  const QByteArray chosen = index_ >= 0 ? cameras_.at(index_).id() : QByteArray();
  const QStringList names = cameraNames();
  cameras_ = mayHaveCamera() ? QMediaDevices::videoInputs() : QList<QCameraDevice>();
  int index = -1;
  for (qsizetype i = 0; i < cameras_.size(); ++i) {
    if (cameras_.at(i).id() == chosen || (chosen.isEmpty() && cameras_.at(i).isDefault()))
      index = static_cast<int>(i);
  }
  if (index < 0 && !cameras_.isEmpty())
    index = 0;
  const bool lost = camera_ && (index < 0 || cameras_.at(index).id() != chosen);
  const bool changed = index != index_ || cameraNames() != names;
  index_ = index;
  if (changed) {
    emit camerasChanged();
    emit cameraIndexChanged();
  }
  if (lost)
    stopCamera();
  applyState();
}

void CameraScanner::applyState() {
  if (cameras_.isEmpty()) {
    stopCamera();
    setState(NoCamera);
  } else if (!active_) {
    stopCamera();
    setState(Stopped);
  } else if (!camera_) {
    startCamera();
  }
}

void CameraScanner::startCamera() {
  camera_ = std::make_unique<QCamera>(cameras_.at(index_));
  session_ = std::make_unique<QMediaCaptureSession>();
  connect(camera_.get(), &QCamera::errorOccurred, this,
          [this](QCamera::Error, const QString& message) {
            qCWarning(lcScan) << "camera error";
            stopCamera();
            setState(Failed, message);
          });
  connect(camera_.get(), &QCamera::activeChanged, this, [this](bool running) {
    if (running)
      setState(Running);
  });
  session_->setCamera(camera_.get());
  QVideoSink* target = sink();
  session_->setVideoSink(target);
  // Direct: frames arrive on the camera's thread, and the pipeline takes or
  // drops them there without waking the GUI thread.
  frames_ = connect(target, &QVideoSink::videoFrameChanged, this, &CameraScanner::onFrame,
                    Qt::DirectConnection);
  setState(Starting);
  camera_->start();
}

void CameraScanner::stopCamera() {
  disconnect(frames_);
  if (camera_)
    camera_->stop();
  session_.reset();
  camera_.reset();
}

void CameraScanner::setState(State state, const QString& error) {
  if (state == state_ && error == error_)
    return;
  state_ = state;
  error_ = error;
  emit stateChanged();
}

QVideoSink* CameraScanner::sink() {
  if (externalSink_)
    return externalSink_;
  if (!ownSink_)
    ownSink_ = std::make_unique<QVideoSink>();
  return ownSink_.get();
}

void CameraScanner::onFrame(const QVideoFrame& frame) {
  if (pipeline_.isBusy() || !frame.isValid())
    return; // dropped: the worker is still on an earlier frame
  pipeline_.submit(VideoFrameBuffer::forPipeline(frame));
}

} // namespace camie::ui
