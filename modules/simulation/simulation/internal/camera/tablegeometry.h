#pragma once

#include "physics/vec3.h"

#include "core/tablespec.h"
#include "core/vec2.h"

#include <array>
#include <cstdint>
#include <vector>

namespace dojo::simulation::internal {

// What a ray from the camera meets first.
enum class Surface : std::uint8_t {
    Floor,
    Rail,
    PocketRim,   // the leather around a pocket's cut in the rail
    Diamond,     // a sight inlaid in the rail
    Cushion,     // the cloth-covered cushion top
    CushionFace, // the shaded cloth under a cushion's nose
    Facing,      // a pocket's jaw face, seen between the jaws
    Cloth,       // the bed
    Shelf,       // the bed between a pocket's jaws, before the slate ends
    Hole,        // down a pocket
    PocketWall,  // the liner under the rail's cut
};

struct SurfaceHit
{
    Surface surface = Surface::Floor;
    physics::Vec3 point;
};

// A wooden rail's coordinates at a point on it: along its length and out from the nose.
struct RailPlace
{
    double along = 0.0;
    double across = 0.0;
};

// The still table in 3D, in table millimetres: the bed, cushions between the pockets' jaws
// (faces at WPA's 142 and 104 degrees), wooden rails with their sights, the pockets' holes
// behind the slate's edge, and the floor around.
class TableGeometry
{
public:
    explicit TableGeometry(const TableSpec &table);

    const TableSpec &table() const { return m_table; }

    SurfaceHit hit(physics::Vec3 origin, physics::Vec3 direction) const;

    // How far a point of the bed is from the nearest cushion nose.
    double noseDistance(Vec2 point) const;
    RailPlace railPlace(Vec2 point) const;

private:
    struct Quad
    {
        Quad() = default;
        explicit Quad(const std::array<Vec2, 4> &corners);
        bool contains(Vec2 point) const;

        std::array<Vec2, 4> corners;
        Vec2 low; // the bounding box, for a quick no
        Vec2 high;
    };
    struct PocketShape
    {
        Vec2 mouthMiddle;
        Vec2 inward; // unit, from the bed into the pocket
        double shelf = 0.0;
        Quad throat; // between the jaw faces, from the mouth to the cushions' back
        Vec2 holeCentre;
        double holeRadius = 0.0;
    };

    // What is at the height of the rails; Cloth or Hole when the ray goes on down, over the
    // bed or into a pocket.
    Surface topSurface(Vec2 point) const;
    Surface bedSurface(Vec2 point, bool intoPocket) const;
    bool inHoleDisc(Vec2 point) const;
    bool onDiamond(Vec2 point) const;

    const TableSpec &m_table;
    std::vector<Quad> m_cushions;
    std::array<PocketShape, 6> m_pockets{};
};

} // namespace dojo::simulation::internal
