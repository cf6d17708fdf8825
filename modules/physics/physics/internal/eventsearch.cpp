#include "physics/internal/eventsearch.h"

#include <algorithm>
#include <cmath>

namespace dojo::physics::internal {
namespace {

// Whether the ball's whole path keeps at least `margin` from the cushion nose lines, so no
// cushion, jaw or pocket can be reached.
bool staysInside(const Trajectory &t, const TableSpec &spec, double margin)
{
    return t.minX > margin && t.maxX < spec.length - margin && t.minY > margin
           && t.maxY < spec.width - margin;
}

// The ball's motion from `now`: centre(now + tau) = p + v tau + a tau² / 2.
struct Local
{
    Vec2 p;
    Vec2 v;
    Vec2 a;
};

Local localAt(const Trajectory &t, double now)
{
    if (!t.isMoving())
        return {t.position, {}, {}};
    return {t.positionAt(now), t.velocityAt(now), t.acceleration};
}

// |c + b tau + a tau² / 2|² - r², as a quartic in tau.
Quartic gapQuartic(Vec2 c, Vec2 b, Vec2 a, double r)
{
    const Vec2 h = a * 0.5;
    return {c.lengthSquared() - r * r, 2.0 * b.dot(c), b.lengthSquared() + 2.0 * h.dot(c),
            2.0 * h.dot(b), h.lengthSquared()};
}

} // namespace

double ballBallTime(const Trajectory &a, const Trajectory &b, double now, double radius)
{
    if (!a.isMoving() && !b.isMoving())
        return kNever;
    if (a.motion == Motion::Pocketed || b.motion == Motion::Pocketed)
        return kNever;
    const double limit = std::min(a.end, b.end) - now;
    if (!(limit > 0.0))
        return kNever;
    const double reach = 2.0 * radius;
    if (a.maxX + reach < b.minX || b.maxX + reach < a.minX || a.maxY + reach < b.minY
        || b.maxY + reach < a.minY) {
        return kNever;
    }
    const Local la = localAt(a, now);
    const Local lb = localAt(b, now);
    const double tau
        = firstDescendingRoot(gapQuartic(la.p - lb.p, la.v - lb.v, la.a - lb.a, reach), limit);
    return tau == kNever ? kNever : now + tau;
}

CushionContact cushionTime(const Trajectory &ball, double now, const TableModel &table,
                           double radius)
{
    CushionContact best;
    if (!ball.isMoving() || staysInside(ball, table.spec(), radius * 1.001))
        return best;
    const double limit = ball.end - now;
    if (!(limit > 0.0))
        return best;
    const Local l = localAt(ball, now);

    const std::vector<Cushion> &cushions = table.cushions();
    for (size_t k = 0; k < cushions.size(); ++k) {
        const Cushion &c = cushions[k];
        if (std::max(c.start.x, c.end.x) + radius < ball.minX
            || std::min(c.start.x, c.end.x) - radius > ball.maxX
            || std::max(c.start.y, c.end.y) + radius < ball.minY
            || std::min(c.start.y, c.end.y) - radius > ball.maxY) {
            continue;
        }
        // Height of the centre above the nose line, minus R: a quadratic in tau.
        const double s0 = c.normal.dot(l.p - c.start) - radius;
        const double s1 = c.normal.dot(l.v);
        const double s2 = 0.5 * c.normal.dot(l.a);
        double roots[2];
        int count = 0;
        if (s0 <= 0.0 && s1 < 0.0 && s0 > -0.5 * radius) {
            roots[0] = 0.0;
            count = 1;
        } else {
            count = solveQuadratic(s2, s1, s0, roots);
        }
        for (int i = 0; i < count; ++i) {
            const double tau = roots[i];
            if (tau < 0.0 || tau > limit || tau >= best.time - now)
                continue;
            if (s1 + 2.0 * s2 * tau >= 0.0)
                continue; // leaving the line, not meeting it
            const Vec2 at = l.p + l.v * tau + l.a * (0.5 * tau * tau);
            const double along = (at - c.start).dot(c.direction);
            if (along < 0.0 || along > c.length)
                continue; // passes beyond this piece: a jaw tip or the next piece takes it
            best = {now + tau, static_cast<int>(k), -1};
            break;
        }
    }

    const std::vector<JawTip> &tips = table.jawTips();
    for (size_t k = 0; k < tips.size(); ++k) {
        const Vec2 q = tips[k].point;
        if (q.x + radius < ball.minX || q.x - radius > ball.maxX || q.y + radius < ball.minY
            || q.y - radius > ball.maxY) {
            continue;
        }
        const double window = std::min(limit, best.time - now);
        const double tau = firstDescendingRoot(gapQuartic(l.p - q, l.v, l.a, radius), window);
        if (tau != kNever && now + tau < best.time)
            best = {now + tau, -1, static_cast<int>(k)};
    }
    return best;
}

PocketEntry pocketTime(const Trajectory &ball, double now, const TableModel &table, double radius)
{
    PocketEntry best;
    if (!ball.isMoving() || staysInside(ball, table.spec(), radius))
        return best;
    const double limit = ball.end - now;
    if (!(limit > 0.0))
        return best;
    const Local l = localAt(ball, now);
    for (const PocketOpening &pocket : table.pockets()) {
        // Depth of the centre past the slate edge: a quadratic in tau.
        const double d0 = pocket.inward.dot(l.p - pocket.mouthMiddle) - pocket.shelf;
        const double d1 = pocket.inward.dot(l.v);
        const double d2 = 0.5 * pocket.inward.dot(l.a);
        double roots[2];
        int count = 0;
        if (d0 >= 0.0) {
            roots[0] = 0.0;
            count = 1;
        } else {
            count = solveQuadratic(d2, d1, d0, roots);
        }
        for (int i = 0; i < count; ++i) {
            const double tau = roots[i];
            if (tau < 0.0 || tau > limit || now + tau >= best.time)
                continue;
            if (d0 < 0.0 && d1 + 2.0 * d2 * tau <= 0.0)
                continue;
            const Vec2 at = l.p + l.v * tau + l.a * (0.5 * tau * tau);
            if (std::abs(pocket.across.dot(at - pocket.mouthMiddle)) > pocket.halfMouth)
                continue;
            best = {now + tau, static_cast<int>(pocket.id)};
            break;
        }
    }
    return best;
}

} // namespace dojo::physics::internal
