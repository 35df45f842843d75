// ScanModel: scanning to prefill a registration — text from the camera,
// from a keyboard-wedge scanner (told from typing by timing), or from an
// image file (decoded off the GUI thread). A valid ID card zone or signed
// pre-registration code becomes proposed answers (signal prefillReady);
// anything else is said in words. Exposed to QML as `Scanner`, one per
// registration screen (its scan panel uses it), so what was scanned goes
// with the registration.
#pragma once

#include "core/scan/wedge_detector.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace camie::ui {

class ScanModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Scanner)
  Q_PROPERTY(bool busy READ busy NOTIFY changed)
  Q_PROPERTY(QString kind READ kind NOTIFY changed)       // mrz, ie1, verify_link, text, none
  Q_PROPERTY(QString verdict READ verdict NOTIFY changed) // valid, bad_signature, ...
  Q_PROPERTY(QString message READ message NOTIFY changed) // for the teller
  Q_PROPERTY(QString scannedText READ scannedText NOTIFY changed)

public:
  explicit ScanModel(QObject* parent = nullptr);

  bool busy() const { return busy_; }
  QString kind() const { return kind_; }
  QString verdict() const { return verdict_; }
  QString message() const { return message_; }
  QString scannedText() const { return text_; }

  // Text read by the camera or pasted in; `answers`: what the form holds
  // so far (the proposals are checked against it).
  Q_INVOKABLE void scanText(const QString& text, const QVariantMap& answers = {});
  // A key typed anywhere on the screen; true when it completed a scanner burst.
  Q_INVOKABLE bool keyTyped(const QString& keyText, const QVariantMap& answers = {});
  // Decodes the codes in a PNG or JPEG file (a path or file:// URL).
  Q_INVOKABLE void scanImageFile(const QString& pathOrUrl, const QVariantMap& answers = {});
  Q_INVOKABLE void clear();

signals:
  void changed();
  // Proposed answers {fieldId: value}, to be confirmed by the teller.
  void prefillReady(const QVariantMap& values);

private:
  void report(const QString& kind, const QString& verdict, const QString& message);

  bool busy_ = false;
  QString kind_ = QStringLiteral("none");
  QString verdict_;
  QString message_;
  QString text_;
  scan::WedgeDetector wedge_;
  QString pendingMrz_; // lines of a multi-line zone typed by a wedge scanner
};

} // namespace camie::ui
