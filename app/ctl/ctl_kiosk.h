// CtlKiosk: what the commands that work on a kiosk database share — the
// configuration, the open database, the clock and the device id — and the
// steps they repeat: signing an operator in with a PIN read from stdin,
// loading the reference documents.
#pragma once

#include "app/config/kiosk_config.h"
#include "core/refdata/reference_set.h"
#include "core/store/key_vault.h"
#include "core/store/kiosk_database.h"
#include "core/util/clock.h"

#include <memory>

namespace camie::app {

class Cli;

struct CtlKiosk {
  KioskConfig config;
  std::unique_ptr<Clock> clock;
  std::unique_ptr<store::SqliteDatabase> db;
  QString deviceId; // from the config, else the one made at init

  [[nodiscard]] static Result<CtlKiosk> open(const Cli& cli, store::KioskDatabase::Create create);

  // The key vault, bound to the kiosk's TPM when kiosk.conf names one.
  [[nodiscard]] store::KeyVault vault() const;
  // Reads the operator's PIN from stdin (or the terminal) and signs in.
  [[nodiscard]] Result<store::OperatorSession> signIn(const QString& operatorId);
  [[nodiscard]] Result<refdata::ReferenceSet> reference();
  // Stores a reference document (form, gazetteer, keys, occupations) read
  // from the file `source`, as `refdata load` does; returns its ETag. A
  // document that does not parse is refused and the old one kept; keys only
  // as the registry's signed envelope, verified against the pinned roots and
  // the serial held (ReferenceDataStore::acceptKeys).
  [[nodiscard]] Result<QString> loadReference(const QString& name, const QByteArray& body,
                                              const QString& source);
  // Checks a signed keys envelope as loadReference would, storing nothing.
  [[nodiscard]] Result<void> verifyKeys(const QByteArray& body, const QString& source);
  // Whether `body` parses as the reference document `name` (keys: see verifyKeys).
  [[nodiscard]] static Result<void> checkReference(const QString& name, const QByteArray& body);
  // Makes sure the data key is also sealed to the newest registry key.
  void ensureRecovery(const store::OperatorSession& session, const refdata::ReferenceSet& ref);
};

} // namespace camie::app
