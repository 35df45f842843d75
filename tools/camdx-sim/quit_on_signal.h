// QuitOnSignal: SIGINT and SIGTERM end the event loop (so the database is
// closed cleanly), through a self-pipe read by a QSocketNotifier.
#pragma once

#include <QObject>

namespace camie::sim {

class QuitOnSignal : public QObject {
public:
  explicit QuitOnSignal(QObject* parent = nullptr);
  ~QuitOnSignal() override;
  QuitOnSignal(const QuitOnSignal&) = delete;
  QuitOnSignal& operator=(const QuitOnSignal&) = delete;

private:
  static void onSignal(int signal);
  static int pipe_[2];
};

} // namespace camie::sim
