#include "app/kiosk/khmer_composite_keys.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QWindow>

namespace camie::app {

QString KhmerCompositeKeys::expansion(QStringView text) {
  if (text.size() != 1)
    return {};
  switch (text.front().unicode()) {
  case 0x17FB:
    return QStringLiteral("\u17BB\u17C7"); // ុះ
  case 0x17FC:
    return QStringLiteral("\u17BB\u17C6"); // ុំ
  case 0x17FD:
    return QStringLiteral("\u17C1\u17C7"); // េះ
  case 0x17FE:
    return QStringLiteral("\u17C4\u17C7"); // ោះ
  case 0x17FF:
    return QStringLiteral("\u17B6\u17C6"); // ាំ
  default:
    return {};
  }
}

bool KhmerCompositeKeys::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
    return false;
  const QString text = expansion(static_cast<QKeyEvent*>(event)->text());
  if (text.isEmpty())
    return false;
  // The press types the two characters; press and release go no further, so
  // the unassigned code point never reaches a field. A key event goes to the
  // window first, then to the focused item: the first one seen acts.
  if (event->type() == QEvent::KeyPress) {
    QObject* target = qobject_cast<QWindow*>(watched) ? QGuiApplication::focusObject() : watched;
    if (target) {
      QInputMethodEvent commit;
      commit.setCommitString(text);
      QCoreApplication::sendEvent(target, &commit);
    }
  }
  return true;
}

} // namespace camie::app
