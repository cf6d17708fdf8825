#pragma once

#include "core/pocket.h"
#include "core/vec2.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace dojo {

// The table sizes a venue has. 8 ft comes both as the standard 88 x 44 in and the
// oversized ("pro") 92 x 46 in playing surface.
enum class TableSize { SevenFoot, EightFoot, EightFootOversized, NineFoot };

inline constexpr std::array<TableSize, 4> kAllTableSizes = {
    TableSize::SevenFoot, TableSize::EightFoot, TableSize::EightFootOversized, TableSize::NineFoot};

struct Pocket
{
    PocketId id = PocketId::HeadLeft;
    // Where the two cushion nose lines meet (corner) or the middle of the rail's nose line
    // (side): the pocket's point on the playing-surface outline.
    Vec2 centre;
    // The cushion nose tips either side of the opening; |jawA - jawB| is the mouth width.
    Vec2 jawA;
    Vec2 jawB;
    double mouthWidth = 0.0;
};

// Where a rail diamond sits: its position along the cushion nose and the rail it is on.
struct Diamond
{
    enum class Rail { Head, Foot, Left, Right };
    Rail rail = Rail::Head;
    Vec2 onCushionNose; // projected onto the cushion nose line
    Vec2 position;      // the sight itself, set back from the nose on the rail top
};

// One table size, in the table frame: millimetres, origin at the head-left corner of the
// playing surface, x along the long rail toward the foot, y across toward the right rail.
struct TableSpec
{
    TableSize size = TableSize::NineFoot;
    double length = 0.0; // playing surface, cushion nose to cushion nose
    double width = 0.0;
    double cornerMouth = 0.0;
    double sideMouth = 0.0;
    std::array<Pocket, 6> pockets{};
    double headStringX = 0.0; // through the second diamonds from the head rail
    double footStringX = 0.0;
    Vec2 headSpot;
    Vec2 centreSpot;
    Vec2 footSpot;
    double diamondSetback = 0.0;   // from the cushion nose to the centre of a sight
    std::vector<Diamond> diamonds; // 18: six on each long rail, three on each short rail

    const Pocket &pocket(PocketId id) const { return pockets[static_cast<size_t>(id)]; }
    bool isBehindHeadString(Vec2 point) const { return point.x < headStringX; }
    bool isOnPlayingSurface(Vec2 point) const
    {
        return point.x >= 0 && point.x <= length && point.y >= 0 && point.y <= width;
    }
};

// The WPA specification of a table size; built once, shared.
const TableSpec &tableSpec(TableSize size);

// "7ft", "8ft", "8ft-oversized", "9ft": the keys used in files, the database and the CLI.
QString tableSizeKey(TableSize size);
std::optional<TableSize> tableSizeFromKey(const QString &key);

// Nominal length in feet (7, 8 or 9) for display.
int nominalFeet(TableSize size);

} // namespace dojo
