#include "core/ocr/tesseract_engine.h"

#include <tesseract/capi.h>

#include <dlfcn.h>

#include <memory>
#include <vector>

namespace camie::ocr {

namespace {

// The library, opened at the first engine rather than linked: it and what it
// brings (Leptonica, libtiff, libwebp, libarchive, ...) cost a few megabytes
// of every kiosk's start-up although most sessions never read a card.
constexpr const char* kLibrary = "libtesseract.so.5";

// The part of Tesseract's C API the engine uses (tesseract/capi.h).
struct TessLibrary {
  decltype(&TessBaseAPICreate) create = nullptr;
  decltype(&TessBaseAPIDelete) destroy = nullptr;
  decltype(&TessBaseAPIInit4) init = nullptr;
  decltype(&TessBaseAPIEnd) end = nullptr;
  decltype(&TessBaseAPISetVariable) setVariable = nullptr;
  decltype(&TessBaseAPISetPageSegMode) setPageSegMode = nullptr;
  decltype(&TessBaseAPISetImage) setImage = nullptr;
  decltype(&TessBaseAPISetSourceResolution) setSourceResolution = nullptr;
  decltype(&TessBaseAPISetRectangle) setRectangle = nullptr;
  decltype(&TessBaseAPIRecognize) recognize = nullptr;
  decltype(&TessBaseAPIGetIterator) iterator = nullptr;
  decltype(&TessBaseAPIClear) clear = nullptr;
  decltype(&TessResultIteratorCopy) copyIterator = nullptr;
  decltype(&TessResultIteratorDelete) deleteIterator = nullptr;
  decltype(&TessResultIteratorNext) next = nullptr;
  decltype(&TessResultIteratorGetUTF8Text) text = nullptr;
  decltype(&TessResultIteratorConfidence) confidence = nullptr;
  decltype(&TessResultIteratorGetPageIteratorConst) pageIterator = nullptr;
  decltype(&TessPageIteratorBoundingBox) boundingBox = nullptr;
  decltype(&TessPageIteratorIsAtFinalElement) isAtFinalElement = nullptr;
  decltype(&TessDeleteText) deleteText = nullptr;
  QString error; // set when the library or one of its functions is missing
};

// Looks `name` up in the library; the first one missing is the error.
template <typename Function>
void resolve(void* library, const char* name, Function& function, QString& error) {
  function = reinterpret_cast<Function>(dlsym(library, name));
  if (!function && error.isEmpty())
    error = QStringLiteral("%1 has no function %2")
                .arg(QLatin1StringView(kLibrary), QLatin1StringView(name));
}

TessLibrary loadLibrary() {
  TessLibrary tess;
  // Never closed: Tesseract keeps process-wide tables its engines share.
  void* library = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    tess.error = QString::fromLocal8Bit(dlerror());
    return tess;
  }
  QString& e = tess.error;
  resolve(library, "TessBaseAPICreate", tess.create, e);
  resolve(library, "TessBaseAPIDelete", tess.destroy, e);
  resolve(library, "TessBaseAPIInit4", tess.init, e);
  resolve(library, "TessBaseAPIEnd", tess.end, e);
  resolve(library, "TessBaseAPISetVariable", tess.setVariable, e);
  resolve(library, "TessBaseAPISetPageSegMode", tess.setPageSegMode, e);
  resolve(library, "TessBaseAPISetImage", tess.setImage, e);
  resolve(library, "TessBaseAPISetSourceResolution", tess.setSourceResolution, e);
  resolve(library, "TessBaseAPISetRectangle", tess.setRectangle, e);
  resolve(library, "TessBaseAPIRecognize", tess.recognize, e);
  resolve(library, "TessBaseAPIGetIterator", tess.iterator, e);
  resolve(library, "TessBaseAPIClear", tess.clear, e);
  resolve(library, "TessResultIteratorCopy", tess.copyIterator, e);
  resolve(library, "TessResultIteratorDelete", tess.deleteIterator, e);
  resolve(library, "TessResultIteratorNext", tess.next, e);
  resolve(library, "TessResultIteratorGetUTF8Text", tess.text, e);
  resolve(library, "TessResultIteratorConfidence", tess.confidence, e);
  resolve(library, "TessResultIteratorGetPageIteratorConst", tess.pageIterator, e);
  resolve(library, "TessPageIteratorBoundingBox", tess.boundingBox, e);
  resolve(library, "TessPageIteratorIsAtFinalElement", tess.isAtFinalElement, e);
  resolve(library, "TessDeleteText", tess.deleteText, e);
  return tess;
}

// Loaded once, by the first engine of the process (any thread).
const TessLibrary& library() {
  static const TessLibrary tess = loadLibrary();
  return tess;
}

// Text Tesseract allocated, given back to it.
struct TessText {
  explicit TessText(char* utf8) : text(utf8) {}
  ~TessText() {
    if (text)
      library().deleteText(text);
  }
  TessText(const TessText&) = delete;
  TessText& operator=(const TessText&) = delete;
  QString toString() const { return text ? QString::fromUtf8(text) : QString(); }
  char* text;
};

struct IteratorDeleter {
  void operator()(TessResultIterator* it) const { library().deleteIterator(it); }
};
using Iterator = std::unique_ptr<TessResultIterator, IteratorDeleter>;

QRect boxOf(const TessResultIterator* it, TessPageIteratorLevel level) {
  int left = 0, top = 0, right = 0, bottom = 0;
  library().boundingBox(library().pageIterator(it), level, &left, &top, &right, &bottom);
  return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

} // namespace

TesseractEngine::TesseractEngine(tesseract::TessBaseAPI* api) : api_(api) {}

TesseractEngine::~TesseractEngine() {
  library().end(api_);
  library().destroy(api_);
}

Result<std::unique_ptr<TesseractEngine>> TesseractEngine::open(const Options& options) {
  const TessLibrary& tess = library();
  if (!tess.error.isEmpty())
    return makeError(QStringLiteral("ocr_unavailable"),
                     QStringLiteral("The OCR library cannot be loaded (%1): is libtesseract5 "
                                    "installed?")
                         .arg(tess.error));
  TessBaseAPI* api = tess.create();
  // Set before the models load, so that loading says nothing either.
  std::vector<QByteArray> names = {"debug_file"};
  std::vector<QByteArray> values = {"/dev/null"};
  if (!options.dictionaries) {
    names.insert(names.end(), {"load_system_dawg", "load_freq_dawg"});
    values.insert(values.end(), {"0", "0"});
  }
  std::vector<char*> nameList, valueList;
  for (size_t i = 0; i < names.size(); ++i) {
    nameList.push_back(names[i].data());
    valueList.push_back(values[i].data());
  }
  QByteArray languages = options.languages.toUtf8();
  if (tess.init(api, nullptr, languages.constData(), tesseract::OEM_LSTM_ONLY, nullptr, 0,
                nameList.data(), valueList.data(), nameList.size(), false) != 0) {
    tess.end(api);
    tess.destroy(api);
    return makeError(QStringLiteral("ocr_unavailable"),
                     QStringLiteral("The OCR models (%1) cannot be loaded: is tesseract-ocr-%2 "
                                    "installed?")
                         .arg(options.languages, options.languages.section(u'+', 0, 0)));
  }
  tess.setVariable(api, "debug_file", "/dev/null");
  if (!options.whitelist.isEmpty())
    tess.setVariable(api, "tessedit_char_whitelist", options.whitelist.toUtf8().constData());
  tess.setVariable(api, "thresholding_method",
                   QByteArray::number(options.thresholdingMethod).constData());
  tess.setPageSegMode(api, tesseract::PSM_SINGLE_BLOCK);
  return std::unique_ptr<TesseractEngine>(new TesseractEngine(api));
}

void TesseractEngine::setThresholdingMethod(int method) {
  library().setVariable(api_, "thresholding_method", QByteArray::number(method).constData());
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
  const TessLibrary& tess = library();
  tess.setImage(api_, image.data, image.width, image.height, 1, image.effectiveRowStride());
  tess.setSourceResolution(api_, 300); // cards are photographed at about 300 dpi
  tess.setRectangle(api_, area.x(), area.y(), area.width(), area.height());
  if (tess.recognize(api_, nullptr) != 0) {
    tess.clear(api_);
    return lines;
  }
  const Iterator it(tess.iterator(api_));
  if (it) {
    do {
      const TessText text(tess.text(it.get(), tesseract::RIL_TEXTLINE));
      if (!text.text)
        continue;
      lines.append({text.toString().trimmed(),
                    tess.confidence(it.get(), tesseract::RIL_TEXTLINE) / 100.0,
                    boxOf(it.get(), tesseract::RIL_TEXTLINE)});
      if (symbols) {
        // The line's symbols, walked with a second iterator from its start.
        QList<OcrSymbol>& line = symbols->emplace_back();
        const Iterator symbol(tess.copyIterator(it.get()));
        do {
          const QString c = TessText(tess.text(symbol.get(), tesseract::RIL_SYMBOL)).toString();
          if (c.size() == 1)
            line.append({c.at(0), tess.confidence(symbol.get(), tesseract::RIL_SYMBOL) / 100.0,
                         boxOf(symbol.get(), tesseract::RIL_SYMBOL)});
        } while (!tess.isAtFinalElement(tess.pageIterator(symbol.get()), tesseract::RIL_TEXTLINE,
                                        tesseract::RIL_SYMBOL) &&
                 tess.next(symbol.get(), tesseract::RIL_SYMBOL));
      }
    } while (tess.next(it.get(), tesseract::RIL_TEXTLINE));
  }
  tess.clear(api_);
  return lines;
}

} // namespace camie::ocr
