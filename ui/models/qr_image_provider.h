// QrImageProvider: QR codes for QML — `image://qr/<percent-encoded text>` —
// drawn with ZXing (core/scan), e.g. the receipt's registry number.
#pragma once

#include <QQuickImageProvider>

namespace camie::ui {

class QrImageProvider : public QQuickImageProvider {
public:
  QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}
  QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

  // The QR code of `text` as an image (black on white); null on failure.
  static QImage render(const QString& text, int moduleSize = 8);
};

} // namespace camie::ui
