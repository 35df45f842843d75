// FramePipeline: decodes frames from any source (camera, files, tests) on its
// own worker thread. A frame that arrives while another is being decoded is
// dropped, never queued, so the pipeline never falls behind the camera; a code
// is reported once, not again while it stays in view (DuplicateFilter).
#pragma once

#include "core/scan/decoded_code.h"
#include "core/scan/duplicate_filter.h"
#include "core/scan/frame_buffer.h"
#include "core/scan/frame_decoder.h"
#include "core/scan/frame_outcome.h"
#include "core/util/clock.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace camie::scan {

class FrameWorker;

class FramePipeline : public QObject {
  Q_OBJECT

public:
  struct Options {
    qint64 repeatIntervalMs = 3000; // the same code is not reported again within this
  };
  struct Stats {
    quint64 submitted = 0; // frames taken for decoding
    quint64 dropped = 0;   // frames refused because the worker was busy
    quint64 decoded = 0;   // frames decoded (with or without codes)
    quint64 failed = 0;    // frames that could not be mapped or decoded
  };

  // `clock` (read on the owner's thread only) must outlive the pipeline.
  FramePipeline(std::shared_ptr<const FrameDecoder> decoder, const Clock& clock, Options options,
                QObject* parent = nullptr);
  FramePipeline(std::shared_ptr<const FrameDecoder> decoder, const Clock& clock,
                QObject* parent = nullptr)
      : FramePipeline(std::move(decoder), clock, Options{}, parent) {}
  ~FramePipeline() override;

  // Thread-safe. Hands `frame` to the worker and returns true, or, when the
  // worker is still busy with an earlier frame, drops it and returns false.
  bool submit(std::shared_ptr<FrameBuffer> frame);
  // True while a frame is being decoded: a source may skip making a frame.
  bool isBusy() const { return busy_.load(); }
  Stats stats() const;
  // Forgets the codes seen (a new registration): each is reported again.
  void forgetSeenCodes() { repeats_.clear(); }

signals:
  // A code seen for the first time within the repeat interval.
  void codeFound(const camie::scan::DecodedCode& code);
  // After every frame taken, with the number of codes in it (repeats included).
  void frameDone(int codesInFrame);
  // A frame that could not be read; `message` is for the teller.
  void frameFailed(const QString& code, const QString& message);

private:
  void handle(const FrameOutcome& outcome);

  const Clock& clock_;
  DuplicateFilter repeats_;
  std::atomic_bool busy_{false};
  std::atomic<quint64> submitted_{0};
  std::atomic<quint64> dropped_{0};
  std::atomic<quint64> decoded_{0};
  std::atomic<quint64> failed_{0};
  QThread thread_;
  std::unique_ptr<FrameWorker> worker_;
};

} // namespace camie::scan
