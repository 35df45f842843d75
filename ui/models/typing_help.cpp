#include "ui/models/typing_help.h"

#include "core/domain/field_spec.h"
#include "core/domain/script_hint.h"

#include <QCoreApplication>
#include <QEvent>

namespace camie::ui {

TypingHelp::TypingHelp(QObject* parent) : QObject(parent) {
  if (QCoreApplication::instance())
    QCoreApplication::instance()->installEventFilter(this);
}

QString TypingHelp::scriptHint(const QString& fieldType, const QString& typed) const {
  using domain::Script;
  Script expected = Script::Any;
  if (fieldType == u"operator_id")
    expected = Script::Latin;
  else if (const auto type = domain::fieldTypeFromName(fieldType))
    expected = domain::ScriptHint::expectedFor(*type);
  return domain::ScriptHint::mismatch(expected, typed);
}

bool TypingHelp::eventFilter(QObject* watched, QEvent* event) {
  if (!physicalKeyboardUsed_ && event->type() == QEvent::KeyPress && event->spontaneous()) {
    physicalKeyboardUsed_ = true;
    emit physicalKeyboardUsedChanged();
  }
  return QObject::eventFilter(watched, event);
}

} // namespace camie::ui
