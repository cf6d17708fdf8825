#include "core/tablespec.h"

#include "core/units.h"

#include <cmath>

namespace dojo {
namespace {

struct Dimensions
{
    double lengthInches;
    double widthInches;
};

// WPA equipment specifications: playing surface between the cushion noses.
Dimensions dimensionsOf(TableSize size)
{
    switch (size) {
    case TableSize::SevenFoot: return {78.0, 39.0};
    case TableSize::EightFoot: return {88.0, 44.0};
    case TableSize::EightFootOversized: return {92.0, 46.0};
    case TableSize::NineFoot: return {100.0, 50.0};
    }
    return {100.0, 50.0};
}

// WPA: corner pocket mouth 4.5 to 4.625 in, side pocket mouth 5 to 5.125 in; we take the
// middle of each range.
constexpr double kCornerMouthInches = 4.5625;
constexpr double kSideMouthInches = 5.0625;
// WPA: the centres of the sights are 3 11/16 in from the nose of the cushion.
constexpr double kDiamondSetbackInches = 3.0 + 11.0 / 16.0;

Pocket cornerPocket(PocketId id, Vec2 corner, Vec2 alongX, Vec2 alongY, double mouth)
{
    const double jaw = mouth / std::sqrt(2.0);
    return {id, corner, corner + alongX * jaw, corner + alongY * jaw, mouth};
}

Pocket sidePocket(PocketId id, Vec2 centre, double mouth)
{
    return {id, centre, centre - Vec2{mouth / 2, 0}, centre + Vec2{mouth / 2, 0}, mouth};
}

TableSpec buildSpec(TableSize size)
{
    const Dimensions dims = dimensionsOf(size);
    TableSpec spec;
    spec.size = size;
    spec.length = inches(dims.lengthInches);
    spec.width = inches(dims.widthInches);
    spec.cornerMouth = inches(kCornerMouthInches);
    spec.sideMouth = inches(kSideMouthInches);
    const double l = spec.length;
    const double w = spec.width;
    const double corner = spec.cornerMouth;
    spec.pockets = {
        cornerPocket(PocketId::HeadLeft, {0, 0}, {1, 0}, {0, 1}, corner),
        cornerPocket(PocketId::HeadRight, {0, w}, {1, 0}, {0, -1}, corner),
        sidePocket(PocketId::SideLeft, {l / 2, 0}, spec.sideMouth),
        sidePocket(PocketId::SideRight, {l / 2, w}, spec.sideMouth),
        cornerPocket(PocketId::FootLeft, {l, 0}, {-1, 0}, {0, 1}, corner),
        cornerPocket(PocketId::FootRight, {l, w}, {-1, 0}, {0, -1}, corner),
    };
    spec.headStringX = l / 4;
    spec.footStringX = 3 * l / 4;
    spec.headSpot = {l / 4, w / 2};
    spec.centreSpot = {l / 2, w / 2};
    spec.footSpot = {3 * l / 4, w / 2};
    spec.diamondSetback = inches(kDiamondSetbackInches);

    const double setback = spec.diamondSetback;
    for (int i = 1; i <= 7; ++i) {
        if (i == 4)
            continue; // the side pockets stand where the fourth diamonds would
        const double x = l * i / 8;
        spec.diamonds.push_back({Diamond::Rail::Left, {x, 0}, {x, -setback}});
        spec.diamonds.push_back({Diamond::Rail::Right, {x, w}, {x, w + setback}});
    }
    for (int j = 1; j <= 3; ++j) {
        const double y = w * j / 4;
        spec.diamonds.push_back({Diamond::Rail::Head, {0, y}, {-setback, y}});
        spec.diamonds.push_back({Diamond::Rail::Foot, {l, y}, {l + setback, y}});
    }
    return spec;
}

} // namespace

const TableSpec &tableSpec(TableSize size)
{
    static const std::array<TableSpec, 4> specs
        = {buildSpec(TableSize::SevenFoot), buildSpec(TableSize::EightFoot),
           buildSpec(TableSize::EightFootOversized), buildSpec(TableSize::NineFoot)};
    return specs[static_cast<size_t>(size)];
}

QString tableSizeKey(TableSize size)
{
    switch (size) {
    case TableSize::SevenFoot: return QStringLiteral("7ft");
    case TableSize::EightFoot: return QStringLiteral("8ft");
    case TableSize::EightFootOversized: return QStringLiteral("8ft-oversized");
    case TableSize::NineFoot: return QStringLiteral("9ft");
    }
    return {};
}

std::optional<TableSize> tableSizeFromKey(const QString &key)
{
    for (TableSize size : kAllTableSizes) {
        if (tableSizeKey(size) == key)
            return size;
    }
    return std::nullopt;
}

int nominalFeet(TableSize size)
{
    switch (size) {
    case TableSize::SevenFoot: return 7;
    case TableSize::EightFoot:
    case TableSize::EightFootOversized: return 8;
    case TableSize::NineFoot: return 9;
    }
    return 9;
}

} // namespace dojo
