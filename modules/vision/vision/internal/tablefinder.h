#pragma once

#include "core/result.h"
#include "core/tablespec.h"

#include <QPointF>

#include <array>

namespace cv {
class Mat;
}

namespace dojo::vision::internal {

// What the picture shows of the table: the cushion noses' corners (head-left, head-right,
// foot-left, foot-right, in the picture's pixels, at the noses' height) and the lens's k1.
struct TableOutline
{
    std::array<QPointF, 4> noseCorners{};
    double distortion = 0.0;
};

// Finds the cloth by its colour learnt from the picture, the cushions' backs as its outline,
// the noses as the brightness step inside them, and k1 as what makes the noses straightest.
Result<TableOutline> findTable(const cv::Mat &picture, TableSize table);

} // namespace dojo::vision::internal
