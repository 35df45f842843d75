// Issue 14: the technician's backends and view-models check the signed-in
// role themselves. A teller signed in on the real store service calls them
// directly, as an edited QML file or a stray signal would: each is refused.
#include "app/kiosk/kiosk_bundle_backend.h"
#include "app/kiosk/kiosk_settings_backend.h"
#include "core/store/audit_log.h"
#include "core/store/key_vault.h"
#include "core/store/kiosk_store_service.h"
#include "support/operators.h"
#include "support/signal_wait.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/settings_model.h"
#include "ui/models/transfer_model.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

using namespace camie;

namespace {
const QString kTech = QStringLiteral("tech1");
using camie::test::kTechPin;
const QString kTeller = QStringLiteral("teller1");
using camie::test::kTellerPin;

void signIn(store::KioskStoreService& service, const QString& id, const QString& pin) {
  service.session().signIn(id, pin);
  REQUIRE(test::waitForSignal(&service.session(), &store::SessionService::signedIn));
  REQUIRE(service.session().signedInOperator() == id);
}

ui::BundleBackend::Outcome exportWith(app::KioskBundleBackend& bundles, const QString& folder,
                                      const QString& actor) {
  std::optional<ui::BundleBackend::Outcome> outcome;
  QEventLoop loop; // the outcome always comes through the event loop
  bundles.exportTo(
      folder, false, actor, [](int, int) {},
      [&](const ui::BundleBackend::Outcome& o) {
        outcome = o;
        loop.quit();
      });
  QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
  loop.exec();
  REQUIRE(outcome.has_value());
  return *outcome;
}
} // namespace

TEST_CASE("a teller session is refused by the settings and USB bundle backends", "[app]") {
  test::TempKiosk k;
  {
    store::KeyVault vault(*k.db, k.clock, test::cheapScrypt());
    auto tech = vault.initialise(kTech, kTechPin);
    REQUIRE(tech.ok());
    test::addOperator(vault, *tech, kTeller, store::OperatorRole::Teller, kTellerPin);
  }
  store::KioskStoreService service(
      {k.path(), QStringLiteral("kiosk-7"), 7, std::make_shared<SystemClock>()});
  service.start();
  REQUIRE(test::waitForSignal(&service, &store::KioskStoreService::ready));
  signIn(service, kTeller, kTellerPin);

  app::KioskConfig config;
  config.databasePath = k.path();
  config.deviceId = QStringLiteral("kiosk-7");
  config.sourcePath = k.dir.filePath(QStringLiteral("kiosk.conf"));
  app::KioskSettingsBackend settings(config, service);
  app::KioskBundleBackend bundles(config, config.deviceId, service);
  QTemporaryDir stick;
  REQUIRE(stick.isValid());

  // The teller, under their own id and under the technician's.
  for (const QString& actor : {kTeller, kTech}) {
    auto saved = settings.save(settings.values(), actor);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == u"not_allowed");
    CHECK(settings.leaveKioskMode(actor).error().code == u"not_allowed");
    auto exported = exportWith(bundles, stick.path(), actor);
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().kind == ErrorKind::NotAllowed);
    CHECK(exported.error().code == u"not_allowed");
  }
  CHECK(QDir(stick.path()).isEmpty());
  CHECK_FALSE(QFile::exists(settings.savePath()));

  // The view-models refuse before reaching the backends.
  auto& services = ui::KioskServices::instance();
  services.store = &service;
  services.settings = &settings;
  services.bundles = &bundles;
  ui::TransferModel transfers;
  transfers.setFolder(stick.path());
  transfers.exportNow(false, kTeller);
  CHECK_FALSE(transfers.busy());
  CHECK(transfers.message().contains(QStringLiteral("technician")));
  ui::SettingsModel settingsModel;
  settingsModel.save(kTeller);
  CHECK_FALSE(settingsModel.lastOk());
  CHECK(settingsModel.message().contains(QStringLiteral("technician")));

  // A technician gets through.
  service.session().signOut();
  REQUIRE(test::waitForSignal(&service.session(), &store::SessionService::signedOut));
  signIn(service, kTech, kTechPin);
  CHECK(settings.leaveKioskMode(kTech).ok());
  const auto byTechnician = exportWith(bundles, stick.path(), kTech);
  CHECK((byTechnician.ok() || byTechnician.error().kind != ErrorKind::NotAllowed));
  services.store = nullptr;
  services.settings = nullptr;
  services.bundles = nullptr;
}
