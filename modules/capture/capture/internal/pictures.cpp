#include "capture/internal/pictures.h"

#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <algorithm>
#include <utility>

namespace dojo::capture::internal {

namespace {

int clampByte(int value)
{
    return std::clamp(value, 0, 255);
}

// JPEG's full-range BT.601 (JFIF) to RGB in 16.16 fixed point. Qt 6.4's own conversion reads
// every YUV 4:2:0 frame as video range, which stretches an MJPEG camera's levels by 16% and
// clips its darkest and brightest (the black ball, the cue ball's highlight).
QImage fullRangeYuv420(const QVideoFrame &source)
{
    QVideoFrame frame(source);
    if (!frame.map(QVideoFrame::ReadOnly))
        return {};
    const int width = frame.width();
    const int height = frame.height();
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        const uchar *luma = frame.bits(0) + y * frame.bytesPerLine(0);
        const uchar *blue = frame.bits(1) + (y / 2) * frame.bytesPerLine(1);
        const uchar *red = frame.bits(2) + (y / 2) * frame.bytesPerLine(2);
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int l = luma[x];
            const int u = blue[x / 2] - 128;
            const int v = red[x / 2] - 128;
            line[x] = qRgb(clampByte(l + ((91881 * v + 32768) >> 16)),
                           clampByte(l - ((22554 * u + 46802 * v - 32768) >> 16)),
                           clampByte(l + ((116130 * u + 32768) >> 16)));
        }
    }
    frame.unmap();
    return image;
}

bool isFullRangeYuv420(const QVideoFrame &frame)
{
    const QVideoFrameFormat format = frame.surfaceFormat();
    return frame.pixelFormat() == QVideoFrameFormat::Format_YUV420P
           && format.colorRange() == QVideoFrameFormat::ColorRange_Full
           && (format.colorSpace() == QVideoFrameFormat::ColorSpace_BT601
               || format.colorSpace() == QVideoFrameFormat::ColorSpace_Undefined);
}

} // namespace

QImage pictureOf(const QVideoFrame &frame)
{
    if (isFullRangeYuv420(frame)) {
        QImage image = fullRangeYuv420(frame);
        if (!image.isNull())
            return image;
    }
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
