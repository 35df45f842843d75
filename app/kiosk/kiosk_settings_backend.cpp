#include "app/kiosk/kiosk_settings_backend.h"

#include "app/config/config_writer.h"
#include "app/config/sync_config.h"
#include "core/domain/khmer_text.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

namespace camie::app {

QVariantMap KioskSettingsBackend::values() const {
  const KioskConfig::Sync& s = config_.sync;
  return {{QStringLiteral("sync/endpoint"), s.endpoint},
          {QStringLiteral("sync/connection"), s.connection},
          {QStringLiteral("sync/client"), s.client},
          {QStringLiteral("sync/service"), s.service},
          {QStringLiteral("sync/ca_file"), s.caFile},
          {QStringLiteral("sync/cert_file"), s.certFile},
          {QStringLiteral("sync/key_file"), s.keyFile},
          {QStringLiteral("sync/proxy"), s.proxy},
          {QStringLiteral("ui/idle_lock_seconds"), config_.idleLockSeconds},
          {QStringLiteral("ui/language"), config_.language}};
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
  const KioskConfig config = withValues(values);
  auto* app = QCoreApplication::instance();
  QThreadPool::globalInstance()->start([config, done, app] {
    bool ok = false;
    QString words;
    auto setup = syncSetupFrom(config, QStringLiteral("KH-device-") + config.deviceId);
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
                 : keys.failure().error.message;
    }
    QMetaObject::invokeMethod(app, [done, ok, words] { done(ok, words); });
  });
}

QString KioskSettingsBackend::savePath() const {
  return ConfigWriter::savePath(config_);
}

Result<QString> KioskSettingsBackend::save(const QVariantMap& values) {
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
  config_ = config;
  return path;
}

} // namespace camie::app
