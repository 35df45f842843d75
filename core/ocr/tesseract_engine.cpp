#include "core/ocr/tesseract_engine.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <string>
#include <vector>

namespace camie::ocr {

TesseractEngine::TesseractEngine(std::unique_ptr<tesseract::TessBaseAPI> api)
    : api_(std::move(api)) {}

TesseractEngine::~TesseractEngine() {
  if (api_)
    api_->End();
}

Result<std::unique_ptr<TesseractEngine>> TesseractEngine::open(const Options& options) {
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  // Set before the models load, so that loading says nothing either.
  std::vector<std::string> names = {"debug_file"};
  std::vector<std::string> values = {"/dev/null"};
  if (!options.dictionaries) {
    names.insert(names.end(), {"load_system_dawg", "load_freq_dawg"});
    values.insert(values.end(), {"0", "0"});
  }
  const QByteArray languages = options.languages.toUtf8();
  if (api->Init(nullptr, languages.constData(), tesseract::OEM_LSTM_ONLY, nullptr, 0, &names,
                &values, false) != 0) {
    api->End();
    return makeError(QStringLiteral("ocr_unavailable"),
                     QStringLiteral("The OCR models (%1) cannot be loaded: is tesseract-ocr-%2 "
                                    "installed?")
                         .arg(options.languages, options.languages.section(u'+', 0, 0)));
  }
  api->SetVariable("debug_file", "/dev/null");
  if (!options.whitelist.isEmpty())
    api->SetVariable("tessedit_char_whitelist", options.whitelist.toUtf8().constData());
  api->SetVariable("thresholding_method",
                   QByteArray::number(options.thresholdingMethod).constData());
  api->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
  return std::unique_ptr<TesseractEngine>(new TesseractEngine(std::move(api)));
}

void TesseractEngine::setThresholdingMethod(int method) {
  api_->SetVariable("thresholding_method", QByteArray::number(method).constData());
}

QList<OcrLine> TesseractEngine::readLines(const scan::ImageRef& image, const QRect& region,
                                          QList<QList<OcrSymbol>>* symbols) {
  QList<OcrLine> lines;
  if (!image.isValid() || image.layout != scan::PixelLayout::Lum ||
      image.effectivePixelStride() != 1)
    return lines;
  const QRect area = region.intersected(QRect(0, 0, image.width, image.height));
  if (area.isEmpty())
    return lines;
  api_->SetImage(image.data, image.width, image.height, 1, image.effectiveRowStride());
  api_->SetSourceResolution(300); // cards are photographed at about 300 dpi
  api_->SetRectangle(area.x(), area.y(), area.width(), area.height());
  if (api_->Recognize(nullptr) != 0) {
    api_->Clear();
    return lines;
  }
  const auto boxOf = [](const tesseract::ResultIterator& it, tesseract::PageIteratorLevel level) {
    int left = 0, top = 0, right = 0, bottom = 0;
    it.BoundingBox(level, &left, &top, &right, &bottom);
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
  };
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  if (it) {
    do {
      const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
      if (!text)
        continue;
      lines.append({QString::fromUtf8(text.get()).trimmed(),
                    it->Confidence(tesseract::RIL_TEXTLINE) / 100.0,
                    boxOf(*it, tesseract::RIL_TEXTLINE)});
      if (symbols) {
        // The line's symbols, walked with a second iterator from its start.
        QList<OcrSymbol>& line = symbols->emplace_back();
        tesseract::ResultIterator symbol(*it);
        do {
          const std::unique_ptr<char[]> s(symbol.GetUTF8Text(tesseract::RIL_SYMBOL));
          const QString c = s ? QString::fromUtf8(s.get()) : QString();
          if (c.size() == 1)
            line.append({c.at(0), symbol.Confidence(tesseract::RIL_SYMBOL) / 100.0,
                         boxOf(symbol, tesseract::RIL_SYMBOL)});
        } while (!symbol.IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_SYMBOL) &&
                 symbol.Next(tesseract::RIL_SYMBOL));
      }
    } while (it->Next(tesseract::RIL_TEXTLINE));
  }
  api_->Clear();
  return lines;
}

} // namespace camie::ocr
