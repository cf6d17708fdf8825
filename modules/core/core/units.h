#pragma once

// Lengths inside DojoPool are millimetres (double), times are seconds (double), so speeds are
// mm/s and accelerations mm/s². Metres appear only where a file or a person reads them, and
// every conversion goes through metres() and toMetres().
namespace dojo {

constexpr double kMillimetresPerInch = 25.4;
constexpr double kMillimetresPerMetre = 1000.0;

constexpr double inches(double value)
{
    return value * kMillimetresPerInch;
}

constexpr double toInches(double millimetres)
{
    return millimetres / kMillimetresPerInch;
}

// Also for speeds and accelerations: metres(9.81) is g in mm/s².
constexpr double metres(double value)
{
    return value * kMillimetresPerMetre;
}

constexpr double toMetres(double millimetres)
{
    return millimetres / kMillimetresPerMetre;
}

} // namespace dojo
