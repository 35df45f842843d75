// KioskInfo: facts about this kiosk that screens show — the version and
// whether a Khmer font is installed. Exposed to QML as `KioskInfo`.
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace camie::ui {

class KioskInfo : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(QString version READ version CONSTANT)
  Q_PROPERTY(bool khmerFontAvailable READ khmerFontAvailable CONSTANT)
  // Full-screen kiosk mode: only a technician may close the window.
  Q_PROPERTY(bool kioskMode READ kioskMode CONSTANT)
  // When the on-screen keyboard shows (config ui/on_screen_keyboard): an OnScreenKeyboard::Mode.
  Q_PROPERTY(int keyboardMode READ keyboardMode CONSTANT)

public:
  explicit KioskInfo(QObject* parent = nullptr);

  QString version() const;
  bool khmerFontAvailable() const { return khmerFont_; }
  bool kioskMode() const;
  int keyboardMode() const;
  static void setKioskMode(bool on); // by the application, before QML loads

  // Ends the kiosk application: technician `operatorId` leaves kiosk mode
  // (audited through the settings backend when there is one).
  Q_INVOKABLE void quit(const QString& operatorId);

  // True when fontconfig offers a family that writes Khmer.
  static bool hasKhmerFont();

private:
  bool khmerFont_;
};

} // namespace camie::ui
