#include "vision/internal/tablezones.h"

#include <algorithm>

namespace dojo::vision::internal {

PocketId nearestPocket(const TableSpec &spec, Vec2 point)
{
    const Pocket *best = &spec.pockets.front();
    for (const Pocket &pocket : spec.pockets) {
        if (distance(pocket.centre, point) < distance(best->centre, point))
            best = &pocket;
    }
    return best->id;
}

bool inPocketMouth(const TableSpec &spec, Vec2 point)
{
    const Pocket &pocket = spec.pocket(nearestPocket(spec, point));
    return distance(pocket.centre, point) <= pocket.mouthWidth;
}

double distanceToCushionNose(const TableSpec &spec, Vec2 point)
{
    return std::min({point.x, spec.length - point.x, point.y, spec.width - point.y});
}

} // namespace dojo::vision::internal
