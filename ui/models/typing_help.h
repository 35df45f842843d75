// TypingHelp: help for a teller typing on a physical keyboard — whether one
// has been used (the header then shows the Alt+Shift hint), and, as they
// type, a sentence when the keyboard types the other script than the field
// wants. Exposed to QML as `TypingHelp`.
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace camie::ui {

class TypingHelp : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(bool physicalKeyboardUsed READ physicalKeyboardUsed NOTIFY physicalKeyboardUsedChanged)

public:
  explicit TypingHelp(QObject* parent = nullptr);

  bool physicalKeyboardUsed() const { return physicalKeyboardUsed_; }

  // `fieldType` is a form field type ("khmer_name", "latin_name", "date", ...)
  // or "operator_id". Empty when `typed` fits what the field wants (see
  // domain::ScriptHint); the sentence is in the current language.
  Q_INVOKABLE QString scriptHint(const QString& fieldType, const QString& typed) const;

signals:
  void physicalKeyboardUsedChanged();

protected:
  // A key press from the window system (not one a screen synthesises) means a
  // keyboard is plugged in.
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  bool physicalKeyboardUsed_ = false;
};

} // namespace camie::ui
