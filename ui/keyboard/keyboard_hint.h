// KeyboardHint: what a text field attaches to ask the on-screen keyboard for
// a layout — `OnScreenKeyboard.layout: OnScreenKeyboard.Khmer`.
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace camie::ui {

class KeyboardHint : public QObject {
  Q_OBJECT
  QML_ANONYMOUS
  // An OnScreenKeyboard::Layout; Automatic (0) follows the field's
  // inputMethodHints, then the screen's language.
  Q_PROPERTY(int layout READ layout WRITE setLayout NOTIFY layoutChanged)

public:
  explicit KeyboardHint(QObject* parent) : QObject(parent) {}

  int layout() const { return layout_; }
  void setLayout(int layout) {
    if (layout_ == layout)
      return;
    layout_ = layout;
    emit layoutChanged();
  }

signals:
  void layoutChanged();

private:
  int layout_ = 0;
};

} // namespace camie::ui
