// HomeModel: the numbers on the home screen — registrations today, queued,
// sent, rejected — and the sync state in words with its last success.
// Exposed to QML as `Home`.
#pragma once

#include "core/store/status_counts.h"
#include "core/sync/sync_status.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

namespace camie::ui {

class HomeModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Home)
  QML_SINGLETON
  Q_PROPERTY(int today READ today NOTIFY changed)
  Q_PROPERTY(int queued READ queued NOTIFY changed)
  Q_PROPERTY(int sent READ sent NOTIFY changed)
  Q_PROPERTY(int rejected READ rejected NOTIFY changed)
  Q_PROPERTY(QString syncState READ syncState NOTIFY changed) // disabled, idle, ...
  Q_PROPERTY(QString syncWords READ syncWords NOTIFY changed) // in the current language
  Q_PROPERTY(QString syncProblem READ syncProblem NOTIFY changed)
  Q_PROPERTY(int syncDone READ syncDone NOTIFY changed)
  Q_PROPERTY(int syncTotal READ syncTotal NOTIFY changed)
  // When the last sync that reached the registry ended; invalid while no
  // record of this kiosk was ever answered ("Nothing sent yet.").
  Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY changed)
  // Why the numbers could not be counted, in words (empty when they were).
  Q_PROPERTY(QString countsProblem READ countsProblem NOTIFY changed)

public:
  explicit HomeModel(QObject* parent = nullptr);

  int today() const { return static_cast<int>(counts_.today); }
  int queued() const;
  int sent() const;
  int rejected() const { return static_cast<int>(counts_.of(store::RecordStatus::Rejected)); }
  QString syncState() const;
  QString syncWords() const;
  QString syncProblem() const { return sync_.message; }
  int syncDone() const { return static_cast<int>(sync_.done); }
  int syncTotal() const { return static_cast<int>(sync_.total); }
  QDateTime lastSuccess() const;
  QString countsProblem() const { return countsProblem_; }

  Q_INVOKABLE void refresh();
  Q_INVOKABLE void syncNow();

  // For tests and for the services' signals.
  void setCounts(const store::StatusCounts& counts);
  void setSyncStatus(const sync::SyncStatus& status);

signals:
  void changed();

private:
  store::StatusCounts counts_;
  QString countsProblem_;
  sync::SyncStatus sync_;
};

} // namespace camie::ui
