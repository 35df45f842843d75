// TransferModel: the technician's USB bundle panel — pick the stick, write
// this kiosk's unsent records to it, or queue a bundle found on it, with a
// progress bar and the outcome in words. Exposed to QML as `Transfers`.
#pragma once

#include "ui/models/bundle_backend.h"

#include <QObject>
#include <QQmlEngine>

namespace camie::ui {

class TransferModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Transfers)
  QML_SINGLETON
  Q_PROPERTY(bool available READ available CONSTANT)
  Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY changed)
  Q_PROPERTY(QStringList sticks READ sticks NOTIFY changed)
  Q_PROPERTY(QStringList bundles READ bundles NOTIFY changed)
  Q_PROPERTY(bool busy READ busy NOTIFY changed)
  Q_PROPERTY(double progress READ progress NOTIFY changed)
  Q_PROPERTY(bool lastOk READ lastOk NOTIFY changed)
  Q_PROPERTY(QString message READ message NOTIFY changed)

public:
  explicit TransferModel(QObject* parent = nullptr);

  bool available() const;
  QString folder() const { return folder_; }
  void setFolder(const QString& folder);
  QStringList sticks() const { return sticks_; }
  QStringList bundles() const { return bundles_; }
  bool busy() const { return busy_; }
  double progress() const { return progress_; }
  bool lastOk() const { return lastOk_; }
  QString message() const { return message_; }

  // Looks for sticks again and lists the bundles in the folder.
  Q_INVOKABLE void refresh();
  Q_INVOKABLE void exportNow(bool includeExported, const QString& actor);
  // `name`: one of bundles().
  Q_INVOKABLE void importBundle(const QString& name, const QString& actor);
  // Records exported to a stick that never reached the registry go back in
  // this kiosk's own queue.
  Q_INVOKABLE void requeueExported(const QString& actor);

signals:
  void changed();

private:
  bool refused(const QString& actor); // says so when no technician `actor` is signed in
  void start(const QString& words);
  BundleBackend::Progress onProgress();
  void finish(const BundleBackend::Outcome& outcome, const QString& success);
  QString failureWords(const Error& error) const;

  QString folder_;
  QStringList sticks_;
  QStringList bundles_;
  bool busy_ = false;
  double progress_ = 0;
  bool lastOk_ = false;
  QString message_;
};

} // namespace camie::ui
