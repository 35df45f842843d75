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

public:
  explicit KioskInfo(QObject* parent = nullptr);

  QString version() const;
  bool khmerFontAvailable() const { return khmerFont_; }

  // True when fontconfig offers a family that writes Khmer.
  static bool hasKhmerFont();

private:
  bool khmerFont_;
};

} // namespace camie::ui
