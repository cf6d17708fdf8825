#include "physics/parameters.h"

#include <numbers>

namespace dojo::physics {

double spinDecay(const PhysicsParameters &p)
{
    // g / R first: that rounds to the same bits as the SI formula did (10.9 exactly).
    return 2.5 * p.spinningFriction * (p.gravity / p.ballRadius);
}

std::vector<NamedParameter> namedParameters(const PhysicsParameters &p)
{
    const double radians = std::numbers::pi / 180.0;
    return {
        {QStringLiteral("ball_mass_kg"), p.ballMass},
        {QStringLiteral("ball_radius_m"), toMetres(p.ballRadius)},
        {QStringLiteral("gravity_m_per_s2"), toMetres(p.gravity)},
        {QStringLiteral("sliding_friction"), p.slidingFriction},
        {QStringLiteral("rolling_friction"), p.rollingFriction},
        {QStringLiteral("spinning_friction"), p.spinningFriction},
        {QStringLiteral("spin_decay_rad_per_s2"), spinDecay(p)},
        {QStringLiteral("ball_ball_friction"), p.ballBallFriction},
        {QStringLiteral("ball_ball_restitution"), p.ballBallRestitution},
        {QStringLiteral("cushion_restitution"), p.cushionRestitution},
        {QStringLiteral("cushion_friction"), p.cushionFriction},
        {QStringLiteral("cushion_contact_height_m"), toMetres(p.cushionHeight)},
        {QStringLiteral("corner_jaw_angle_rad"), p.cornerJawAngle * radians},
        {QStringLiteral("side_jaw_angle_rad"), p.sideJawAngle * radians},
        {QStringLiteral("corner_shelf_m"), toMetres(p.cornerShelf)},
        {QStringLiteral("side_shelf_m"), toMetres(p.sideShelf)},
    };
}

} // namespace dojo::physics
