// SessionModel: who is signed in, signing in and out, and the idle lock —
// after `idleLockSeconds` without input the operator is signed out, and the
// window drops every screen with the view-models holding personal data
// (they are the screens' own). An operator
// signing in with their one-time PIN chooses their own before going on
// (`mustChangeSecret`, chooseSecret); a signed-in operator may change theirs
// (changeSecret). Exposed to QML as `Session`.
#pragma once

#include "core/store/operator_role.h"
#include "core/store/sign_in_refusal.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace camie::ui {

class SessionModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Session)
  QML_SINGLETON
  Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
  Q_PROPERTY(QString operatorId READ operatorId NOTIFY changed)
  Q_PROPERTY(QString role READ role NOTIFY changed)
  Q_PROPERTY(bool busy READ busy NOTIFY changed)
  Q_PROPERTY(QString message READ message NOTIFY changed)
  Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY changed)
  Q_PROPERTY(bool isSupervisor READ isSupervisor NOTIFY changed)
  Q_PROPERTY(bool isTechnician READ isTechnician NOTIFY changed)
  Q_PROPERTY(bool mustChangeSecret READ mustChangeSecret NOTIFY changed)
  Q_PROPERTY(QString secretMessage READ secretMessage NOTIFY changed)

public:
  explicit SessionModel(QObject* parent = nullptr);

  bool signedIn() const { return !operatorId_.isEmpty(); }
  QString operatorId() const { return operatorId_; }
  QString role() const { return role_ ? store::toString(*role_) : QString(); }
  bool busy() const { return busy_; }
  QString message() const { return message_; }
  int lockedSeconds() const { return lockedSeconds_; }
  bool isSupervisor() const {
    return role_ == store::OperatorRole::Supervisor || role_ == store::OperatorRole::Technician;
  }
  bool isTechnician() const { return role_ == store::OperatorRole::Technician; }
  bool mustChangeSecret() const { return !pendingOperator_.isEmpty(); }
  QString secretMessage() const { return secretMessage_; }

  Q_INVOKABLE void signIn(const QString& operatorId, const QString& secret);
  // After a one-time PIN: the operator's own PIN, typed twice; then signed in.
  Q_INVOKABLE void chooseSecret(const QString& newSecret, const QString& repeated);
  Q_INVOKABLE void cancelSecretChange(); // back to signing in; the one-time PIN is forgotten
  // Signed in: the operator's PIN now, then the new one twice (`secretChanged`).
  Q_INVOKABLE void changeSecret(const QString& oldSecret, const QString& newSecret,
                                const QString& repeated);
  Q_INVOKABLE void signOut();
  // Any touch, click or key press: restarts the idle timer.
  Q_INVOKABLE void noteActivity();

signals:
  void changed();
  void signingOut();    // about to sign out (a teller, or the idle timer): keep what must be kept
  void secretChanged(); // the signed-in operator's new PIN is in place

protected:
  bool eventFilter(QObject* watched, QEvent* event) override; // input restarts the idle timer

private:
  void onSignedIn(const QString& operatorId, store::OperatorRole role);
  void onSignInFailed(const store::SignInRefusal& refusal);
  void onSecretChangeRequired(const QString& operatorId, const QString& message);
  void onSecretChanged(const QString& operatorId, store::OperatorRole role);
  void onSecretChangeFailed(const store::SignInRefusal& refusal);
  bool sameTwice(const QString& newSecret, const QString& repeated);
  void updateLockout();

  QString operatorId_;
  std::optional<store::OperatorRole> role_; // nobody signed in: none
  bool busy_ = false;
  QString message_;
  QString secretMessage_;
  QString pendingOperator_; // signed in with a one-time PIN, choosing their own
  QString pendingSecret_;   // that one-time PIN, until the new one is in place
  int lockedSeconds_ = 0;
  QTimer idle_;
  QTimer lockoutTick_;
  qint64 lockedUntilMs_ = 0;
};

} // namespace camie::ui
