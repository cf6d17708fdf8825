#include "simulation/orientation.h"

#include <cmath>
#include <cstdint>

namespace dojo::simulation {

namespace {

Orientation multiply(const Orientation &a, const Orientation &b)
{
    return {a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z,
            a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
            a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
            a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w};
}

Orientation normalised(const Orientation &q)
{
    const double length = std::sqrt(q.w * q.w + q.x * q.x + q.y * q.y + q.z * q.z);
    return {q.w / length, q.x / length, q.y / length, q.z / length};
}

Orientation conjugate(const Orientation &q)
{
    return {q.w, -q.x, -q.y, -q.z};
}

physics::Vec3 rotate(const Orientation &q, physics::Vec3 v)
{
    const Orientation p{0.0, v.x, v.y, v.z};
    const Orientation r = multiply(multiply(q, p), conjugate(q));
    return {r.x, r.y, r.z};
}

Orientation aboutAxis(physics::Vec3 unitAxis, double angle)
{
    const double s = std::sin(angle / 2);
    return {std::cos(angle / 2), unitAxis.x * s, unitAxis.y * s, unitAxis.z * s};
}

// SplitMix64: a reproducible stream of numbers from a seed.
std::uint64_t mix(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

double unit(std::uint64_t value)
{
    return double(value >> 11) * 0x1.0p-53;
}

} // namespace

Orientation rolled(const Orientation &orientation, Vec2 displacement, double radius)
{
    const double distance = displacement.length();
    if (distance <= 0.0 || radius <= 0.0)
        return orientation;
    // Rolling without slipping along d turns the ball about z x d: its top moves forward.
    const physics::Vec3 axis{-displacement.y / distance, displacement.x / distance, 0.0};
    return normalised(multiply(aboutAxis(axis, distance / radius), orientation));
}

physics::Vec3 toBall(const Orientation &orientation, physics::Vec3 tableDirection)
{
    return rotate(conjugate(orientation), tableDirection);
}

physics::Vec3 toTable(const Orientation &orientation, physics::Vec3 ballDirection)
{
    return rotate(orientation, ballDirection);
}

Orientation interpolate(const Orientation &from, const Orientation &to, double t)
{
    Orientation end = to;
    double cosine = from.w * to.w + from.x * to.x + from.y * to.y + from.z * to.z;
    if (cosine < 0.0) {
        end = {-to.w, -to.x, -to.y, -to.z};
        cosine = -cosine;
    }
    if (cosine > 0.9995) {
        return normalised({from.w + (end.w - from.w) * t, from.x + (end.x - from.x) * t,
                           from.y + (end.y - from.y) * t, from.z + (end.z - from.z) * t});
    }
    const double angle = std::acos(cosine);
    const double a = std::sin((1 - t) * angle) / std::sin(angle);
    const double b = std::sin(t * angle) / std::sin(angle);
    return {a * from.w + b * end.w, a * from.x + b * end.x, a * from.y + b * end.y,
            a * from.z + b * end.z};
}

Orientation scattered(unsigned long long seed, int number)
{
    // A uniformly random rotation (Shoemake) from three reproducible numbers.
    const std::uint64_t base = mix(seed * 31 + std::uint64_t(number) + 1);
    const double u1 = unit(mix(base));
    const double u2 = unit(mix(base + 1)) * 2 * M_PI;
    const double u3 = unit(mix(base + 2)) * 2 * M_PI;
    const double a = std::sqrt(1 - u1);
    const double b = std::sqrt(u1);
    return normalised({a * std::sin(u2), a * std::cos(u2), b * std::sin(u3), b * std::cos(u3)});
}

} // namespace dojo::simulation
