#pragma once

#include <array>
#include <limits>

namespace dojo::physics::internal {

inline constexpr double kNever = std::numeric_limits<double>::infinity();

// Coefficients c[0] + c[1] t + c[2] t² + c[3] t³ + c[4] t⁴ (higher ones may be zero).
using Quartic = std::array<double, 5>;

// The real roots of a t² + b t + c, ascending; returns how many (0, 1 or 2). Uses the
// cancellation-free form, so a tiny a gives one huge root and the accurate small one.
int solveQuadratic(double a, double b, double c, double roots[2]);

// The first t in [0, limit] at which f falls to zero while decreasing: the moment two
// bodies touch on approach, when f is their squared gap. f(0) <= 0 with f'(0) < 0 answers 0;
// a later stretch where f decreases while already <= 0 answers its start. kNever if none.
// No heap, no complex arithmetic: the critical points split [0, limit] into monotone pieces,
// each solved by Newton's method kept inside its bracket.
double firstDescendingRoot(const Quartic &f, double limit);

inline double evaluate(const Quartic &c, double t)
{
    return (((c[4] * t + c[3]) * t + c[2]) * t + c[1]) * t + c[0];
}

} // namespace dojo::physics::internal
