#include "physics/internal/polynomial.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace dojo::physics::internal {
namespace {

// The root of g in [a, b], where g is monotone and ga, gb (its end values) differ in sign.
double monotoneRoot(const Quartic &g, const Quartic &dg, double a, double b, double ga, double gb)
{
    if (ga == 0.0)
        return a;
    if (gb == 0.0)
        return b;
    double x = a + (b - a) * (ga / (ga - gb)); // regula falsi guess, inside the bracket
    for (int i = 0; i < 80; ++i) {
        const double gx = evaluate(g, x);
        if (gx == 0.0)
            return x;
        if ((gx < 0.0) == (ga < 0.0)) {
            a = x;
            ga = gx;
        } else {
            b = x;
        }
        const double slope = evaluate(dg, x);
        double next = slope != 0.0 ? x - gx / slope : 0.5 * (a + b);
        if (!(next > a && next < b))
            next = 0.5 * (a + b); // Newton left the bracket: bisect instead
        const double scale = std::max(1.0, std::abs(x));
        if (std::abs(next - x) <= 1e-15 * scale || b - a <= 1e-15 * scale)
            return next;
        x = next;
    }
    return x;
}

Quartic derivative(const Quartic &f)
{
    return {f[1], 2.0 * f[2], 3.0 * f[3], 4.0 * f[4], 0.0};
}

} // namespace

int solveQuadratic(double a, double b, double c, double roots[2])
{
    if (a == 0.0) {
        if (b == 0.0)
            return 0;
        roots[0] = -c / b;
        return 1;
    }
    const double discriminant = b * b - 4.0 * a * c;
    if (discriminant < 0.0)
        return 0;
    const double q = -0.5 * (b + std::copysign(std::sqrt(discriminant), b));
    if (q == 0.0) {
        roots[0] = 0.0;
        return 1;
    }
    roots[0] = q / a;
    roots[1] = c / q;
    if (roots[0] > roots[1])
        std::swap(roots[0], roots[1]);
    return 2;
}

double firstDescendingRoot(const Quartic &f, double limit)
{
    if (f[0] <= 0.0 && f[1] < 0.0)
        return 0.0;
    if (!(limit > 0.0))
        return kNever;
    const Quartic d1 = derivative(f);
    const Quartic d2 = derivative(d1);

    // f' is monotone between the roots of f'' (a quadratic): those are its pieces.
    double inflections[2];
    const int count = solveQuadratic(d2[2], d2[1], d2[0], inflections);
    double breaks[3];
    int breakCount = 0;
    for (int i = 0; i < count; ++i) {
        if (inflections[i] > 0.0 && inflections[i] < limit)
            breaks[breakCount++] = inflections[i];
    }
    breaks[breakCount++] = limit;

    // f is monotone between its critical points; walk those pieces from t = 0.
    double start = 0.0;
    double fStart = f[0];
    const auto piece = [&](double end, double &root) {
        const double fEnd = evaluate(f, end);
        if (fEnd < fStart) {
            if (fStart > 0.0 && fEnd <= 0.0) {
                root = monotoneRoot(f, d1, start, end, fStart, fEnd);
                return true;
            }
            if (fStart <= 0.0) {
                root = start;
                return true;
            }
        }
        start = end;
        fStart = fEnd;
        return false;
    };

    double root = kNever;
    double from = 0.0;
    double dFrom = f[1];
    for (int i = 0; i < breakCount; ++i) {
        const double to = breaks[i];
        const double dTo = evaluate(d1, to);
        double critical = -1.0;
        if (dTo == 0.0 && to < limit)
            critical = to;
        else if (dFrom != 0.0 && dTo != 0.0 && (dFrom < 0.0) != (dTo < 0.0))
            critical = monotoneRoot(d1, d2, from, to, dFrom, dTo);
        if (critical > start && piece(critical, root))
            return root;
        from = to;
        dFrom = dTo;
    }
    if (piece(limit, root))
        return root;
    return kNever;
}

} // namespace dojo::physics::internal
