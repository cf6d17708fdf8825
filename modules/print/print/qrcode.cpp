#include "print/qrcode.h"

#include "print/internal/printtr.h"

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace dojo::print {

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= size || y >= size)
        return false;
    return dark[static_cast<size_t>(y) * static_cast<size_t>(size) + static_cast<size_t>(x)];
}

Result<QrCode> qrCode(const QByteArray &text)
{
    if (text.isEmpty())
        return Unexpected(internal::Tr::tr("A QR code needs a text to hold."));
    // Version 0: the smallest version that holds the text.
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeData(static_cast<int>(text.size()),
                          reinterpret_cast<const unsigned char *>(text.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!encoded) {
        if (errno == ERANGE)
            return Unexpected(
                internal::Tr::tr("A text of %1 bytes is too long for a QR code.").arg(text.size()));
        return Unexpected(internal::Tr::tr("The QR code could not be made: %1.")
                              .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    QrCode code;
    code.size = encoded->width;
    const size_t count = static_cast<size_t>(code.size) * static_cast<size_t>(code.size);
    code.dark.resize(count);
    // libqrencode's lowest bit of each byte is the module's colour: 1 is dark.
    for (size_t i = 0; i < count; ++i)
        code.dark[i] = (encoded->data[i] & 1) != 0;
    return code;
}

QImage qrImage(const QrCode &code, int pixelsPerModule, int quietModules)
{
    if (code.size <= 0 || pixelsPerModule < 1 || quietModules < 0)
        return {};
    const int side = (code.size + 2 * quietModules) * pixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size; ++x) {
            if (!code.isDark(x, y))
                continue;
            const int left = (x + quietModules) * pixelsPerModule;
            const int top = (y + quietModules) * pixelsPerModule;
            for (int row = top; row < top + pixelsPerModule; ++row)
                std::memset(image.scanLine(row) + left, 0, static_cast<size_t>(pixelsPerModule));
        }
    }
    return image;
}

} // namespace dojo::print
