// ViewModelFixture: what the view-models talk to in a kiosk, for tests that
// drive them without the whole window — a real KioskStoreService on its
// thread over a real SQLite file (TempKiosk), optionally a real SyncService,
// both set in KioskServices, a QML engine with the CamIE module (to make a
// screen as the kiosk makes it), and an operator signed in through the
// engine's `Session` as the sign-in screen does.
#pragma once

#include "core/store/kiosk_store_service.h"
#include "core/sync/sync_service.h"
#include "support/temp_kiosk.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"
#include "ui/models/qr_image_provider.h"
#include "ui/models/session_model.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>

#include <functional>
#include <memory>

namespace camie::test {

class ViewModelFixture {
public:
  explicit ViewModelFixture(TempKiosk& kiosk, QString deviceId = QStringLiteral("kiosk-test"))
      : store_(store::KioskStoreService::Config{kiosk.path(), std::move(deviceId), 7,
                                                std::make_shared<SystemClock>()}) {
    auto& services = ui::KioskServices::instance();
    services.store = &store_;
    store_.start();
    ui::LanguageController::provide(&language_);
    language_.setCode(QStringLiteral("en"));
    engine_.addImportPath(QStringLiteral("qrc:/")); // the CamIE module is linked in statically
    engine_.addImageProvider(QStringLiteral("qr"), new ui::QrImageProvider);
    // The CamIE module's types (its singletons too) exist once it is imported.
    QQmlComponent importing(&engine_);
    importing.setData("import QtQml\nimport CamIE\nQtObject {}\n", QUrl());
    INFO(importing.errorString().toStdString());
    REQUIRE(importing.isReady());
    session_ = engine_.singletonInstance<ui::SessionModel*>(qmlTypeId("CamIE", 1, 0, "Session"));
    REQUIRE(session_);
  }
  ~ViewModelFixture() {
    auto& services = ui::KioskServices::instance();
    services.store = nullptr;
    services.sync = nullptr;
    ui::LanguageController::provide(nullptr);
  }
  ViewModelFixture(const ViewModelFixture&) = delete;
  ViewModelFixture& operator=(const ViewModelFixture&) = delete;

  store::KioskStoreService& store() { return store_; }
  QQmlEngine& engine() { return engine_; }

  // Starts a sync service with `config` and gives it to the view-models.
  sync::SyncService& startSync(sync::SyncService::Config config) {
    sync_ = std::make_unique<sync::SyncService>(std::move(config));
    ui::KioskServices::instance().sync = sync_.get();
    sync_->start();
    return *sync_;
  }

  // Processes events until `condition` holds; false after `ms`.
  static bool waitFor(const std::function<bool()>& condition, int ms = 15000) {
    const QDeadlineTimer deadline(ms);
    while (!condition()) {
      if (deadline.hasExpired())
        return false;
      QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
  }

  // The engine's `Session`, which the screens follow (sign-out, idle lock).
  ui::SessionModel& session() { return *session_; }

  // Signs `operatorId` in through `Session`, as the sign-in screen does.
  void signIn(const QString& operatorId, const QString& secret) {
    int signedIn = 0;
    int refused = 0;
    QObject context;
    QObject::connect(&store_.session(), &store::SessionService::signedIn, &context,
                     [&] { ++signedIn; });
    QObject::connect(&store_.session(), &store::SessionService::signInFailed, &context,
                     [&] { ++refused; });
    session().signIn(operatorId, secret);
    REQUIRE(waitFor([&] { return signedIn + refused > 0; }, 30000));
    REQUIRE(signedIn == 1);
    REQUIRE(waitFor([&] { return session().signedIn(); }));
  }

  // A screen or component of the CamIE module made as the kiosk's stack
  // makes it, with `properties` set at creation; owned by the caller.
  std::unique_ptr<QQuickItem> make(const QString& type, const QVariantMap& properties = {}) {
    QQmlComponent component(&engine_);
    component.setData(QStringLiteral("import CamIE\n%1 {}\n").arg(type).toUtf8(), QUrl());
    INFO(component.errorString().toStdString());
    REQUIRE(component.isReady());
    std::unique_ptr<QObject> made(component.createWithInitialProperties(properties));
    INFO(component.errorString().toStdString());
    REQUIRE(made);
    auto* item = qobject_cast<QQuickItem*>(made.get());
    REQUIRE(item);
    made.release();
    return std::unique_ptr<QQuickItem>(item);
  }

private:
  store::KioskStoreService store_;
  ui::LanguageController language_{nullptr};
  std::unique_ptr<sync::SyncService> sync_;
  QQmlEngine engine_;
  ui::SessionModel* session_ = nullptr; // the engine's
};

} // namespace camie::test
