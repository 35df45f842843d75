#include "app/kiosk/self_test.h"

#include "core/logging/log_categories.h"
#include "ui/models/kiosk_info.h"
#include "ui/models/language_controller.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <atomic>
#include <cstdio>

namespace camie::app {
namespace {

std::atomic<int> g_warnings{0};        // NOLINT: shared with the message handler
QtMessageHandler g_previous = nullptr; // NOLINT

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
  if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
    ++g_warnings;
  if (g_previous)
    g_previous(type, context, msg);
}

constexpr int kFirstFrameTimeoutMs = 20000;

} // namespace

SelfTest::SelfTest(QQuickWindow* window, ui::LanguageController* language, QString screenshotDir,
                   QObject* parent)
    : QObject(parent), window_(window), language_(language),
      screenshotDir_(std::move(screenshotDir)) {}

void SelfTest::installMessageCounter() {
  g_previous = qInstallMessageHandler(countingHandler);
}

int SelfTest::warningCount() {
  return g_warnings.load();
}

void SelfTest::start() {
  connect(
      window_, &QQuickWindow::frameSwapped, this,
      [this] {
        // The sign-in screen is on screen: camie_ui_bench times start-up to this line.
        std::fputs("self-test: first frame\n", stdout);
        std::fflush(stdout);
        QTimer::singleShot(0, this, &SelfTest::run);
      },
      Qt::SingleShotConnection);
  QTimer::singleShot(kFirstFrameTimeoutMs, this, [this] {
    failures_ << QStringLiteral("no frame was rendered within %1 ms").arg(kFirstFrameTimeoutMs);
    finish(false);
  });
}

void SelfTest::run() {
  if (!ui::KioskInfo::hasKhmerFont())
    failures_ << QStringLiteral("no Khmer font is installed (install fonts-khmeros)");

  const QString original = language_->code();
  for (const QString& code : {QStringLiteral("km"), QStringLiteral("en")}) {
    language_->setCode(code);
    if (!screenshotDir_.isEmpty())
      saveScreenshot(QStringLiteral("signin-%1.png").arg(code));
  }
  language_->setCode(original);
  finish(failures_.isEmpty());
}

bool SelfTest::saveScreenshot(const QString& name) {
  const QImage image = window_->grabWindow();
  if (image.isNull()) {
    failures_ << QStringLiteral("could not grab the window for %1").arg(name);
    return false;
  }
  if (!QDir().mkpath(screenshotDir_)) {
    failures_ << QStringLiteral("cannot create %1").arg(screenshotDir_);
    return false;
  }
  const QString path = QDir(screenshotDir_).filePath(name);
  if (!image.save(path)) {
    failures_ << QStringLiteral("cannot write %1").arg(path);
    return false;
  }
  qCInfo(lcApp) << "self-test: saved" << path;
  return true;
}

void SelfTest::finish(bool ok) {
  const int warnings = warningCount();
  if (warnings > 0)
    failures_ << QStringLiteral("%1 warning(s) or error(s) were logged").arg(warnings);
  ok = ok && failures_.isEmpty();
  if (ok) {
    std::fputs("self-test: ok\n", stdout);
  } else {
    for (const QString& f : std::as_const(failures_))
      std::fprintf(stderr, "self-test: FAILED: %s\n", qPrintable(f));
  }
  std::fflush(stdout);
  QCoreApplication::exit(ok ? 0 : 1);
}

} // namespace camie::app
