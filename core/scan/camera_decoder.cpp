#include "core/scan/camera_decoder.h"

namespace camie::scan {

namespace {
BarcodeDecoder::Options withFormats(QStringList formats) {
  BarcodeDecoder::Options options = BarcodeDecoder::cameraOptions();
  options.formats = std::move(formats);
  return options;
}
} // namespace

// One ZXing pass either way: a second pass would binarise the frame again,
// which costs more than the PDF417 reader itself.
CameraDecoder::CameraDecoder()
    : everyFrame_(withFormats(everyFrameFormats())),
      allFormats_(withFormats(BarcodeDecoder::defaultFormats())) {}

QStringList CameraDecoder::everyFrameFormats() {
  QStringList formats = BarcodeDecoder::defaultFormats();
  formats.removeAll(QStringLiteral("PDF417"));
  return formats;
}

Result<QList<DecodedCode>> CameraDecoder::decode(const ImageRef& image) const {
  const bool all = frames_.fetch_add(1) % kAllFormatsEvery == kAllFormatsEvery - 1;
  return (all ? allFormats_ : everyFrame_).decode(image);
}

} // namespace camie::scan
