#include "simulation/internal/camera/tablegeometry.h"

#include "simulation/internal/camera/railsize.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dojo::simulation::internal {

namespace {

// WPA's jaw facing angles and the slate's edge behind the mouth, as the physics has them.
constexpr double kCornerFacingDegrees = 142.0;
constexpr double kSideFacingDegrees = 104.0;
constexpr double kCornerShelf = inches(1.0);
constexpr double kSideShelf = inches(0.1875);
constexpr double kRimWidth = 9.0;           // the leather around a pocket's cut
constexpr double kDiamondHalfLength = 10.0; // along the rail
constexpr double kDiamondHalfWidth = 5.0;

Vec2 unit(Vec2 v)
{
    return v / v.length();
}

struct Jaw
{
    Vec2 tip;
    Vec2 alongRail; // unit, from the tip away from its pocket along the nose
    Vec2 faceEnd;   // where the jaw's face meets the cushion's back
};

} // namespace

TableGeometry::Quad::Quad(const std::array<Vec2, 4> &points)
    : corners(points)
    , low(points[0])
    , high(points[0])
{
    for (const Vec2 &point : points) {
        low = {std::min(low.x, point.x), std::min(low.y, point.y)};
        high = {std::max(high.x, point.x), std::max(high.y, point.y)};
    }
}

bool TableGeometry::Quad::contains(Vec2 point) const
{
    if (point.x < low.x || point.y < low.y || point.x > high.x || point.y > high.y)
        return false;
    bool anyPositive = false;
    bool anyNegative = false;
    for (size_t i = 0; i < 4; ++i) {
        const Vec2 a = corners[i];
        const Vec2 b = corners[(i + 1) % 4];
        const double side = (b - a).cross(point - a);
        anyPositive = anyPositive || side > 0;
        anyNegative = anyNegative || side < 0;
    }
    return !(anyPositive && anyNegative);
}

TableGeometry::TableGeometry(const TableSpec &table)
    : m_table(table)
{
    const Vec2 middle{table.length / 2, table.width / 2};
    std::vector<Jaw> jaws;
    for (size_t i = 0; i < table.pockets.size(); ++i) {
        const Pocket &pocket = table.pockets[i];
        const bool corner = isCornerPocket(pocket.id);
        PocketShape &shape = m_pockets[i];
        shape.mouthMiddle = (pocket.jawA + pocket.jawB) / 2;
        const Vec2 across = unit(pocket.jawB - pocket.jawA);
        shape.inward = {across.y, -across.x};
        if (shape.inward.dot(shape.mouthMiddle - middle) < 0)
            shape.inward = shape.inward * -1.0;
        shape.shelf = corner ? kCornerShelf : kSideShelf;
        const double facing = (corner ? kCornerFacingDegrees : kSideFacingDegrees) * M_PI / 180;
        std::array<Vec2, 2> ends;
        const std::array<Vec2, 2> tips = {pocket.jawA, pocket.jawB};
        for (size_t j = 0; j < 2; ++j) {
            const Vec2 along = unit(tips[j] - pocket.centre);
            Vec2 outward{along.y, -along.x};
            if (outward.dot(shape.inward) < 0)
                outward = outward * -1.0;
            const Vec2 face = along * std::cos(facing) + outward * std::sin(facing);
            ends[j] = tips[j] + face * (kCushionWidth / std::sin(facing));
            jaws.push_back({tips[j], along, ends[j]});
        }
        shape.throat = Quad({pocket.jawA, ends[0], ends[1], pocket.jawB});
        const double depth = corner ? distance(pocket.centre, shape.mouthMiddle) + 20.0 : 40.0;
        shape.holeCentre = shape.mouthMiddle + shape.inward * depth;
        shape.holeRadius = pocket.mouthWidth * (corner ? 0.5 : 0.48);
    }
    // A cushion runs along the nose from one jaw to the jaw that faces it.
    for (size_t i = 0; i < jaws.size(); ++i) {
        const Jaw &from = jaws[i];
        const Jaw *partner = nullptr;
        double nearest = std::numeric_limits<double>::max();
        for (const Jaw &to : jaws) {
            const Vec2 gap = to.tip - from.tip;
            const double ahead = gap.dot(from.alongRail);
            if (ahead <= 0 || std::abs(gap.cross(from.alongRail)) > 1e-6
                || to.alongRail.dot(from.alongRail) > -0.999)
                continue;
            if (ahead < nearest) {
                nearest = ahead;
                partner = &to;
            }
        }
        if (partner && (partner - jaws.data()) > static_cast<std::ptrdiff_t>(i))
            m_cushions.push_back(Quad({from.tip, from.faceEnd, partner->faceEnd, partner->tip}));
    }
}

