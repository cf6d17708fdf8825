#include "physics/tablemodel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace dojo::physics {
namespace {

Vec2 unit(Vec2 v)
{
    return v / v.length();
}

double distanceToSegment(Vec2 point, Vec2 start, Vec2 end)
{
    const Vec2 along = end - start;
    const double t = std::clamp((point - start).dot(along) / along.lengthSquared(), 0.0, 1.0);
    return distance(point, start + along * t);
}

Cushion rail(Cushion::Rail which, Vec2 start, Vec2 end, Vec2 normal)
{
    Cushion cushion;
    cushion.kind = Cushion::Kind::Rail;
    cushion.rail = which;
    cushion.start = start;
    cushion.end = end;
    cushion.length = distance(start, end);
    cushion.direction = (end - start) / cushion.length;
    cushion.normal = normal;
    return cushion;
}

Cushion jaw(PocketId pocket, Vec2 tip, Vec2 direction, double length, Vec2 normal)
{
    Cushion cushion;
    cushion.kind = Cushion::Kind::Jaw;
    cushion.pocket = pocket;
    cushion.start = tip;
    cushion.end = tip + direction * length;
    cushion.length = length;
    cushion.direction = direction;
    cushion.normal = normal;
    return cushion;
}

} // namespace

QString cushionKey(const Cushion &cushion)
{
    if (cushion.kind == Cushion::Kind::Jaw)
        return pocketKey(cushion.pocket) + QStringLiteral(" jaw");
    switch (cushion.rail) {
    case Cushion::Rail::Head: return QStringLiteral("head");
    case Cushion::Rail::Foot: return QStringLiteral("foot");
    case Cushion::Rail::Left: return QStringLiteral("left");
    case Cushion::Rail::Right: return QStringLiteral("right");
    }
    return {};
}

TableModel::TableModel(const TableSpec &spec, const PhysicsParameters &parameters)
    : m_spec(&spec)
{
    const double l = spec.length;
    const double w = spec.width;
    const Vec2 centre{l / 2, w / 2};
    const double radius = parameters.ballRadius;
    const auto pocketOf = [&](PocketId id) { return spec.pocket(id); };

    // Rails run between the jaw tips (TableSpec: jawA on the long rail for corners).
    using R = Cushion::Rail;
    m_cushions.push_back(rail(R::Head, pocketOf(PocketId::HeadLeft).jawB,
                              pocketOf(PocketId::HeadRight).jawB, {1, 0}));
    m_cushions.push_back(rail(R::Foot, pocketOf(PocketId::FootLeft).jawB,
                              pocketOf(PocketId::FootRight).jawB, {-1, 0}));
    m_cushions.push_back(rail(R::Left, pocketOf(PocketId::HeadLeft).jawA,
                              pocketOf(PocketId::SideLeft).jawA, {0, 1}));
    m_cushions.push_back(rail(R::Left, pocketOf(PocketId::SideLeft).jawB,
                              pocketOf(PocketId::FootLeft).jawA, {0, 1}));
    m_cushions.push_back(rail(R::Right, pocketOf(PocketId::HeadRight).jawA,
                              pocketOf(PocketId::SideRight).jawA, {0, -1}));
    m_cushions.push_back(rail(R::Right, pocketOf(PocketId::SideRight).jawB,
                              pocketOf(PocketId::FootRight).jawA, {0, -1}));

    std::array<std::array<Vec2, 4>, 6> corners{}; // tipA, shelfA, shelfB, tipB per pocket
    for (PocketId id : kAllPockets) {
        const Pocket &p = spec.pocket(id);
        PocketOpening &opening = m_pockets[static_cast<size_t>(id)];
        opening.id = id;
        opening.mouthMiddle = (p.jawA + p.jawB) / 2;
        opening.across = unit(p.jawB - p.jawA);
        opening.inward = Vec2{opening.across.y, -opening.across.x};
        if (opening.inward.dot(opening.mouthMiddle - centre) < 0)
            opening.inward = opening.inward * -1.0;
        opening.halfMouth = distance(p.jawA, p.jawB) / 2;
        const bool corner = isCornerPocket(id);
        opening.shelf = corner ? parameters.cornerShelf : parameters.sideShelf;

        // A corner's rails meet the mouth at 135 degrees, a side's at 90: the rest of the
        // WPA facing angle turns each jaw face in toward the other, narrowing the throat.
        const double narrowing
            = (corner ? parameters.cornerJawAngle - 135.0 : parameters.sideJawAngle - 90.0)
              * std::numbers::pi / 180.0;
        const Vec2 faceA
            = opening.inward * std::cos(narrowing) + opening.across * std::sin(narrowing);
        const Vec2 faceB
            = opening.inward * std::cos(narrowing) - opening.across * std::sin(narrowing);
        // Long enough that a ball touching a face anywhere has passed the slate edge.
        const double length = (opening.shelf + 2 * radius) / std::cos(narrowing);
        Vec2 normalA{-faceA.y, faceA.x};
        if (normalA.dot(opening.across) < 0)
            normalA = normalA * -1.0;
        Vec2 normalB{-faceB.y, faceB.x};
        if (normalB.dot(opening.across) > 0)
            normalB = normalB * -1.0;
        m_cushions.push_back(jaw(id, p.jawA, faceA, length, normalA));
        m_cushions.push_back(jaw(id, p.jawB, faceB, length, normalB));
        m_jawTips.push_back({id, p.jawA});
        m_jawTips.push_back({id, p.jawB});

        const double toShelf = opening.shelf / std::cos(narrowing);
        corners[static_cast<size_t>(id)]
            = {p.jawA, p.jawA + faceA * toShelf, p.jawB + faceB * toShelf, p.jawB};
    }

    // The outline, around the table from the head-left pocket along the left rail.
    const auto add = [&](PocketId id, bool aFirst) {
        const std::array<Vec2, 4> &c = corners[static_cast<size_t>(id)];
        if (aFirst)
            m_outline.insert(m_outline.end(), c.begin(), c.end());
        else
            m_outline.insert(m_outline.end(), c.rbegin(), c.rend());
    };
    add(PocketId::HeadLeft, false);
    add(PocketId::SideLeft, true);
    add(PocketId::FootLeft, true);
    add(PocketId::FootRight, false);
    add(PocketId::SideRight, false);
    add(PocketId::HeadRight, true);
}

double TableModel::distanceToCushion(Vec2 centre) const
{
    double nearest = std::numeric_limits<double>::infinity();
    for (const Cushion &cushion : m_cushions)
        nearest = std::min(nearest, distanceToSegment(centre, cushion.start, cushion.end));
    return nearest;
}

bool TableModel::isOnBed(Vec2 centre, double radius, double tolerance) const
{
    // Even-odd rule: a ray toward +x crosses the outline an odd number of times from inside.
    bool inside = false;
    for (size_t i = 0, j = m_outline.size() - 1; i < m_outline.size(); j = i++) {
        const Vec2 a = m_outline[i];
        const Vec2 b = m_outline[j];
        if ((a.y > centre.y) != (b.y > centre.y)
            && centre.x < (b.x - a.x) * (centre.y - a.y) / (b.y - a.y) + a.x) {
            inside = !inside;
        }
    }
    return inside && distanceToCushion(centre) >= radius - tolerance;
}

} // namespace dojo::physics
