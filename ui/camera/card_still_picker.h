// CardStillPicker: decides, from consecutive camera frames, when a card held
// to the camera is steady and sharp enough to read — each frame reduced to a
// small grey thumbnail, its sharpness (mean Laplacian energy) and its motion
// against the frame before (mean absolute difference). A still is taken after
// a few steady, sharp frames in a row, the sharpest of them. Keeps no frame
// but the last thumbnail and that candidate.
#pragma once

#include "core/scan/image_ref.h"

#include <QImage>

namespace camie::ui {

class CardStillPicker {
public:
  enum class State {
    Waiting, // no frame yet
    Moving,  // the picture changes from frame to frame
    Blurred, // steady, but not sharp enough
    Steady,  // steady and sharp: a few more frames like this
    Taken,   // still() holds the picture to read
  };

  static constexpr int kThumbnailWidth = 240;
  static constexpr int kSteadyFrames = 3;
  static constexpr double kMaxMotion = 6.0; // mean absolute grey difference, 0..255
  // Mean |Laplacian| of the thumbnail: a generated card photographed clean
  // gives about 20, with a 6-pixel blur about 6 (tests/ui/camera).
  static constexpr double kMinSharpness = 9.0;

  // The frame as 8-bit grey, any size. Returns the state after it.
  State feed(const QImage& grey);
  State state() const { return state_; }
  // The sharpest of the steady frames, full size; set in state Taken.
  QImage still() const { return still_; }
  void reset();

  // The measures of one thumbnail (exposed for the camera's status line).
  static double sharpness(const QImage& thumbnail);
  static double motion(const QImage& a, const QImage& b);
  // A grey copy of an 8-bit view (a camera frame's luma, RGB as luma).
  static QImage greyCopy(const scan::ImageRef& view);

private:
  State state_ = State::Waiting;
  QImage previous_; // thumbnail of the frame before
  int steadyRun_ = 0;
  double bestSharpness_ = 0;
  QImage best_;
  QImage still_;
};

} // namespace camie::ui
