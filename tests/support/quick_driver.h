// QuickDriver: drives the real kiosk window in an offscreen test like a
// teller would — finds items by objectName, types into fields, clicks
// buttons, waits (processing events, with a deadline) until the screen shows
// what it should, and saves screenshots.
#pragma once

#include "support/window_driver.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>

namespace camie::test {

class QuickDriver : public WindowDriver {
public:
  explicit QuickDriver(QQuickWindow* window) : WindowDriver(window) {}

  // The visible item with this objectName; fails the test if it does not appear.
  QQuickItem* require(const QString& name) {
    QQuickItem* item = waitForItem(name);
    INFO("no visible item named " << name.toStdString());
    REQUIRE(item);
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
    const QPointF global = window()->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, at, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(window(), &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, at, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(window(), &release);
    QCoreApplication::processEvents();
  }

  // Types into a TextField and finishes editing, as leaving the field does.
  void type(const QString& name, const QString& text) {
    QQuickItem* item = require(name);
    REQUIRE(item->setProperty("text", text));
    QMetaObject::invokeMethod(item, "editingFinished");
    QCoreApplication::processEvents();
  }

  void screenshot(const QString& dir, const QString& name) {
    settle();
    REQUIRE(QDir().mkpath(dir));
    const QImage image = window()->grabWindow();
    REQUIRE_FALSE(image.isNull());
    REQUIRE(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
  }
};

} // namespace camie::test
