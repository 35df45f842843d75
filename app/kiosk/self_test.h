// SelfTest: `camie-kiosk --self-test`. Waits for the first frame (and prints
// "self-test: first frame" then), saves a screenshot of the first screen in
// Khmer and in English, and exits 0 only if no warning or error was logged
// (QML ones included) and Khmer can be shown.
#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

namespace camie::ui {
class LanguageController;
}

namespace camie::app {

class SelfTest : public QObject {
  Q_OBJECT

public:
  SelfTest(QQuickWindow* window, ui::LanguageController* language, QString screenshotDir,
           QObject* parent = nullptr);

  // Counts every warning, critical and fatal message from now on (and still
  // prints them). Call before the QML engine is created.
  static void installMessageCounter();
  static int warningCount();

  void start(); // exits the application when done

private:
  void run();
  bool saveScreenshot(const QString& name);
  void finish(bool ok);

  QQuickWindow* window_;
  ui::LanguageController* language_;
  QString screenshotDir_;
  QStringList failures_;
};

} // namespace camie::app
