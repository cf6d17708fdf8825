#pragma once

#include <core/result.h>

#include <QByteArray>
#include <QImage>

#include <vector>

namespace dojo::print {

// A QR code's modules (EC level M, 8-bit mode), made by libqrencode: size x size, row by row.
struct QrCode
{
    int size = 0;
    std::vector<bool> dark;

    bool isDark(int x, int y) const;
};

// The QR code of `text`; the error says why there is none (too long, empty).
Result<QrCode> qrCode(const QByteArray &text);

// The code black on white (Format_Grayscale8), each module pixelsPerModule pixels wide, inside a
// quiet zone of quietModules white modules; a null image for an empty code or a size below one.
QImage qrImage(const QrCode &code, int pixelsPerModule, int quietModules = 4);

} // namespace dojo::print
