// OnScreenKeyboard: the kiosk's own keyboard, for a seat with a touch screen
// and no input method (cage offers none). It follows its window's focused
// text field, opens with the layout the field asks for, and types into it;
// KeyboardPanel.qml draws it. The layouts and what keys type are core/input's.
#pragma once

#include "core/input/keyboard_layout.h"
#include "ui/keyboard/keyboard_hint.h"

#include <QPointer>
#include <QQuickItem>
#include <QVariantList>

namespace camie::ui {

class OnScreenKeyboard : public QQuickItem {
  Q_OBJECT
  QML_ELEMENT
  QML_ATTACHED(camie::ui::KeyboardHint)
  Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY openChanged)
  Q_PROPERTY(Layout layout READ layout WRITE setLayout NOTIFY keysChanged)
  Q_PROPERTY(bool shift READ shift NOTIFY keysChanged)
  Q_PROPERTY(bool altGr READ altGr NOTIFY keysChanged)
  // Rows of keyCap values, top row first.
  Q_PROPERTY(QVariantList rows READ rows NOTIFY keysChanged)
  // The widest row, in key units.
  Q_PROPERTY(double rowUnits READ rowUnits NOTIFY keysChanged)
  Q_PROPERTY(QQuickItem* target READ target NOTIFY targetChanged)
  Q_PROPERTY(bool physicalKeyboardUsed READ physicalKeyboardUsed NOTIFY openChanged)
  // Shown: a text field has focus, the mode allows it and the teller did not hide it.
  Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)

public:
  // config ui/on_screen_keyboard (input::KeyboardMode, in the same order)
  enum Mode { Auto, Always, Never };
  Q_ENUM(Mode)
  enum Layout { Automatic, Khmer, Latin, Digits };
  Q_ENUM(Layout)
  enum Action { Character, Shift, AltGr, Backspace, Left, Right, Space, Enter, SwitchLayout, Hide };
  Q_ENUM(Action)

  explicit OnScreenKeyboard(QQuickItem* parent = nullptr);

  static KeyboardHint* qmlAttachedProperties(QObject* object) { return new KeyboardHint(object); }

  Mode mode() const { return mode_; }
  void setMode(Mode mode);
  Layout layout() const { return layout_; }
  void setLayout(Layout layout);
  bool shift() const { return shift_; }
  bool altGr() const { return altGr_; }
  QVariantList rows() const;
  double rowUnits() const;
  QQuickItem* target() const { return target_; }
  bool physicalKeyboardUsed() const { return physicalUsed_; }
  bool isOpen() const;

  // The key with this id was pressed (a KeyCap's id).
  Q_INVOKABLE void press(const QString& keyId);

signals:
  void keysChanged();
  void targetChanged();
  void openChanged();

protected:
  void itemChange(ItemChange change, const ItemChangeData& value) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void watch(QQuickWindow* window);
  void updateTarget();
  Layout preferredLayout(const QQuickItem* field) const;
  input::KeyLevel level() const;
  void typeSymbol(const input::LayoutKey& key);
  void commit(const QString& text);
  void sendKey(Qt::Key key);
  void enter();
  void setLatches(bool shift, bool altGr);

  Mode mode_ = Auto;
  Layout layout_ = Khmer;
  bool shift_ = false;
  bool altGr_ = false;
  bool physicalUsed_ = false;
  bool dismissed_ = false;
  QPointer<QQuickWindow> window_;
  QPointer<QQuickItem> target_;
};

} // namespace camie::ui
