// WedgeDetector: tells a keyboard-wedge barcode or MRZ scanner from a person
// typing, by timing alone. A scanner "types" a whole code in a burst a few
// milliseconds per key and ends it with Enter; people are an order of magnitude
// slower and uneven. Pure: the UI feeds it key events with their timestamps.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace camie::scan {

struct WedgeScan {
  QString text;                   // what the scanner typed, Enter left out; lines joined with '\n'
  int keyCount = 0;               // keys of this line (the UI may remove them from a text field)
  bool continuesPrevious = false; // a further line of the scan returned just before
};

class WedgeDetector {
public:
  struct Timing {
    qint64 maxKeyGapMs = 50;    // a slower key starts over: what came before was typed
    qint64 maxMedianGapMs = 20; // a scanner's typical gap within a burst is below this
    int minLength = 6;          // fewer keys before Enter is never taken for a scan
  };

  WedgeDetector() : WedgeDetector(Timing{}) {}
  explicit WedgeDetector(Timing timing) : timing_(timing) {}

  // One key press: the text it produced ("\r" or "\n" for Enter; empty for
  // Shift and other modifiers, which are ignored) and when, in milliseconds.
  // Returns a scan when an Enter ends a burst that only a scanner types.
  std::optional<WedgeScan> feed(QStringView keyText, qint64 timestampMs);
  // Forgets the keys so far (focus moved, a form was cleared).
  void reset();

private:
  bool isScannerBurst(qint64 enterMs) const;

  Timing timing_;
  QString line_;
  QList<qint64> times_; // one timestamp per key of line_
  bool lineContinues_ = false;
  QString scanText_;      // the scan returned last (all its lines)
  qint64 scanEndMs_ = -1; // when its Enter came; -1 when none
};

} // namespace camie::scan
