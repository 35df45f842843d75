// The Khmer layout's five composite-vowel keys typed into a real Qt Quick
// text field, as key events reach the kiosk's window: each types its two
// characters, in the order of the keys, and no unassigned code point.
#include "app/kiosk/khmer_composite_keys.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

using camie::app::KhmerCompositeKeys;

namespace {

// A key of the Khmer layout as the platform delivers it: press and release
// to the window, with the text the keymap gives it.
void typeKey(QQuickWindow* window, char16_t codePoint) {
  const QString text(QChar{codePoint});
  QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
  QCoreApplication::sendEvent(window, &press);
  QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, text);
  QCoreApplication::sendEvent(window, &release);
}

} // namespace

TEST_CASE("KhmerCompositeKeys: each composite key stands for its two characters") {
  CHECK(KhmerCompositeKeys::expansion(u"\u17FB") == QStringLiteral("\u17BB\u17C7"));
  CHECK(KhmerCompositeKeys::expansion(u"\u17FC") == QStringLiteral("\u17BB\u17C6"));
  CHECK(KhmerCompositeKeys::expansion(u"\u17FD") == QStringLiteral("\u17C1\u17C7"));
  CHECK(KhmerCompositeKeys::expansion(u"\u17FE") == QStringLiteral("\u17C4\u17C7"));
  CHECK(KhmerCompositeKeys::expansion(u"\u17FF") == QStringLiteral("\u17B6\u17C6"));
  CHECK(KhmerCompositeKeys::expansion(u"\u1780").isEmpty());
  CHECK(KhmerCompositeKeys::expansion(u"a").isEmpty());
  CHECK(KhmerCompositeKeys::expansion(u"\u17FF\u17FF").isEmpty());
}

TEST_CASE("KhmerCompositeKeys: a name typed key by key into a text field") {
  QQmlApplicationEngine engine;
  engine.loadData(R"(
    import QtQuick
    Window {
      width: 400; height: 100; visible: true
      TextInput { objectName: "field"; anchors.fill: parent; focus: true }
    })");
  REQUIRE(engine.rootObjects().size() == 1);
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
  REQUIRE(window);
  window->requestActivate();
  auto* field = window->findChild<QQuickItem*>(QStringLiteral("field"));
  REQUIRE(field);
  field->forceActiveFocus();
  QElapsedTimer waited;
  waited.start();
  while (QGuiApplication::focusObject() != field && waited.elapsed() < 5000)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  REQUIRE(QGuiApplication::focusObject() == field);

  KhmerCompositeKeys keys;
  qApp->installEventFilter(&keys);

  SECTION("ស្រីមុំ: the composite key after its consonant") {
    for (char16_t key : {u'\u179F', u'\u17D2', u'\u179A', u'\u17B8', u'\u1798', u'\u17FC'})
      typeKey(window, key);
    CHECK(field->property("text").toString() ==
          QStringLiteral("\u179F\u17D2\u179A\u17B8\u1798\u17BB\u17C6"));
  }
  SECTION("every composite key, each after a consonant, in order") {
    for (char16_t key : {u'\u1780', u'\u17FB', u'\u1781', u'\u17FC', u'\u1782', u'\u17FD',
                         u'\u1783', u'\u17FE', u'\u1784', u'\u17FF'})
      typeKey(window, key);
    const QString text = field->property("text").toString();
    CHECK(text ==
          QStringLiteral("\u1780\u17BB\u17C7\u1781\u17BB\u17C6\u1782\u17C1\u17C7\u1783\u17C4"
                         "\u17C7\u1784\u17B6\u17C6"));
    for (QChar c : text)
      CHECK((c.unicode() < 0x17FB || c.unicode() > 0x17FF));
  }
  SECTION(
      "without the filter the key types nothing: a text field drops the unassigned code point") {
    qApp->removeEventFilter(&keys);
    typeKey(window, u'\u1780');
    typeKey(window, u'\u17FF');
    CHECK(field->property("text").toString() == QStringLiteral("\u1780"));
  }
}
