#pragma once

#include "core/ball.h"
#include "core/units.h"

#include <QString>

#include <vector>

namespace dojo::physics {

// Every physical constant the engine uses, in DojoPool's units (millimetres, seconds,
// kilograms); namedParameters() gives them in SI. The defaults are pooltool's published ones
// where it has them, WPA equipment specifications for the table; docs/physics.md says why.
struct PhysicsParameters
{
    double ballMass = 0.170;         // kg
    double ballRadius = kBallRadius; // mm
    double gravity = metres(9.81);   // mm/s²
    double slidingFriction = 0.2;    // ball-cloth, while the contact point slips
    double rollingFriction = 0.01;   // ball-cloth, rolling resistance
    // Spinning friction as pooltool has it: no unit (z-spin dies at 5 mu_sp g / (2 R) rad/s²),
    // its value (4/9) of R in metres, so that is 10.9 rad/s² whatever the ball size.
    double spinningFriction = 4.0 / 9.0 * toMetres(kBallRadius);
    double ballBallFriction = 0.06;    // phenolic on phenolic (Alciatore: 0.03 to 0.08)
    double ballBallRestitution = 0.95; // phenolic balls
    double cushionRestitution = 0.85;
    double cushionFriction = 0.2;
    double cushionHeight = 0.635 * kBallDiameter; // mm; WPA: nose at 62.5-64.5% of 2R
    double cornerJawAngle = 142.0;                // degrees; WPA 142 ± 1
    double sideJawAngle = 104.0;                  // degrees; WPA 104 ± 1
    // Where the slate ends behind the middle of the mouth (the ball drops past it). WPA allows
    // 1 to 2.25 in for corners; a straight edge is deeper at the sides than a round pocket
    // hole, so the minimum keeps a ball rolling down the rail dropping as it does for real.
    double cornerShelf = inches(1.0);  // mm
    double sideShelf = inches(0.1875); // mm; WPA 0 to 0.375 in
};

// One constant by the name the simulate command prints, with its SI value.
struct NamedParameter
{
    QString name;
    double value = 0.0;
};

std::vector<NamedParameter> namedParameters(const PhysicsParameters &parameters);

// How fast friction slows a spin about the vertical: 5 mu_sp g / (2 R), rad/s².
double spinDecay(const PhysicsParameters &parameters);

} // namespace dojo::physics
