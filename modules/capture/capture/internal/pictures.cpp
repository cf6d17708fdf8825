#include "capture/internal/pictures.h"

#include <QVideoFrame>

#include <utility>

namespace dojo::capture::internal {

QImage pictureOf(const QVideoFrame &frame)
{
    return asRgb32(frame.toImage());
}

QImage asRgb32(QImage image)
{
    if (image.isNull() || image.format() == QImage::Format_RGB32)
        return image;
    // ARGB32 shares RGB32's layout: an unshared image converts without a second buffer.
    return std::move(image).convertToFormat(QImage::Format_RGB32);
}

} // namespace dojo::capture::internal
