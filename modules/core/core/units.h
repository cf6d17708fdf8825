#pragma once

// Lengths inside DojoPool are millimetres (double), times are seconds (double).
namespace dojo {

constexpr double kMillimetresPerInch = 25.4;

constexpr double inches(double value)
{
    return value * kMillimetresPerInch;
}

constexpr double toInches(double millimetres)
{
    return millimetres / kMillimetresPerInch;
}

} // namespace dojo
