// QuickDriver: drives the real kiosk window in an offscreen test like a
// teller would — finds items by objectName, types into fields, clicks
// buttons, waits (processing events, with a deadline) until the screen shows
// what it should, and saves screenshots.
#pragma once

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>

#include <functional>

namespace camie::test {

class QuickDriver {
public:
  explicit QuickDriver(QQuickWindow* window) : window_(window) {}

  // Processes events until `condition` holds; fails the test after `ms`.
  bool waitFor(const std::function<bool()>& condition, int ms = 15000) {
    QDeadlineTimer deadline(ms);
    while (!condition()) {
      if (deadline.hasExpired())
        return false;
      QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
  }

  // The visible item with this objectName, or null.
  QQuickItem* find(const QString& name) const { return findIn(window_->contentItem(), name); }

  // Waits until no StackView is in a transition (screens slide in).
  void settle() {
    waitFor([this] {
      for (const char* name : {"screenStack", "formStack"}) {
        const QQuickItem* stack = find(QString::fromLatin1(name));
        if (stack && stack->property("busy").toBool())
          return false;
      }
      return true;
    });
  }

  QQuickItem* require(const QString& name) {
    QQuickItem* item = nullptr;
    const bool found = waitFor([&] { return (item = find(name)) != nullptr; });
    settle();
    INFO("no visible item named " << name.toStdString());
    REQUIRE(found);
    return item;
  }

  void click(const QString& name) {
    QQuickItem* item = require(name);
    INFO("cannot click " << name.toStdString());
    REQUIRE(item->isEnabled());
    REQUIRE(QMetaObject::invokeMethod(item, "clicked"));
    QCoreApplication::processEvents();
  }

  // Taps the item with a finger (a mouse press and release at its centre),
  // as a teller does the keys of the on-screen keyboard.
  void tap(const QString& name) {
    QQuickItem* item = require(name);
    INFO("cannot tap " << name.toStdString());
    REQUIRE(item->isEnabled());
    QList<QQuickItem*> line; // lay out what moved (a keyboard opening, Shift relabelling keys)
    for (QQuickItem* i = item; i; i = i->parentItem())
      line.prepend(i);
    for (QQuickItem* i : line)
      i->ensurePolished();
    const QPointF at = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    const QPointF global = window_->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, at, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(window_, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, at, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(window_, &release);
    QCoreApplication::processEvents();
  }

  // Types into a TextField and finishes editing, as leaving the field does.
  void type(const QString& name, const QString& text) {
    QQuickItem* item = require(name);
    REQUIRE(item->setProperty("text", text));
    QMetaObject::invokeMethod(item, "editingFinished");
    QCoreApplication::processEvents();
  }

  bool hasText(const QString& name, const QString& text) const {
    const QQuickItem* item = find(name);
    return item && item->property("text").toString().contains(text);
  }

  void screenshot(const QString& dir, const QString& name) {
    settle();
    REQUIRE(QDir().mkpath(dir));
    const QImage image = window_->grabWindow();
    REQUIRE_FALSE(image.isNull());
    REQUIRE(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
  }

private:
  static QQuickItem* findIn(QQuickItem* item, const QString& name) {
    if (!item || !item->isVisible())
      return nullptr;
    if (item->objectName() == name)
      return item;
    const auto children = item->childItems();
    for (QQuickItem* child : children) {
      if (QQuickItem* found = findIn(child, name))
        return found;
    }
    return nullptr;
  }

  QQuickWindow* window_;
};

} // namespace camie::test
