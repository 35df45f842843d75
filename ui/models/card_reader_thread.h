// CardReaderThread: the kiosk's one thread for reading pictures of ID cards.
// Tesseract's engines (ocr::CardReader) are opened there at the first
// picture and reused for every later one; pictures are read one at a time,
// in memory (a file is loaded there, never written, never logged).
#pragma once

#include "core/ocr/card_reader.h"

#include <QDate>
#include <QImage>
#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

namespace camie::ui {

class CardReaderThread : public QObject {
  Q_OBJECT

public:
  enum class Problem { None, Unreadable, OcrUnavailable };
  struct Outcome {
    std::optional<ocr::CardReading> reading; // unset when the picture was not read
    Problem problem = Problem::None;
  };
  using Done = std::function<void(const Outcome&)>;

  // The application's reader thread, made at the first use (owned by the
  // application object, stopped with it).
  static CardReaderThread& shared();
  ~CardReaderThread() override;

  // `done` runs on the GUI thread, unless `context` is gone by then.
  void readFile(const QString& path, QDate today, QObject* context, Done done);
  void readImage(const QImage& image, QDate today, QObject* context, Done done);

private:
  explicit CardReaderThread(QObject* parent);
  void run(std::function<QImage()> load, QDate today, QObject* context, Done done);

  QThread thread_;
  QObject* worker_ = nullptr; // lives on thread_
  // Touched only on thread_.
  std::unique_ptr<ocr::CardReader> reader_;
  bool openFailed_ = false;
};

} // namespace camie::ui
