#include "physics/internal/collisions.h"

#include <cmath>

namespace dojo::physics::internal {
namespace {

Vec3 lift(Vec2 v)
{
    return {v.x, v.y, 0.0};
}

Vec2 flat(const Vec3 &v)
{
    return {v.x, v.y};
}

} // namespace

void collideBalls(BallState &a, BallState &b, const Constants &c)
{
    const Vec2 between = b.position - a.position;
    const double gap = between.length();
    if (gap <= 0.0)
        return;
    const Vec2 n2 = between / gap;
    const Vec3 n = lift(n2);
    const double approach = (a.velocity - b.velocity).dot(n2);
    if (approach <= 0.0)
        return;

    // Normal impulse for equal masses, per unit mass.
    const double normal = 0.5 * (1.0 + c.ballRestitution) * approach;
    a.velocity = a.velocity - n2 * normal;
    b.velocity = b.velocity + n2 * normal;

    // Slip of a's surface over b's at the contact point, after the normal impulse.
    const Vec3 slip = lift(a.velocity - b.velocity) + (a.spin + b.spin).cross(n) * c.radius;
    const Vec3 tangential = slip - n * slip.dot(n);
    // The impulse (per unit mass) that would stop the slip: the horizontal direction moves
    // centres and spins (effective 7/m), the vertical one only spins (5/m; the bed holds the
    // centres). Friction gives at most mu times the normal impulse of it.
    const Vec3 up{0.0, 0.0, 1.0};
    const Vec3 side = up.cross(n);
    const double slipSide = tangential.dot(side);
    const double slipUp = tangential.z;
    double impulseSide = -slipSide / 7.0;
    double impulseUp = -slipUp / 5.0;
    const double wanted = std::hypot(impulseSide, impulseUp);
    const double limit = c.ballFriction * normal;
    if (wanted > limit && wanted > 0.0) {
        impulseSide *= limit / wanted;
        impulseUp *= limit / wanted;
    }
    const Vec3 impulse = side * impulseSide + up * impulseUp;
    a.velocity = a.velocity + flat(side) * impulseSide;
    b.velocity = b.velocity - flat(side) * impulseSide;
    // Angular impulse r x J over I = 2/5 m R², per unit mass: 5/(2R) (n x J) for both balls.
    const Vec3 turn = n.cross(impulse) * (2.5 / c.radius);
    a.spin = a.spin + turn;
    b.spin = b.spin + turn;
}

void bounceOffCushion(BallState &ball, Vec2 normal2, const Constants &c)
{
    const Vec3 n = lift(normal2);
    const Vec3 up{0.0, 0.0, 1.0};
    const double incoming = ball.velocity.dot(normal2); // < 0 toward the cushion
    if (incoming >= 0.0)
        return;

    // Normal impulse through the centre: the normal speed comes back times e.
    ball.velocity = ball.velocity - normal2 * ((1.0 + c.cushionRestitution) * incoming);
    const double normalImpulse = -(1.0 + c.cushionRestitution) * incoming / c.cushionCos;

    // Contact point on the ball, relative to its centre (toward the cushion and up).
    const Vec3 contact = (n * -c.cushionCos + up * c.cushionSin) * c.radius;
    const Vec3 slip = lift(ball.velocity) + ball.spin.cross(contact);
    const Vec3 along = up.cross(n); // horizontal, along the nose
    const Vec3 across = n * c.cushionSin + up * c.cushionCos;
    // Effective inverse masses in the contact plane (per unit mass): 7/2 along the nose,
    // 5/2 + sin² across it (the bed holds the centre's vertical part).
    double impulseAlong = -slip.dot(along) / 3.5;
    double impulseAcross = -slip.dot(across) / (2.5 + c.cushionSin * c.cushionSin);
    const double wanted = std::hypot(impulseAlong, impulseAcross);
    const double limit = c.cushionFriction * normalImpulse;
    if (wanted > limit && wanted > 0.0) {
        impulseAlong *= limit / wanted;
        impulseAcross *= limit / wanted;
    }
    const Vec3 impulse = along * impulseAlong + across * impulseAcross;
    ball.velocity = ball.velocity + flat(impulse);
    ball.spin = ball.spin + contact.cross(impulse) * (2.5 / (c.radius * c.radius));

    if (-incoming < kGrazeSpeed) {
        // A ball that barely reached the cushion stays against it: no normal speed, and no
        // spin left that would drive its contact with the cloth into the cushion.
        const double outward = ball.velocity.dot(normal2);
        ball.velocity = ball.velocity - normal2 * outward;
        const Vec3 axis = n.cross(up); // spin about it moves the cloth contact along n
        ball.spin = ball.spin - axis * ball.spin.dot(axis);
    }
}

} // namespace dojo::physics::internal
