#include "core/scan/frame_worker.h"

#include <QCoreApplication>

namespace camie::scan {

FrameWorker::FrameWorker(std::shared_ptr<const FrameDecoder> decoder, std::atomic_bool& busy)
    : decoder_(std::move(decoder)), busy_(busy) {}

void FrameWorker::process(const std::shared_ptr<FrameBuffer>& frame) {
  FrameOutcome outcome;
  if (const std::optional<ImageRef> image = frame ? frame->map() : std::nullopt) {
    auto codes = decoder_->decode(*image);
    frame->unmap();
    if (codes)
      outcome.codes = std::move(codes).value();
    else
      outcome.error = codes.error();
  } else {
    outcome.error = makeError(QStringLiteral("unreadable_frame"),
                              QCoreApplication::translate("camie::scan::FramePipeline",
                                                          "A camera picture could not be read."));
  }
  busy_.store(false);
  emit finished(outcome);
}

} // namespace camie::scan
