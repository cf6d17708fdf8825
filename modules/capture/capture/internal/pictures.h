#pragma once

#include <QImage>

class QVideoFrame;

namespace dojo::capture::internal {

// The frame's pixels as Format_RGB32: the one copy a frame costs on its way to the queue.
QImage pictureOf(const QVideoFrame &frame);

// The image as Format_RGB32, converted in place where the layout allows it.
QImage asRgb32(QImage image);

} // namespace dojo::capture::internal
