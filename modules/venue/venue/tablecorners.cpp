#include "venue/tablecorners.h"

#include "venue/internal/venuetr.h"

#include <QStringList>

#include <cmath>

namespace dojo::venue {

using internal::Tr;

QString tableCornersText(const std::optional<TableCorners> &corners)
{
    if (!corners)
        return {};
    QStringList pairs;
    for (const QPointF &corner : *corners) {
        pairs << QString::number(corner.x(), 'f', 6) + u',' + QString::number(corner.y(), 'f', 6);
    }
    return pairs.join(u';');
}

Result<std::optional<TableCorners>> tableCornersFromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::optional<TableCorners>();
    const QStringList pairs = text.trimmed().split(u';');
    if (pairs.size() != 4) {
        return Unexpected(
            Tr::tr("the table's corners \"%1\" are not four points x,y separated by ';'")
                .arg(text));
    }
    TableCorners corners;
    for (int i = 0; i < 4; ++i) {
        const QStringList xy = pairs[i].split(u',');
        bool xRead = false;
        bool yRead = false;
        const double x = xy.size() == 2 ? xy[0].trimmed().toDouble(&xRead) : 0.0;
        const double y = xy.size() == 2 ? xy[1].trimmed().toDouble(&yRead) : 0.0;
        if (!xRead || !yRead || !std::isfinite(x) || !std::isfinite(y)) {
            return Unexpected(
                Tr::tr("the table's corner \"%1\" is not a point x,y").arg(pairs[i].trimmed()));
        }
        if (x < 0 || x > 1 || y < 0 || y > 1) {
            return Unexpected(
                Tr::tr("the table's corner \"%1\" lies outside the picture (0 to 1 each way)")
                    .arg(pairs[i].trimmed()));
        }
        corners[size_t(i)] = QPointF(x, y);
    }
    return std::optional<TableCorners>(corners);
}

std::array<QPointF, 4> cornersInPixels(const TableCorners &corners, QSize picture)
{
    std::array<QPointF, 4> pixels;
    for (size_t i = 0; i < corners.size(); ++i)
        pixels[i] = {corners[i].x() * picture.width(), corners[i].y() * picture.height()};
    return pixels;
}

TableCorners cornersAsFractions(const std::array<QPointF, 4> &pixels, QSize picture)
{
    TableCorners corners;
    const double width = std::max(1, picture.width());
    const double height = std::max(1, picture.height());
    for (size_t i = 0; i < pixels.size(); ++i)
        corners[i] = {pixels[i].x() / width, pixels[i].y() / height};
    return corners;
}

} // namespace dojo::venue