SurfaceHit TableGeometry::hit(physics::Vec3 origin, physics::Vec3 direction) const
{
    const auto at = [&](double z) { return origin + direction * ((z - origin.z) / direction.z); };
    const physics::Vec3 top = at(kRailTop);
    const Surface onTop = topSurface({top.x, top.y});
    if (onTop == Surface::Floor)
        return {Surface::Floor, at(-kFloorDepth)};
    if (onTop != Surface::Cloth && onTop != Surface::Hole)
        return {onTop, top};
    const physics::Vec3 bed = at(0.0);
    return {bedSurface({bed.x, bed.y}, onTop == Surface::Hole), bed};
}

Surface TableGeometry::topSurface(Vec2 point) const
{
    const double l = m_table.length;
    const double w = m_table.width;
    if (point.x < -kRailWidth || point.x > l + kRailWidth || point.y < -kRailWidth
        || point.y > w + kRailWidth)
        return Surface::Floor;
    const bool inWood = point.x < -kCushionWidth || point.x > l + kCushionWidth
                        || point.y < -kCushionWidth || point.y > w + kCushionWidth;
    if (!inWood) {
        if (m_table.isOnPlayingSurface(point))
            return Surface::Cloth;
        for (const Quad &cushion : m_cushions) {
            if (cushion.contains(point))
                return Surface::Cushion;
        }
        for (const PocketShape &pocket : m_pockets) {
            if (pocket.throat.contains(point))
                return Surface::Hole;
        }
        // Behind a corner pocket's throat the rail closes round the hole, as in the wood.
    }
    for (const PocketShape &pocket : m_pockets) {
        const double apart = (point - pocket.holeCentre).lengthSquared();
        const double rim = pocket.holeRadius + kRimWidth;
        if (apart >= rim * rim)
            continue;
        return apart < pocket.holeRadius * pocket.holeRadius ? Surface::Hole : Surface::PocketRim;
    }
    return onDiamond(point) ? Surface::Diamond : Surface::Rail;
}

Surface TableGeometry::bedSurface(Vec2 point, bool intoPocket) const
{
    for (const PocketShape &pocket : m_pockets) {
        if (!pocket.throat.contains(point))
            continue;
        const bool pastSlate = (point - pocket.mouthMiddle).dot(pocket.inward) > pocket.shelf;
        const bool inHole
            = (point - pocket.holeCentre).lengthSquared() < pocket.holeRadius * pocket.holeRadius;
        return pastSlate && inHole ? Surface::Hole : Surface::Shelf;
    }
    if (m_table.isOnPlayingSurface(point))
        return Surface::Cloth;
    for (const Quad &cushion : m_cushions) {
        if (cushion.contains(point)) // under a cushion: the ray met its face first
            return intoPocket ? Surface::Facing : Surface::CushionFace;
    }
    return inHoleDisc(point) ? Surface::Hole : Surface::PocketWall;
}

bool TableGeometry::inHoleDisc(Vec2 point) const
{
    return std::any_of(m_pockets.begin(), m_pockets.end(), [point](const PocketShape &pocket) {
        return (point - pocket.holeCentre).lengthSquared() < pocket.holeRadius * pocket.holeRadius;
    });
}

bool TableGeometry::onDiamond(Vec2 point) const
{
    for (const Diamond &diamond : m_table.diamonds) {
        const Vec2 offset = point - diamond.position;
        const bool alongX
            = diamond.rail == Diamond::Rail::Left || diamond.rail == Diamond::Rail::Right;
        const double along = std::abs(alongX ? offset.x : offset.y);
        const double across = std::abs(alongX ? offset.y : offset.x);
        if (along / kDiamondHalfLength + across / kDiamondHalfWidth <= 1.0)
            return true;
    }
    return false;
}

double TableGeometry::noseDistance(Vec2 point) const
{
    return std::min({point.x, m_table.length - point.x, point.y, m_table.width - point.y});
}

RailPlace TableGeometry::railPlace(Vec2 point) const
{
    const double head = -point.x;
    const double foot = point.x - m_table.length;
    const double left = -point.y;
    const double right = point.y - m_table.width;
    const double outward = std::max({head, foot, left, right});
    if (outward == head || outward == foot)
        return {point.y, outward};
    return {point.x, outward};
}

} // namespace dojo::simulation::internal
