// FrameWorker: the part of the frame pipeline that lives on the worker
// thread — maps a frame, decodes it, releases it, and says what it found.
// Internal to FramePipeline.
#pragma once

#include "core/scan/frame_buffer.h"
#include "core/scan/frame_decoder.h"
#include "core/scan/frame_outcome.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace camie::scan {

class FrameWorker : public QObject {
  Q_OBJECT

public:
  // `busy` is the pipeline's flag, cleared here as soon as a frame is done
  // so the next frame is taken while the owner still handles the results.
  FrameWorker(std::shared_ptr<const FrameDecoder> decoder, std::atomic_bool& busy);

  // On the worker thread.
  void process(const std::shared_ptr<FrameBuffer>& frame);

signals:
  void finished(const camie::scan::FrameOutcome& outcome);

private:
  std::shared_ptr<const FrameDecoder> decoder_;
  std::atomic_bool& busy_;
};

} // namespace camie::scan
