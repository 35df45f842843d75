// KhmerCompositeKeys: the five keys of the Khmer (NiDA) keyboard layout that
// send code points Unicode leaves unassigned, U+17FB..U+17FF, each standing
// for a two-character vowel (xkb-data's symbols/kh; the Compose table's
// "Khmer digraphs"): the kiosk types the two characters itself, in the order
// the keys were pressed.
//
// Why not Qt's compose input context: under Wayland (Qt 6.4) it composes in
// the platform plugin as the keys arrive and sends the result straight to
// the focused field, while every other key waits in the event queue, so a
// composite vowel typed while the kiosk is busy lands before the consonant
// typed ahead of it, or in the field before Tab. The kiosk unit points
// XCOMPOSEFILE at a table without these five, and this filter, installed on
// the application, expands them in the event queue's order.
#pragma once

#include <QObject>
#include <QString>

namespace camie::app {

class KhmerCompositeKeys : public QObject {
  Q_OBJECT

public:
  using QObject::QObject;

  // The two characters U+17FB..U+17FF stand for; empty for any other text.
  static QString expansion(QStringView text);

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace camie::app
