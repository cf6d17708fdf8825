#pragma once

#include "venue/floor.h"

#include <core/result.h>

#include <QSize>
#include <QString>

#include <array>
#include <optional>

namespace dojo::venue {

// The text a table's hand-placed corners are stored as: "x,y;x,y;x,y;x,y" in TableCorners'
// order (floor.h: the table points (0, 0), (length, 0), (0, width), (length, width)), each a
// fraction of the picture's width and height with six decimals and a '.' in any locale; the
// empty text for none (automatic calibration). For the tracker:
//   vision::calibrateFromCorners(cornersInPixels(*table.corners, pictureSize), pictureSize, size)
QString tableCornersText(const std::optional<TableCorners> &corners);
// Reads that text back; refused with a sentence when it is not four pairs of numbers within the
// picture (0..1), never read as automatic.
Result<std::optional<TableCorners>> tableCornersFromText(const QString &text);

// Fractions of the picture to its pixels and back, for a picture of `picture`'s size.
std::array<QPointF, 4> cornersInPixels(const TableCorners &corners, QSize picture);
TableCorners cornersAsFractions(const std::array<QPointF, 4> &pixels, QSize picture);

} // namespace dojo::venue
