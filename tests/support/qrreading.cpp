#include "support/qrreading.h"

#include <ZXing/ReadBarcode.h>

namespace dojo::testsupport {

Result<QString> readQrCode(const QImage &image)
{
    if (image.isNull())
        return Unexpected(QStringLiteral("There is no picture to read a QR code from."));
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine()));
    const ZXing::Result found
        = ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    if (!found.isValid())
        return Unexpected(QStringLiteral("No QR code was found in the %1 x %2 picture.")
                              .arg(grey.width())
                              .arg(grey.height()));
    return QString::fromStdString(found.text());
}

} // namespace dojo::testsupport
