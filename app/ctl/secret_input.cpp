#include "app/ctl/secret_input.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace camie::app {

QString readSecret(const QString& prompt) {
  const bool terminal = isatty(STDIN_FILENO) == 1;
  termios saved{};
  if (terminal) {
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
    line.push_back(static_cast<char>(c));
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputc('\n', stderr);
  }
  if (!line.empty() && line.back() == '\r')
    line.pop_back();
  QString secret = QString::fromStdString(line);
  std::fill(line.begin(), line.end(), '\0');
  return secret;
}

} // namespace camie::app
