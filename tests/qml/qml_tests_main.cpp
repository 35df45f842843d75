// Runs the Qt Quick Test files (tests/qml/tst_*.qml) against the CamIE QML
// module, and fails the run on any warning — a QML binding error included.
#include "core/store/kiosk_database.h"
#include "core/store/kiosk_store_service.h"
#include "core/store/reference_data_store.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"

#include <QFile>
#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

#include <atomic>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(CamIEPlugin)

namespace {
std::atomic<int> g_warnings{0};        // NOLINT
QtMessageHandler g_previous = nullptr; // NOLINT

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
  if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
    ++g_warnings;
  g_previous(type, context, msg);
}
// The CamIE module is linked in statically; its qmldir lives in the resources.
// The view-models get a real store on a temporary database holding the
// default form and the real gazetteer, and the language the tests switch.
class Setup : public QObject {
  Q_OBJECT
public slots:
  void applicationAvailable() {
    const QString path = dir_.filePath(QStringLiteral("kiosk.db"));
    {
      auto db =
          camie::store::KioskDatabase::open(path, camie::store::KioskDatabase::Create::IfMissing);
      QFile gazetteer(QStringLiteral(CAMIE_SHARED_DIR "/data/gazetteer-kh-2022.json"));
      if (!db || !gazetteer.open(QIODevice::ReadOnly))
        qFatal("QML test set-up: no database or gazetteer");
      if (!camie::store::ReferenceDataStore(**db).put(
              {QStringLiteral("gazetteer"), {}, gazetteer.readAll(), 0}, QStringLiteral("test")))
        qFatal("QML test set-up: gazetteer not stored");
    }
    store_ =
        std::make_unique<camie::store::KioskStoreService>(camie::store::KioskStoreService::Config{
            path, QStringLiteral("kiosk-qml"), 7, std::make_shared<camie::SystemClock>()});
    camie::ui::KioskServices::instance().store = store_.get();
    store_->start();
    language_ = std::make_unique<camie::ui::LanguageController>(nullptr);
    camie::ui::LanguageController::provide(language_.get());
    language_->setCode(QStringLiteral("en"));
  }
  void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
  void cleanupTestCase() {
    camie::ui::KioskServices::instance().store = nullptr;
    store_.reset();
  }

private:
  QTemporaryDir dir_;
  std::unique_ptr<camie::store::KioskStoreService> store_;
  std::unique_ptr<camie::ui::LanguageController> language_;
};
} // namespace

int main(int argc, char* argv[]) {
  g_previous = qInstallMessageHandler(countingHandler);
  Setup setup;
  const int rc = quick_test_main_with_setup(argc, argv, "camie_qml", nullptr, &setup);
  if (rc == 0 && g_warnings > 0) {
    std::fprintf(stderr, "FAIL: %d warning(s) were logged during the QML tests\n",
                 g_warnings.load());
    return 1;
  }
  return rc;
}

#include "qml_tests_main.moc"
