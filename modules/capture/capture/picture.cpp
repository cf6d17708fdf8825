#include "capture/picture.h"

#include "capture/internal/pictures.h"

#include <opencv2/imgproc.hpp>

namespace dojo::capture {

cv::Mat bgrPicture(const QImage &image)
{
    const QImage rgb32 = internal::asRgb32(image);
    // RGB32 is B, G, R, X in memory: OpenCV's BGRA, wrapped without a copy.
    const cv::Mat bgra(rgb32.height(), rgb32.width(), CV_8UC4,
                       const_cast<uchar *>(rgb32.constBits()), size_t(rgb32.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(bgra, bgr, cv::COLOR_BGRA2BGR);
    return bgr;
}

} // namespace dojo::capture
