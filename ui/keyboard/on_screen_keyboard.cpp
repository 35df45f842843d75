#include "ui/keyboard/on_screen_keyboard.h"

#include "core/input/key_text.h"
#include "ui/keyboard/keyboard_rows.h"
#include "ui/models/language_controller.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QQuickWindow>

namespace camie::ui {
namespace {

using input::KeyboardLayout;
using input::KeyLevel;
using input::KeyText;

// A field the keyboard can type into: it takes text input and is not read-only.
bool isEditable(const QQuickItem* item) {
  return item && item->flags().testFlag(QQuickItem::ItemAcceptsInputMethod) && item->isEnabled() &&
         !item->property("readOnly").toBool();
}

// Reading order: below, or on the same line and to the right.
bool comesAfter(const QQuickItem* item, const QQuickItem* origin) {
  const QPointF a = item->mapToScene(QPointF(0, 0));
  const QPointF b = origin->mapToScene(QPointF(0, 0));
  if (qAbs(a.y() - b.y()) < 1.0)
    return a.x() > b.x();
  return a.y() > b.y();
}

} // namespace

OnScreenKeyboard::OnScreenKeyboard(QQuickItem* parent) : QQuickItem(parent) {}

void OnScreenKeyboard::setMode(Mode mode) {
  if (mode_ == mode)
    return;
  mode_ = mode;
  emit openChanged();
}

void OnScreenKeyboard::setLayout(Layout layout) {
  if (layout == Automatic || layout_ == layout)
    return;
  layout_ = layout;
  shift_ = false;
  altGr_ = false;
  emit keysChanged();
}

bool OnScreenKeyboard::isOpen() const {
  if (!target_ || dismissed_ || mode_ == Never)
    return false;
  return mode_ == Always || !physicalUsed_;
}

input::KeyLevel OnScreenKeyboard::level() const {
  const int levels = KeyboardLayout::get(KeyboardRows::layoutId(layout_)).levels();
  int level = 0;
  if (shift_ && levels > 1)
    level += 1;
  if (altGr_ && levels > 2)
    level += 2;
  return static_cast<KeyLevel>(level);
}

QVariantList OnScreenKeyboard::rows() const {
  return KeyboardRows::build(layout_, level(), shift_, altGr_);
}

double OnScreenKeyboard::rowUnits() const {
  return KeyboardRows::units(rows());
}

void OnScreenKeyboard::press(const QString& keyId) {
  if (const auto* key = KeyboardLayout::get(KeyboardRows::layoutId(layout_)).key(keyId)) {
    typeSymbol(*key);
    return;
  }
  if (keyId == u"shift")
    setLatches(!shift_, altGr_);
  else if (keyId == u"altgr")
    setLatches(shift_, !altGr_);
  else if (keyId == u"backspace")
    sendKey(Qt::Key_Backspace);
  else if (keyId == u"left")
    sendKey(Qt::Key_Left);
  else if (keyId == u"right")
    sendKey(Qt::Key_Right);
  else if (keyId == u"space")
    commit(QStringLiteral(" ")); // a real space: Khmer's U+200B must not reach a name
  else if (keyId == u"enter")
    enter();
  else if (keyId == u"khmer")
    setLayout(Khmer);
  else if (keyId == u"latin")
    setLayout(Latin);
  else if (keyId == u"digits")
    setLayout(Digits);
  else if (keyId == u"hide") {
    dismissed_ = true;
    emit openChanged();
  }
}

void OnScreenKeyboard::typeSymbol(const input::LayoutKey& key) {
  const QString text = KeyText::typed(key.symbol(level()));
  if (text.isEmpty())
    return;
  commit(text);
  setLatches(false, false); // Shift and AltGr hold for one character
}

void OnScreenKeyboard::setLatches(bool shift, bool altGr) {
  if (shift_ == shift && altGr_ == altGr)
    return;
  shift_ = shift;
  altGr_ = altGr;
  emit keysChanged();
}

// Text goes in as an input method's commit, so the field inserts it at the
// cursor, replaces a selection and applies its validator and maximum length.
void OnScreenKeyboard::commit(const QString& text) {
  if (!target_)
    return;
  QInputMethodEvent event;
  event.setCommitString(text);
  QCoreApplication::sendEvent(target_, &event);
}

// Editing keys go to the window, which delivers them to the focused field as
// it delivers a physical key (a field's Keys handlers and accepted included).
void OnScreenKeyboard::sendKey(Qt::Key key) {
  if (!window_ || !target_)
    return;
  QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
  QCoreApplication::sendEvent(window_, &press);
  QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
  QCoreApplication::sendEvent(window_, &release);
}

// Enter accepts the field (its accepted and editingFinished), then moves on to
// the next text field below; after the last one the keyboard closes.
void OnScreenKeyboard::enter() {
  QPointer<QQuickItem> field = target_;
  sendKey(Qt::Key_Return);
  if (!field || !window_ || window_->activeFocusItem() != field)
    return; // the field's own Enter moved on (signing in, for one)
  QQuickItem* item = field;
  for (int step = 0; step < 256; ++step) {
    item = item->nextItemInFocusChain(true);
    if (!item || item == field)
      break;
    if (isEditable(item) && item->isVisible()) {
      if (comesAfter(item, field)) {
        item->forceActiveFocus(Qt::TabFocusReason);
        return;
      }
      break; // back at the top: this was the last field
    }
  }
  field->setFocus(false);
}

void OnScreenKeyboard::itemChange(ItemChange change, const ItemChangeData& value) {
  if (change == ItemSceneChange)
    watch(value.window);
  QQuickItem::itemChange(change, value);
}

void OnScreenKeyboard::watch(QQuickWindow* window) {
  if (window_ == window)
    return;
  if (window_) {
    window_->removeEventFilter(this);
    disconnect(window_, nullptr, this, nullptr);
  }
  window_ = window;
  if (window_) {
    window_->installEventFilter(this);
    connect(window_, &QQuickWindow::activeFocusItemChanged, this, &OnScreenKeyboard::updateTarget);
  }
  updateTarget();
}

void OnScreenKeyboard::updateTarget() {
  QQuickItem* focused = window_ ? window_->activeFocusItem() : nullptr;
  QQuickItem* field = isEditable(focused) ? focused : nullptr;
  if (field == target_)
    return;
  const bool wasOpen = isOpen();
  target_ = field;
  dismissed_ = false;
  if (field) {
    layout_ = preferredLayout(field);
    shift_ = false;
    altGr_ = false;
    emit keysChanged();
  }
  emit targetChanged();
  if (wasOpen != isOpen())
    emit openChanged();
}

// The field's own request (OnScreenKeyboard.layout), else its input method
// hints (numbers, Latin), else the language of the screen.
OnScreenKeyboard::Layout OnScreenKeyboard::preferredLayout(const QQuickItem* field) const {
  if (const auto* hint = qobject_cast<KeyboardHint*>(
          qmlAttachedPropertiesObject<OnScreenKeyboard>(field, false))) {
    if (hint->layout() > Automatic && hint->layout() <= Digits)
      return static_cast<Layout>(hint->layout());
  }
  const auto hints = Qt::InputMethodHints(field->inputMethodQuery(Qt::ImHints).toInt());
  if (hints & (Qt::ImhDigitsOnly | Qt::ImhFormattedNumbersOnly | Qt::ImhDialableCharactersOnly |
               Qt::ImhPreferNumbers | Qt::ImhDate | Qt::ImhTime))
    return Digits;
  if (hints & (Qt::ImhLatinOnly | Qt::ImhPreferLatin | Qt::ImhEmailCharactersOnly |
               Qt::ImhUrlCharactersOnly))
    return Latin;
  const auto* language = LanguageController::provided();
  return language && language->code() == u"km" ? Khmer : Latin;
}

// A key pressed on a physical keyboard (a spontaneous event, from the window
// system) means one is there: in auto mode the on-screen keyboard goes away.
// A tap on the field the teller hid the keyboard from brings it back.
bool OnScreenKeyboard::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::KeyPress && event->spontaneous() && !physicalUsed_) {
    physicalUsed_ = true;
    emit openChanged();
  } else if (event->type() == QEvent::MouseButtonRelease && dismissed_ && target_) {
    const auto* mouse = static_cast<QMouseEvent*>(event);
    if (target_->contains(target_->mapFromScene(mouse->scenePosition()))) {
      dismissed_ = false;
      emit openChanged();
    }
  }
  return QQuickItem::eventFilter(watched, event);
}

} // namespace camie::ui
