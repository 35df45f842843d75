#include "ui/models/card_reader_thread.h"

#include "core/logging/log_categories.h"

#include <QCoreApplication>
#include <QPointer>

namespace camie::ui {

CardReaderThread& CardReaderThread::shared() {
  static QPointer<CardReaderThread> instance;
  if (!instance)
    instance = new CardReaderThread(QCoreApplication::instance());
  return *instance;
}

CardReaderThread::CardReaderThread(QObject* parent) : QObject(parent) {
  thread_.setObjectName(QStringLiteral("camie-card-reader"));
  worker_ = new QObject;
  worker_->moveToThread(&thread_);
  thread_.start(QThread::LowPriority);
}

CardReaderThread::~CardReaderThread() {
  thread_.quit();
  thread_.wait();
  delete worker_;
  reader_.reset(); // the thread is gone: nothing else touches it
}

void CardReaderThread::readFile(const QString& path, QDate today, QObject* context, Done done) {
  run([path] { return QImage(path); }, today, context, std::move(done));
}

void CardReaderThread::readImage(const QImage& image, QDate today, QObject* context, Done done) {
  run([image] { return image; }, today, context, std::move(done));
}

void CardReaderThread::run(std::function<QImage()> load, QDate today, QObject* context, Done done) {
  QPointer<QObject> target(context);
  QMetaObject::invokeMethod(
      worker_,
      [this, load = std::move(load), today, target, done = std::move(done)] {
        Outcome outcome;
        if (!reader_ && !openFailed_) {
          auto opened = ocr::CardReader::open();
          if (opened) {
            reader_ = std::move(*opened);
            qCInfo(lcScan) << "card reader opened";
          } else {
            // The message names the missing library or model (no card data
            // yet): what the technician installs.
            qCWarning(lcScan).noquote() << "card reader not available:" << opened.error().code
                                        << "-" << opened.error().message;
            openFailed_ = true;
          }
        }
        const QImage grey = load().convertToFormat(QImage::Format_Grayscale8);
        if (!reader_) {
          outcome.problem = Problem::OcrUnavailable;
        } else if (grey.isNull()) {
          outcome.problem = Problem::Unreadable;
        } else {
          const scan::ImageRef view{grey.constBits(),
                                    grey.width(),
                                    grey.height(),
                                    static_cast<int>(grey.bytesPerLine()),
                                    1,
                                    scan::PixelLayout::Lum};
          outcome.reading = reader_->read(view, today);
          // What was read, never its content.
          qCInfo(lcScan).noquote()
              << "card read:" << outcome.reading->sideCode() << outcome.reading->proposals.size()
              << "proposals in" << outcome.reading->elapsedMs << "ms";
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [target, done, outcome] {
          if (target)
            done(outcome);
        });
      },
      Qt::QueuedConnection);
}

} // namespace camie::ui
