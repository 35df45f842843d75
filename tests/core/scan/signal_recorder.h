// SignalRecorder: records each emission of one signal with its arguments and
// waits for the next in an event loop — QSignalSpy's job, without linking Qt
// Test into the Catch2 runner. The timeout only bounds a failing test.
#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <tuple>
#include <type_traits>
#include <vector>

namespace camie::scan::test {

template <typename... Args>
class SignalRecorder {
public:
  template <typename Sender, typename Signal>
  SignalRecorder(const Sender* sender, Signal signal) {
    QObject::connect(sender, signal, &context_, [this](const Args&... args) {
      calls_.emplace_back(args...);
      if (loop_)
        loop_->quit();
    });
  }

  // True once a further emission arrived, false after `timeoutMs` without one.
  bool wait(int timeoutMs = 20000) {
    const size_t before = calls_.size();
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop_ = &loop;
    if (calls_.size() == before)
      loop.exec();
    loop_ = nullptr;
    return calls_.size() > before;
  }
  int size() const { return static_cast<int>(calls_.size()); }
  const std::tuple<std::decay_t<Args>...>& at(int i) const {
    return calls_.at(static_cast<size_t>(i));
  }

private:
  QObject context_;
  QEventLoop* loop_ = nullptr;
  std::vector<std::tuple<std::decay_t<Args>...>> calls_;
};

} // namespace camie::scan::test
