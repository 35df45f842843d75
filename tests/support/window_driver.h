// WindowDriver: finds the kiosk window's items by objectName and waits until
// the screen shows what it should, without a test framework — shared by the
// Catch2 QuickDriver (tests) and the UI benchmark (bench/ui_bench.cpp).
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <functional>

namespace camie::test {

class WindowDriver {
public:
  // How waiting runs the event loop: a test spins it (the quickest answer);
  // a benchmark measuring frame times sleeps between checks, so the GUI
  // thread is not kept busy by the driver itself.
  enum class Waiting { Spin, Sleep };

  explicit WindowDriver(QQuickWindow* window, Waiting waiting = Waiting::Spin)
      : window_(window), waiting_(waiting) {}

  QQuickWindow* window() const { return window_; }

  // Processes events until `condition` holds; false after `ms`.
  bool waitFor(const std::function<bool()>& condition, int ms = 15000) {
    const QDeadlineTimer deadline(ms);
    while (!condition()) {
      if (deadline.hasExpired())
        return false;
      if (waiting_ == Waiting::Spin) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
      } else {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
      }
    }
    return true;
  }

  // The visible item with this objectName, or null.
  QQuickItem* find(const QString& name) const { return findIn(window_->contentItem(), name); }

  // Waits until no StackView is in a transition (screens slide in).
  bool settle() {
    return waitFor([this] {
      for (const char* name : {"screenStack", "formStack"}) {
        const QQuickItem* stack = find(QString::fromLatin1(name));
        if (stack && stack->property("busy").toBool())
          return false;
      }
      return true;
    });
  }

  // The item once it is visible and no screen is sliding in, or null after
  // the deadline.
  QQuickItem* waitForItem(const QString& name, int ms = 15000) {
    QQuickItem* item = nullptr;
    if (!waitFor([&] { return (item = find(name)) != nullptr; }, ms))
      return nullptr;
    settle();
    return item;
  }

  bool hasText(const QString& name, const QString& text) const {
    const QQuickItem* item = find(name);
    return item && item->property("text").toString().contains(text);
  }

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

private:
  QQuickWindow* window_;
  Waiting waiting_;
};

} // namespace camie::test
