#pragma once

#include <core/vec2.h>

#include <QPointF>

#include <array>
#include <optional>

namespace dojo::vision::internal {

// A plane-to-plane mapping, row-major 3x3.
using Homography = std::array<double, 9>;

QPointF apply(const Homography &h, double x, double y);
// None when the mapping cannot be undone (its determinant is nought).
std::optional<Homography> inverse(const Homography &h);
// The homography through four point pairs, solved in double precision; none when the points
// tell none (three in a line).
std::optional<Homography> throughFour(const std::array<Vec2, 4> &from,
                                      const std::array<QPointF, 4> &to);

} // namespace dojo::vision::internal
