#include "ui/models/session_model.h"

#include "core/logging/log_categories.h"
#include "core/store/kiosk_store_service.h"
#include "ui/models/kiosk_services.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

namespace camie::ui {

SessionModel::SessionModel(QObject* parent) : QObject(parent) {
  idle_.setSingleShot(true);
  connect(&idle_, &QTimer::timeout, this, [this] {
    if (mustChangeSecret()) {
      cancelSecretChange();
      return;
    }
    if (!signedIn())
      return;
    qCInfo(lcUi) << "idle lock: signing out";
    signOut();
  });
  lockoutTick_.setInterval(1000);
  connect(&lockoutTick_, &QTimer::timeout, this, &SessionModel::updateLockout);
  if (QCoreApplication::instance())
    QCoreApplication::instance()->installEventFilter(this);
  if (auto* store = KioskServices::instance().store.data()) {
    connect(&store->session(), &store::SessionService::signedIn, this, &SessionModel::onSignedIn);
    connect(&store->session(), &store::SessionService::signInFailed, this,
            &SessionModel::onSignInFailed);
    connect(&store->session(), &store::SessionService::secretChangeRequired, this,
            &SessionModel::onSecretChangeRequired);
    connect(&store->session(), &store::SessionService::secretChanged, this,
            &SessionModel::onSecretChanged);
    connect(&store->session(), &store::SessionService::secretChangeFailed, this,
            &SessionModel::onSecretChangeFailed);
  }
}

void SessionModel::signIn(const QString& operatorId, const QString& secret) {
  auto* store = KioskServices::instance().store.data();
  if (!store) {
    message_ =
        tr("The registration store is not available. Restart the kiosk or call a technician.");
    emit changed();
    return;
  }
  if (busy_ || lockedSeconds_ > 0)
    return;
  busy_ = true;
  message_.clear();
  emit changed();
  pendingSecret_ = secret; // kept only if it turns out to be a one-time PIN
  store->session().signIn(operatorId.trimmed(), secret);
}

void SessionModel::onSecretChangeRequired(const QString& operatorId, const QString& message) {
  busy_ = false;
  pendingOperator_ = operatorId;
  message_.clear();
  secretMessage_ = message;
  idle_.start(KioskServices::instance().idleLockSeconds * 1000);
  emit changed();
}

bool SessionModel::sameTwice(const QString& newSecret, const QString& repeated) {
  if (newSecret == repeated)
    return true;
  secretMessage_ = tr("The two new PINs are not the same. Type the new PIN twice again.");
  emit changed();
  return false;
}

void SessionModel::chooseSecret(const QString& newSecret, const QString& repeated) {
  auto* store = KioskServices::instance().store.data();
  if (!store || busy_ || !mustChangeSecret() || !sameTwice(newSecret, repeated))
    return;
  busy_ = true;
  emit changed();
  store->session().changeSecret(pendingOperator_, pendingSecret_, newSecret);
}

void SessionModel::changeSecret(const QString& oldSecret, const QString& newSecret,
                                const QString& repeated) {
  auto* store = KioskServices::instance().store.data();
  if (!store || busy_ || !signedIn() || !sameTwice(newSecret, repeated))
    return;
  busy_ = true;
  secretMessage_.clear();
  emit changed();
  store->session().changeSecret(operatorId_, oldSecret, newSecret);
}

void SessionModel::cancelSecretChange() {
  pendingOperator_.clear();
  pendingSecret_.clear();
  secretMessage_.clear();
  idle_.stop();
  emit changed();
}

void SessionModel::onSecretChanged(const QString& operatorId, store::OperatorRole role) {
  const bool firstSignIn = mustChangeSecret();
  pendingOperator_.clear();
  pendingSecret_.clear();
  secretMessage_.clear();
  if (firstSignIn) {
    onSignedIn(operatorId, role);
    return;
  }
  busy_ = false;
  emit changed();
  emit secretChanged();
}

void SessionModel::onSecretChangeFailed(const store::SignInRefusal& refusal) {
  using Reason = store::SignInRefusal::Reason;
  busy_ = false;
  secretMessage_ = refusal.message;
  // The one-time PIN no longer opens (disabled, removed, locked out meanwhile):
  // sign in again from the start.
  if (mustChangeSecret() &&
      (refusal.reason == Reason::WrongSecret || refusal.reason == Reason::LockedOut)) {
    pendingOperator_.clear();
    pendingSecret_.clear();
    secretMessage_.clear();
    onSignInFailed(refusal);
    return;
  }
  emit changed();
}

void SessionModel::onSignedIn(const QString& operatorId, store::OperatorRole role) {
  busy_ = false;
  pendingSecret_.clear();
  operatorId_ = operatorId;
  role_ = role;
  message_.clear();
  idle_.start(KioskServices::instance().idleLockSeconds * 1000);
  emit changed();
}

void SessionModel::onSignInFailed(const store::SignInRefusal& refusal) {
  busy_ = false;
  pendingSecret_.clear();
  message_ = refusal.message;
  lockedUntilMs_ = refusal.lockedUntilMs;
  if (refusal.reason == store::SignInRefusal::Reason::LockedOut ||
      refusal.lockedUntilMs > QDateTime::currentMSecsSinceEpoch()) {
    lockoutTick_.start();
    updateLockout();
  }
  emit changed();
}

void SessionModel::updateLockout() {
  const qint64 left = (lockedUntilMs_ - QDateTime::currentMSecsSinceEpoch() + 999) / 1000;
  lockedSeconds_ = static_cast<int>(qMax<qint64>(0, left));
  if (lockedSeconds_ == 0)
    lockoutTick_.stop();
  emit changed();
}

void SessionModel::signOut() {
  if (signedIn())
    emit signingOut(); // before the store forgets the data key
  if (auto* store = KioskServices::instance().store.data())
    store->session().signOut();
  idle_.stop();
  operatorId_.clear();
  role_.reset();
  message_.clear();
  secretMessage_.clear();
  pendingOperator_.clear();
  pendingSecret_.clear();
  emit changed();
}

bool SessionModel::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
  case QEvent::MouseButtonPress:
  case QEvent::TouchBegin:
  case QEvent::KeyPress:
    noteActivity();
    break;
  default:
    break;
  }
  return QObject::eventFilter(watched, event);
}

void SessionModel::noteActivity() {
  if (signedIn() || mustChangeSecret()) // choosing a PIN: the one-time PIN is held meanwhile
    idle_.start(KioskServices::instance().idleLockSeconds * 1000);
}

} // namespace camie::ui
