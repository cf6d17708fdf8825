#pragma once

#include <cmath>

namespace dojo {

// A point or a direction on the table, in millimetres of the table frame.
struct Vec2
{
    double x = 0.0;
    double y = 0.0;

    friend constexpr Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend constexpr Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend constexpr Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
    friend constexpr Vec2 operator*(double s, Vec2 a) { return {a.x * s, a.y * s}; }
    friend constexpr Vec2 operator/(Vec2 a, double s) { return {a.x / s, a.y / s}; }
    friend constexpr bool operator==(Vec2 a, Vec2 b) = default;

    constexpr double dot(Vec2 other) const { return x * other.x + y * other.y; }
    constexpr double cross(Vec2 other) const { return x * other.y - y * other.x; }
    constexpr double lengthSquared() const { return dot(*this); }
    double length() const { return std::hypot(x, y); }
};

inline double distance(Vec2 a, Vec2 b)
{
    return (a - b).length();
}

} // namespace dojo
