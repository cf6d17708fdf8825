#pragma once

#include "physics/vec3.h"

#include "core/pocket.h"
#include "core/vec2.h"

#include <QString>

namespace dojo::physics {

// How a ball moves between two events (Leckie & Greenspan's states). Spinning is at rest on
// the bed, turning about the vertical only; nothing can change while every ball rests.
enum class Motion { Stationary, Spinning, Rolling, Sliding, Pocketed };

// "stationary", "spinning", "rolling", "sliding", "pocketed".
QString motionKey(Motion motion);

// One ball at one moment: position in table millimetres, velocity in mm/s, spin in rad/s
// (x, y in the table frame, z up; the frame is left-handed, so +z spin turns clockwise seen
// from above).
struct BallState
{
    int number = 0;
    Vec2 position;
    Vec2 velocity;
    Vec3 spin;
    Motion motion = Motion::Stationary;
    PocketId pocket = PocketId::HeadLeft; // where it dropped, when motion is Pocketed

    bool isMoving() const { return motion == Motion::Rolling || motion == Motion::Sliding; }
    bool isPocketed() const { return motion == Motion::Pocketed; }
};

// Kinetic energy in joules: translation plus rotation of a solid ball (I = 2/5 m R²).
double kineticEnergy(const BallState &ball, double massKg, double radiusMm);

} // namespace dojo::physics
