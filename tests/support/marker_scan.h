// MarkerScan: finds which of a set of marker strings occur in a blob of
// bytes (a database file, captured logs), in one pass: it collects the runs
// of ASCII letters, ASCII digits and UTF-8 Khmer letters and looks up every
// window of a marker's length. The markers come from DemoRegistrations.
#pragma once

#include <QByteArray>
#include <QSet>
#include <QStringList>

namespace camie::test {

class MarkerScan {
public:
  explicit MarkerScan(const QStringList& markers) {
    for (const QString& m : markers) {
      const QByteArray utf8 = m.toUtf8();
      markers_.insert(utf8);
      lengths_.insert(utf8.size());
    }
  }

  // The markers found in `bytes` (empty when none).
  QStringList find(const QByteArray& bytes) const {
    QStringList found;
    qsizetype i = 0;
    while (i < bytes.size()) {
      const qsizetype start = i;
      const int kind = classAt(bytes, i);
      if (kind == 0) {
        ++i;
        continue;
      }
      while (i < bytes.size() && classAt(bytes, i) == kind)
        i += kind == 3 ? 3 : 1;
      const QByteArray run = bytes.mid(start, i - start);
      for (int length : lengths_) {
        const int step = kind == 3 ? 3 : 1;
        for (qsizetype at = 0; at + length <= run.size(); at += step) {
          const QByteArray window = run.mid(at, length);
          if (markers_.contains(window))
            found << QString::fromUtf8(window);
        }
      }
    }
    return found;
  }

private:
  // 1: ASCII letter, 2: ASCII digit, 3: a Khmer letter in UTF-8 (E1 9E xx or E1 9F xx).
  static int classAt(const QByteArray& b, qsizetype i) {
    const auto c = static_cast<unsigned char>(b[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      return 1;
    if (c >= '0' && c <= '9')
      return 2;
    if (c == 0xE1 && i + 2 < b.size()) {
      const auto c1 = static_cast<unsigned char>(b[i + 1]);
      if (c1 == 0x9E || c1 == 0x9F)
        return 3;
    }
    return 0;
  }

  QSet<QByteArray> markers_;
  QSet<int> lengths_;
};

} // namespace camie::test
