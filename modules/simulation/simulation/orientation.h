#pragma once

#include "physics/vec3.h"

#include "core/vec2.h"

namespace dojo::simulation {

// How a ball is turned: a unit quaternion taking directions in the ball's own frame (its
// number circles on +x and -x, a stripe's band around z, the cue ball's dots on the six axes)
// to the table frame (x toward the foot, y across, z up).
struct Orientation
{
    double w = 1.0;
    double x = 0.0;
    double y = 0.0;
    double z = 0.0;

    friend constexpr bool operator==(const Orientation &, const Orientation &) = default;
};

// The orientation after the ball rolled without slipping over `displacement` mm of cloth:
// turned about the horizontal axis across its path by |displacement| / radius.
Orientation rolled(const Orientation &orientation, Vec2 displacement, double radius);

// A table-frame direction seen in the ball's own frame, and back.
physics::Vec3 toBall(const Orientation &orientation, physics::Vec3 tableDirection);
physics::Vec3 toTable(const Orientation &orientation, physics::Vec3 ballDirection);

// Between two orientations, t from 0 to 1 (the shorter way round).
Orientation interpolate(const Orientation &from, const Orientation &to, double t);

// A random-looking but reproducible orientation for ball `number` of rack `seed`.
Orientation scattered(unsigned long long seed, int number);

} // namespace dojo::simulation
