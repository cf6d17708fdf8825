#include "physics/ballstate.h"

#include "core/units.h"

namespace dojo::physics {

QString motionKey(Motion motion)
{
    switch (motion) {
    case Motion::Stationary: return QStringLiteral("stationary");
    case Motion::Spinning: return QStringLiteral("spinning");
    case Motion::Rolling: return QStringLiteral("rolling");
    case Motion::Sliding: return QStringLiteral("sliding");
    case Motion::Pocketed: return QStringLiteral("pocketed");
    }
    return {};
}

double kineticEnergy(const BallState &ball, double massKg, double radiusMm)
{
    if (ball.isPocketed())
        return 0.0;
    const double speed = toMetres(ball.velocity.length());
    const double radius = toMetres(radiusMm);
    return 0.5 * massKg * speed * speed
           + 0.5 * (0.4 * massKg * radius * radius) * ball.spin.lengthSquared();
}

} // namespace dojo::physics
