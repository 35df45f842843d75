#include "core/scan/wedge_detector.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace camie::scan;

namespace {

// A recorded key sequence: the text of each key and the milliseconds since
// the previous key. "\r" is Enter; "" is a modifier (Shift) with no text.
struct Key {
  const char* text;
  qint64 gapMs;
};

// Feeds the keys from `startMs`; returns every scan reported.
std::vector<WedgeScan> play(WedgeDetector& detector, const std::vector<Key>& keys,
                            qint64 startMs = 100000) {
  std::vector<WedgeScan> scans;
  qint64 t = startMs;
  for (const Key& key : keys) {
    t += key.gapMs;
    if (auto scan = detector.feed(QString::fromUtf8(key.text), t))
      scans.push_back(*scan);
  }
  return scans;
}

// A USB HID scanner (Honeywell-like) reading a national ID number: 3-6 ms a key.
const std::vector<Key> kUsbScanner = {{"0", 0}, {"1", 4}, {"2", 3}, {"3", 5}, {"4", 4},
                                      {"5", 4}, {"6", 3}, {"7", 6}, {"8", 4}, {"\r", 5}};

// A Bluetooth scanner reading a pre-registration code: slower, jittery, with
// Shift sent before capital letters and one radio hiccup of 41 ms.
const std::vector<Key> kBluetoothScanner = {
    {"", 0},   {"I", 2},  {"", 11},  {"E", 3},  {"1", 14}, {":", 17}, {"", 9},   {"N", 2},
    {"", 19},  {"C", 3},  {"", 12},  {"F", 2},  {"O", 22}, {"X", 13}, {"N", 41}, {"*", 15},
    {"T", 18}, {"F", 11}, {"D", 16}, {"N", 14}, {"H", 12}, {"\r", 19}};

// Typists, from recordings: a clerk at about 100 words a minute typing an ID number...
const std::vector<Key> kFastTypist = {{"0", 0},   {"1", 142}, {"2", 98},  {"3", 131}, {"4", 87},
                                      {"5", 156}, {"6", 103}, {"7", 119}, {"8", 95},  {"\r", 178}};
// ...a very fast typist (140 wpm) with key rollover giving some gaps near 30 ms...
const std::vector<Key> kRolloverTypist = {
    {"s", 0},  {"o", 64}, {"k", 38}, {" ", 91}, {"d", 45}, {"a", 72}, {"r", 29}, {"a", 83},
    {" ", 57}, {"0", 66}, {"1", 41}, {"2", 95}, {"3", 44}, {"4", 31}, {"5", 48}, {"\r", 62}};
// ...a data-entry clerk on the number pad, fast and even...
const std::vector<Key> kNumpadClerk = {{"0", 0},  {"1", 88}, {"2", 62}, {"3", 71}, {"4", 55},
                                       {"5", 49}, {"6", 67}, {"7", 58}, {"8", 73}, {"\r", 61}};
// ...and a key held down: auto-repeat at 30 per second, then Enter.
const std::vector<Key> kAutoRepeat = {{"1", 0},  {"1", 500}, {"1", 33}, {"1", 33}, {"1", 34},
                                      {"1", 33}, {"1", 33},  {"1", 34}, {"1", 33}, {"\r", 33}};

} // namespace

TEST_CASE("a USB scanner's burst ending in Enter is a scan", "[scan]") {
  WedgeDetector detector;
  const auto scans = play(detector, kUsbScanner);
  REQUIRE(scans.size() == 1);
  CHECK(scans[0].text == u"012345678");
  CHECK(scans[0].keyCount == 9);
  CHECK_FALSE(scans[0].continuesPrevious);
}

TEST_CASE("a jittery Bluetooth scanner with Shift keys is still a scanner", "[scan]") {
  WedgeDetector detector;
  const auto scans = play(detector, kBluetoothScanner);
  REQUIRE(scans.size() == 1);
  CHECK(scans[0].text == u"IE1:NCFOXN*TFDNH");
}

