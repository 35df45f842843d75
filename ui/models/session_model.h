// SessionModel: who is signed in, signing in and out, and the idle lock —
// after `idleLockSeconds` without input the operator is signed out and
// every screen clears its personal fields (signal `locked`). Exposed to QML
// as `Session`.
#pragma once

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

public:
  explicit SessionModel(QObject* parent = nullptr);

  bool signedIn() const { return !operatorId_.isEmpty(); }
  QString operatorId() const { return operatorId_; }
  QString role() const { return role_; }
  bool busy() const { return busy_; }
  QString message() const { return message_; }
  int lockedSeconds() const { return lockedSeconds_; }
  bool isSupervisor() const { return role_ == u"supervisor" || role_ == u"technician"; }
  bool isTechnician() const { return role_ == u"technician"; }

  Q_INVOKABLE void signIn(const QString& operatorId, const QString& secret);
  Q_INVOKABLE void signOut();
  // Any touch, click or key press: restarts the idle timer.
  Q_INVOKABLE void noteActivity();

signals:
  void changed();
  void locked();     // signed out by the idle timer: clear personal data from the screen
  void signingOut(); // about to sign out (a teller, or the idle timer): keep what must be kept

protected:
  bool eventFilter(QObject* watched, QEvent* event) override; // input restarts the idle timer

private:
  void onSignedIn(const QString& operatorId, const QString& role);
  void onSignInFailed(const QString& code, const QString& message, qint64 lockedUntilMs);
  void updateLockout();

  QString operatorId_;
  QString role_;
  bool busy_ = false;
  QString message_;
  int lockedSeconds_ = 0;
  QTimer idle_;
  QTimer lockoutTick_;
  qint64 lockedUntilMs_ = 0;
};

} // namespace camie::ui
