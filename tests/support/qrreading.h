#pragma once

#include <core/result.h>

#include <QImage>
#include <QString>

namespace dojo::testsupport {

// The text of the QR code zxing-cpp finds in the picture, or why it finds none.
Result<QString> readQrCode(const QImage &image);

} // namespace dojo::testsupport
