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
    if (!signedIn())
      return;
    qCInfo(lcUi) << "idle lock: signing out";
    signOut();
    emit locked();
  });
  lockoutTick_.setInterval(1000);
  connect(&lockoutTick_, &QTimer::timeout, this, &SessionModel::updateLockout);
  if (QCoreApplication::instance())
    QCoreApplication::instance()->installEventFilter(this);
  if (auto* store = KioskServices::instance().store.data()) {
    connect(store, &store::KioskStoreService::signedIn, this, &SessionModel::onSignedIn);
    connect(store, &store::KioskStoreService::signInFailed, this, &SessionModel::onSignInFailed);
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
  store->signIn(operatorId.trimmed(), secret);
}

void SessionModel::onSignedIn(const QString& operatorId, const QString& role) {
  busy_ = false;
  operatorId_ = operatorId;
  role_ = role;
  message_.clear();
  idle_.start(KioskServices::instance().idleLockSeconds * 1000);
  emit changed();
}

void SessionModel::onSignInFailed(const QString& code, const QString& message,
                                  qint64 lockedUntilMs) {
  busy_ = false;
  message_ = message;
  lockedUntilMs_ = lockedUntilMs;
  if (code == u"locked_out" || lockedUntilMs > QDateTime::currentMSecsSinceEpoch()) {
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
    store->signOut();
  idle_.stop();
  operatorId_.clear();
  role_.clear();
  message_.clear();
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
  if (signedIn())
    idle_.start(KioskServices::instance().idleLockSeconds * 1000);
}

} // namespace camie::ui
