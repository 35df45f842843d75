// KioskStoreService: the encrypted queue as the kiosk's screens use it, on
// its own thread with its own database connection. Three services share
// that thread, one per job: session() signs operators in and out,
// registration() finalises, keeps drafts and checks duplicates, records()
// counts, searches and opens records and receipts. Calls return at once and
// cross to the thread as typed lambdas (askStore); each answers with one
// signal of the service asked, so the GUI thread never waits on the disk or
// on key derivation. This class starts the thread and holds the reference set.
#pragma once

#include "core/refdata/reference_set.h"
#include "core/store/record_query_service.h"
#include "core/store/registration_service.h"
#include "core/store/session_service.h"
#include "core/store/store_state.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace camie::store {

class KioskStoreService : public QObject {
  Q_OBJECT

public:
  using Config = StoreConfig;

  explicit KioskStoreService(Config config, QObject* parent = nullptr);
  ~KioskStoreService() override;

  // Opens the database (ready) and loads the reference set (referenceChanged
  // | referenceFailed), then counts the queue (records().countsChanged).
  void start();
  // The reference documents again, after the sync engine stored new ones.
  void reloadReference(); // referenceChanged | referenceFailed

  SessionService& session() { return session_; }
  RegistrationService& registration() { return registration_; }
  RecordQueryService& records() { return records_; }
  const SessionService& session() const { return session_; }

  // The reference documents last loaded (null before the first load).
  std::shared_ptr<const refdata::ReferenceSet> reference() const { return reference_; }

signals:
  void ready(bool ok, const QString& message);
  // The reference documents, parsed on the store thread (immutable, shared).
  void referenceChanged(std::shared_ptr<const camie::refdata::ReferenceSet> reference);
  void referenceFailed(const QString& message);

private:
  void takeReference(const Result<std::shared_ptr<const refdata::ReferenceSet>>& loaded);

  QThread thread_;
  StoreState* state_; // lives on thread_, deleted there when it ends
  SessionService session_;
  RegistrationService registration_;
  RecordQueryService records_;
  std::shared_ptr<const refdata::ReferenceSet> reference_;
};

} // namespace camie::store
