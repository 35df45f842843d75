#include "ui/models/qr_image_provider.h"

#include "core/scan/barcode_encoder.h"

#include <QUrl>

namespace camie::ui {

QImage QrImageProvider::render(const QString& text, int moduleSize) {
  scan::BarcodeEncoder::Options options;
  options.moduleSize = moduleSize;
  auto grey = scan::BarcodeEncoder::encode(text, options);
  if (!grey || grey->isNull())
    return {};
  QImage image(reinterpret_cast<const uchar*>(grey->pixels.constData()), grey->width, grey->height,
               grey->width, QImage::Format_Grayscale8);
  return image.copy(); // own the pixels
}

QImage QrImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize) {
  QImage image = render(QUrl::fromPercentEncoding(id.toUtf8()));
  if (!image.isNull() && requestedSize.isValid())
    image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::FastTransformation);
  if (size)
    *size = image.size();
  return image;
}

} // namespace camie::ui
