#pragma once

#include "physics/parameters.h"

#include "core/pocket.h"
#include "core/tablespec.h"
#include "core/vec2.h"

#include <QString>

#include <array>
#include <vector>

namespace dojo::physics {

// A straight piece of cushion nose: a rail between two pockets, or a pocket jaw's face.
struct Cushion
{
    enum class Kind { Rail, Jaw };
    enum class Rail { Head, Foot, Left, Right };

    Kind kind = Kind::Rail;
    Rail rail = Rail::Head;               // for rails
    PocketId pocket = PocketId::HeadLeft; // for jaws
    Vec2 start;
    Vec2 end;
    Vec2 direction; // unit, start to end
    double length = 0.0;
    Vec2 normal; // unit, from the nose toward where balls roll
};

// "head", "foot", "left", "right" for rails, "<pocket> jaw" for jaws.
QString cushionKey(const Cushion &cushion);

// Where a jaw's face meets the rail: the point of the cushion nose a ball can hit.
struct JawTip
{
    PocketId pocket = PocketId::HeadLeft;
    Vec2 point;
};

// The pocket model: a ball drops once its centre passes the edge of the slate, a line
// parallel to the mouth, `shelf` behind it, between the jaws.
struct PocketOpening
{
    PocketId id = PocketId::HeadLeft;
    Vec2 mouthMiddle; // between the jaw tips
    Vec2 inward;      // unit, from the bed into the pocket, across the mouth
    Vec2 across;      // unit, along the mouth
    double halfMouth = 0.0;
    double shelf = 0.0; // mm behind the mouth line
};

// The bed's boundary as the engine sees it, in table millimetres: 6 rails, 12 jaw faces
// (each pocket's two, angled in as WPA specifies), 12 jaw tips and the 6 pocket openings.
class TableModel
{
public:
    TableModel() = default;
    TableModel(const TableSpec &spec, const PhysicsParameters &parameters);

    const TableSpec &spec() const { return *m_spec; }
    const std::vector<Cushion> &cushions() const { return m_cushions; }
    const std::vector<JawTip> &jawTips() const { return m_jawTips; }
    const std::array<PocketOpening, 6> &pockets() const { return m_pockets; }
    const PocketOpening &pocket(PocketId id) const { return m_pockets[static_cast<size_t>(id)]; }

    // A ball centre the cushions allow: inside the nose outline (pocket throats up to the
    // slate edge included) and at least radius - tolerance from every cushion and jaw tip.
    bool isOnBed(Vec2 centre, double radius, double tolerance) const;
    // The nearest cushion or jaw tip to a ball centre (mm, centre to nose).
    double distanceToCushion(Vec2 centre) const;

private:
    const TableSpec *m_spec = nullptr;
    std::vector<Cushion> m_cushions;
    std::vector<JawTip> m_jawTips;
    std::array<PocketOpening, 6> m_pockets{};
    std::vector<Vec2> m_outline; // the bed as a polygon, around the table
};

} // namespace dojo::physics
