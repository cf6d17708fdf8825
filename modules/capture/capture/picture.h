#pragma once

#include <QImage>

#include <opencv2/core/mat.hpp>

namespace dojo::capture {

// A frame's picture as the tracker and OpenCV take it: BGR, 8 bits a channel. Any QImage
// format is accepted; Format_RGB32 (every source's) is read without an extra copy.
cv::Mat bgrPicture(const QImage &image);

} // namespace dojo::capture