TEST_CASE("people typing fast, with rollover or on the number pad, are not scanners", "[scan]") {
  for (const auto* keys : {&kFastTypist, &kRolloverTypist, &kNumpadClerk, &kAutoRepeat}) {
    WedgeDetector detector;
    CHECK(play(detector, *keys).empty());
  }
}

TEST_CASE("keys typed before a scan are not part of it", "[scan]") {
  WedgeDetector detector;
  std::vector<Key> keys = {{"a", 0}, {"b", 180}, {"c", 150}};
  keys.insert(keys.end(), kUsbScanner.begin(), kUsbScanner.end());
  keys[3].gapMs = 900; // the scan starts a while after the typing
  const auto scans = play(detector, keys);
  REQUIRE(scans.size() == 1);
  CHECK(scans[0].text == u"012345678");
}

TEST_CASE("an MRZ reader's three lines come as one scan, line by line", "[scan]") {
  const QStringList lines = {QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
                             QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"),
                             QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<")};
  WedgeDetector detector;
  qint64 t = 5000;
  std::vector<WedgeScan> scans;
  for (const QString& line : lines) {
    for (QChar c : line) {
      t += 2;
      REQUIRE_FALSE(detector.feed(QString(c), t).has_value());
    }
    t += 3;
    if (auto scan = detector.feed(u"\r", t))
      scans.push_back(*scan);
    t += 8; // the reader's pause between lines
  }
  REQUIRE(scans.size() == 3);
  CHECK_FALSE(scans[0].continuesPrevious);
  CHECK(scans[1].continuesPrevious);
  CHECK(scans[2].continuesPrevious);
  CHECK(scans[2].text == lines.join(u'\n'));
  CHECK(scans[2].keyCount == 30);
}

TEST_CASE("a second scan a while later stands on its own", "[scan]") {
  WedgeDetector detector;
  REQUIRE(play(detector, kUsbScanner, 1000).size() == 1);
  const auto second = play(detector, kUsbScanner, 3000);
  REQUIRE(second.size() == 1);
  CHECK_FALSE(second[0].continuesPrevious);
  CHECK(second[0].text == u"012345678");
}

TEST_CASE("a short burst or a slow Enter is not a scan", "[scan]") {
  WedgeDetector detector;
  CHECK(play(detector, {{"1", 0}, {"2", 4}, {"3", 4}, {"\r", 4}}).empty());

  std::vector<Key> slowEnter = kUsbScanner;
  slowEnter.back().gapMs = 400; // the person pressed Enter after the burst
  CHECK(play(detector, slowEnter).empty());
}

TEST_CASE("reset() forgets a burst: its Enter is then no scan", "[scan]") {
  // The burst without its Enter, then Enter at the scanner's own pace: the
  // only difference between the two detectors is the reset.
  const std::vector<Key> burst(kUsbScanner.begin(), kUsbScanner.end() - 1);
  qint64 enterMs = 100000 + kUsbScanner.back().gapMs;
  for (const Key& key : burst)
    enterMs += key.gapMs;

  WedgeDetector kept;
  play(kept, burst);
  CHECK(kept.feed(u"\r", enterMs).has_value());

  WedgeDetector reset;
  play(reset, burst);
  reset.reset();
  CHECK_FALSE(reset.feed(u"\r", enterMs).has_value());
}

TEST_CASE("the timing limits can be set", "[scan]") {
  WedgeDetector::Timing strict;
  strict.maxMedianGapMs = 3;
  WedgeDetector detector(strict);
  CHECK(play(detector, kUsbScanner).empty());
  WedgeDetector::Timing lenient;
  lenient.maxKeyGapMs = 200;
  lenient.maxMedianGapMs = 200;
  WedgeDetector everything(lenient);
  CHECK(play(everything, kFastTypist).size() == 1);
}
