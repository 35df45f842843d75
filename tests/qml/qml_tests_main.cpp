// Runs the Qt Quick Test files (tests/qml/tst_*.qml) against the CamIE QML
// module, and fails the run on any warning — a QML binding error included.
#include <QObject>
#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

#include <atomic>
#include <cstdio>

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
class Setup : public QObject {
  Q_OBJECT
public slots:
  void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
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
