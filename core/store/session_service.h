// SessionService: signing in and out on the kiosk's store thread (scrypt
// takes about 100 ms, more with a TPM) — the sign-in session of
// KioskStoreService. Each call answers with exactly one of the signals named
// beside it; the data key stays on the store thread and is wiped on sign-out.
#pragma once

#include "core/store/operator_role.h"
#include "core/store/sign_in_refusal.h"

#include <QObject>

#include <optional>

namespace camie::store {

class StoreState;

class SessionService : public QObject {
  Q_OBJECT

public:
  SessionService(StoreState* state, QObject* parent);

  // secretChangeRequired: the right one-time PIN of a new operator, who must
  // now choose their own (changeSecret with it).
  void signIn(const QString& operatorId,
              const QString& secret); // signedIn | signInFailed | secretChangeRequired
  // The operator's own PIN or passphrase replaced (KeyVault::changeSecret):
  // at the first sign-in (the one-time PIN as `oldSecret`), or signed in.
  // Then signed in as `operatorId`.
  void changeSecret(const QString& operatorId, const QString& oldSecret,
                    const QString& newSecret); // secretChanged | secretChangeFailed
  void signOut();                              // signedOut

  // Who is signed in, as the store thread last reported it (empty: nobody).
  // The view-models and backends of privileged screens check the role here
  // themselves, not only the QML that shows them.
  QString signedInOperator() const { return signedInOperator_; }
  // Signed in with `role` or a role above it (teller < supervisor < technician).
  bool signedInAtLeast(OperatorRole role) const {
    return signedInRole_ && static_cast<int>(*signedInRole_) >= static_cast<int>(role);
  }

signals:
  void signedIn(const QString& operatorId, camie::store::OperatorRole role);
  void signInFailed(const camie::store::SignInRefusal& refusal);
  void secretChangeRequired(const QString& operatorId, const QString& message);
  void secretChanged(const QString& operatorId, camie::store::OperatorRole role);
  void secretChangeFailed(const camie::store::SignInRefusal& refusal);
  void signedOut();

private:
  struct Answer; // of signIn and changeSecret
  void take(const Answer& answer, bool changing);

  StoreState* state_;
  QString signedInOperator_;
  std::optional<OperatorRole> signedInRole_;
};

} // namespace camie::store
