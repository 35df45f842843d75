// CameraScanner: the camera as QML sees it — the cameras there are, the one
// chosen, whether it runs — feeding its frames to the scanning pipeline on a
// worker thread and announcing each code found. With no camera it simply says
// so (state NoCamera) and touches no camera API that would warn.
#pragma once

#include "core/scan/frame_pipeline.h"
#include "core/util/clock.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVideoSink>

#include <memory>

namespace camie::ui {

class CameraScanner : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(State state READ state NOTIFY stateChanged)
  Q_PROPERTY(bool hasCamera READ hasCamera NOTIFY camerasChanged)
  Q_PROPERTY(QStringList cameraNames READ cameraNames NOTIFY camerasChanged)
  Q_PROPERTY(int cameraIndex READ cameraIndex WRITE setCameraIndex NOTIFY cameraIndexChanged)
  Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
  Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
  Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)

public:
  enum State {
    NoCamera, // no camera is connected: scan with a keyboard-wedge scanner instead
    Stopped,  // a camera is there, not running
    Starting, // asked to run, waiting for the first frames
    Running,  // frames are being scanned
    Failed,   // the camera refused to run (errorString says why)
  };
  Q_ENUM(State)

  explicit CameraScanner(QObject* parent = nullptr);
  ~CameraScanner() override;

  State state() const { return state_; }
  bool hasCamera() const { return !cameras_.isEmpty(); }
  QStringList cameraNames() const;
  int cameraIndex() const { return index_; }
  // Chooses a camera from cameraNames; an index out of range is ignored.
  void setCameraIndex(int index);
  bool isActive() const { return active_; }
  // Runs the chosen camera (if there is one) or stops it.
  void setActive(bool active);
  // The sink frames go to: set it to a VideoOutput's videoSink to show the
  // picture; without one the scanner uses a sink of its own.
  QVideoSink* videoSink() const { return externalSink_; }
  void setVideoSink(QVideoSink* sink);
  QString errorString() const { return error_; }

  // Looks for cameras again (one plugged in since). Also done on every start.
  // No QMediaDevices watcher: constructing one connects to the audio server,
  // which warns on kiosks without one.
  Q_INVOKABLE void refreshCameras();

signals:
  void stateChanged();
  void camerasChanged();
  void cameraIndexChanged();
  void activeChanged();
  void videoSinkChanged();
  // A code seen for the first time in a while (the same code held in front
  // of the camera is announced once).
  void codeScanned(const QString& format, const QString& text);

private:
  void applyState();
  void startCamera();
  void stopCamera();
  void setState(State state, const QString& error = {});
  QVideoSink* sink();
  void onFrame(const QVideoFrame& frame);

  SystemClock clock_;
  scan::FramePipeline pipeline_;
  QList<QCameraDevice> cameras_;
  int index_ = -1;
  bool active_ = false;
  State state_ = NoCamera;
  QString error_;
  std::unique_ptr<QCamera> camera_;
  std::unique_ptr<QMediaCaptureSession> session_;
  QPointer<QVideoSink> externalSink_;
  std::unique_ptr<QVideoSink> ownSink_;
  QMetaObject::Connection frames_;
};

} // namespace camie::ui
