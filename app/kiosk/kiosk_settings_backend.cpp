#include "app/kiosk/kiosk_settings_backend.h"

#include "app/config/config_writer.h"
#include "app/config/sync_config.h"
#include "app/kiosk/technician_check.h"
#include "core/domain/khmer_text.h"
#include "core/store/audit_log.h"
#include "core/store/device_identity.h"
#include "core/store/kiosk_database.h"
#include "core/store/sqlite_database.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

namespace camie::app {

QVariantMap KioskSettingsBackend::values() const {
  return valuesOf(config_);
}

QVariantMap KioskSettingsBackend::valuesOf(const KioskConfig& config) {
  const KioskConfig::Sync& s = config.sync;
  return {{QStringLiteral("sync/endpoint"), s.endpoint},
          {QStringLiteral("sync/connection"), s.connection},
          {QStringLiteral("sync/client"), s.client},
          {QStringLiteral("sync/service"), s.service},
          {QStringLiteral("sync/ca_file"), s.caFile},
          {QStringLiteral("sync/cert_file"), s.certFile},
          {QStringLiteral("sync/key_file"), s.keyFile},
          {QStringLiteral("sync/proxy"), s.proxy},
          {QStringLiteral("ui/idle_lock_seconds"), config.idleLockSeconds},
          {QStringLiteral("ui/language"), config.language}};
}

KioskConfig KioskSettingsBackend::withValues(const QVariantMap& v) const {
  KioskConfig c = config_;
  const auto text = [&v](const char* key, QString& target) {
    const QString k = QString::fromLatin1(key);
    if (v.contains(k))
      target = v.value(k).toString().trimmed();
  };
  text("sync/endpoint", c.sync.endpoint);
  text("sync/connection", c.sync.connection);
  text("sync/client", c.sync.client);
  text("sync/service", c.sync.service);
  text("sync/ca_file", c.sync.caFile);
  text("sync/cert_file", c.sync.certFile);
  text("sync/key_file", c.sync.keyFile);
  text("sync/proxy", c.sync.proxy);
  text("ui/language", c.language);
  if (v.contains(QStringLiteral("ui/idle_lock_seconds")))
    c.idleLockSeconds = domain::KhmerText::toAsciiDigits( // typed on the technician's screen
                            v.value(QStringLiteral("ui/idle_lock_seconds")).toString().trimmed())
                            .toInt();
  return c;
}

void KioskSettingsBackend::check(const QVariantMap& values,
                                 std::function<void(bool, QString)> done) {
  if (auto refusal = technicianRefusal(store_, store_.session().signedInOperator())) {
    done(false, refusal->message);
    return;
  }
  const KioskConfig config = withValues(values);
  auto* app = QCoreApplication::instance();
  QThreadPool::globalInstance()->start([config, done, app] {
    bool ok = false;
    QString words;
    auto setup = syncSetupFrom(config, store::DeviceIdentity::xroadUserIdOf(config.deviceId));
    if (!setup) {
      words = setup.error().message;
    } else {
      sync::HttpClient http(setup->settings.transport);
      SystemClock clock;
      sync::RegistryClient client(http, setup->endpoint, clock);
      auto keys = client.fetchReference(QStringLiteral("keys"), {});
      ok = keys.ok();
      words = ok ? QCoreApplication::translate(
                       "camie::app::KioskSettingsBackend",
                       "The registry answered through the security server: the connection works.")
                 : keys.error().error.message;
    }
    QMetaObject::invokeMethod(app, [done, ok, words] { done(ok, words); });
  });
}

QString KioskSettingsBackend::savePath() const {
  return ConfigWriter::savePath(config_);
}

Result<void> KioskSettingsBackend::audit(const QString& operatorId, const QString& action,
                                         const QString& detail) {
  auto db = store::KioskDatabase::open(config_.databasePath, store::KioskDatabase::Create::Never);
  if (!db)
    return db.error();
  SystemClock clock;
  store::Transaction tx(**db);
  if (!tx.began())
    return tx.began().error();
  if (auto appended = store::AuditLog(**db).append(
          clock.nowMs(), operatorId.isEmpty() ? QStringLiteral("technician") : operatorId, action,
          {}, detail);
      !appended)
    return appended;
  return tx.commit();
}

Result<void> KioskSettingsBackend::leaveKioskMode(const QString& operatorId) {
  if (auto refusal = technicianRefusal(store_, operatorId))
    return *refusal;
  return audit(operatorId, QStringLiteral("kiosk.leave_kiosk_mode"),
               QStringLiteral("the technician closed the kiosk application"));
}

Result<QString> KioskSettingsBackend::save(const QVariantMap& values, const QString& operatorId) {
  if (auto refusal = technicianRefusal(store_, operatorId))
    return *refusal;
  const KioskConfig config = withValues(values);
  const QString path = savePath();
  // Written to a scratch file first and read back, so every value passes
  // the same checks as at start-up before the real file is replaced.
  const QString scratch = path + QStringLiteral(".new");
  if (auto written = ConfigWriter::write(config, scratch); !written)
    return written.error();
  auto reread = ConfigLoader::loadFile(scratch);
  QFile::remove(scratch);
  if (!reread)
    return makeError(
        reread.error().code,
        QString(reread.error().message).replace(scratch, QStringLiteral("kiosk.conf")));
  if (!config.sync.endpoint.isEmpty()) {
    if (auto setup = syncSetupFrom(config, {}); !setup)
      return setup.error();
  }
  if (auto written = ConfigWriter::write(config, path); !written)
    return written.error();
  const QVariantMap before = valuesOf(config_);
  const QVariantMap after = valuesOf(config);
  QStringList changed;
  for (auto it = after.cbegin(); it != after.cend(); ++it) {
    if (before.value(it.key()) != it.value())
      changed << it.key();
  }
  config_ = config;
  // The file is written either way; a log that cannot be written is said in words.
  if (auto audited = audit(operatorId, QStringLiteral("settings.saved"),
                           changed.isEmpty() ? QStringLiteral("nothing changed")
                                             : QStringLiteral("changed ") + changed.join(u", "));
      !audited)
    return makeError(audited.error().code,
                     QCoreApplication::translate("camie::app::KioskSettingsBackend",
                                                 "The settings were saved in %1, but the audit "
                                                 "log could not record it: %2")
                         .arg(path, audited.error().message));
  return path;
}

} // namespace camie::app
