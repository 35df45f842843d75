#include "core/scan/frame_pipeline.h"

#include "core/scan/frame_worker.h"

namespace camie::scan {

FramePipeline::FramePipeline(std::shared_ptr<const FrameDecoder> decoder, const Clock& clock,
                             Options options, QObject* parent)
    : QObject(parent), clock_(clock), repeats_(options.repeatIntervalMs),
      worker_(std::make_unique<FrameWorker>(std::move(decoder), busy_)) {
  thread_.setObjectName(QStringLiteral("camie-scan"));
  worker_->moveToThread(&thread_);
  connect(worker_.get(), &FrameWorker::finished, this, &FramePipeline::handle,
          Qt::QueuedConnection);
  thread_.start();
}

FramePipeline::~FramePipeline() {
  thread_.quit();
  thread_.wait(); // a frame being decoded is finished first; its results are dropped
}

bool FramePipeline::submit(std::shared_ptr<FrameBuffer> frame) {
  bool idle = false;
  if (!busy_.compare_exchange_strong(idle, true)) {
    ++dropped_;
    return false;
  }
  ++submitted_;
  FrameWorker* worker = worker_.get();
  QMetaObject::invokeMethod(
      worker, [worker, frame = std::move(frame)] { worker->process(frame); }, Qt::QueuedConnection);
  return true;
}

FramePipeline::Stats FramePipeline::stats() const {
  return {submitted_.load(), dropped_.load(), decoded_.load(), failed_.load()};
}

void FramePipeline::handle(const FrameOutcome& outcome) {
  if (outcome.error) {
    ++failed_;
    emit frameFailed(outcome.error->code, outcome.error->message);
  } else {
    ++decoded_;
  }
  const qint64 now = clock_.nowMs();
  for (const DecodedCode& code : outcome.codes) {
    const QString key =
        code.format + u'\n' + QString::fromLatin1(code.bytes.toBase64()) + u'\n' + code.text;
    if (repeats_.accept(key, now))
      emit codeFound(code);
  }
  emit frameDone(static_cast<int>(outcome.codes.size()));
}

} // namespace camie::scan
