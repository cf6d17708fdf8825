#include "common/tabletext.h"

#include "common/uitr.h"

#include <core/units.h>

namespace dojo::ui::TableText {

QString size(TableSize size)
{
    if (size == TableSize::EightFootOversized)
        return Tr::tr("8 ft oversized");
    return Tr::tr("%1 ft").arg(nominalFeet(size));
}

QString surface(TableSize size)
{
    const TableSpec &spec = tableSpec(size);
    return Tr::tr("%1 × %2 in").arg(toInches(spec.length)).arg(toInches(spec.width));
}

QColor statusColour(venue::TableStatus status)
{
    switch (status) {
    case venue::TableStatus::Free: return QColor(0x2e, 0x7d, 0x32);
    case venue::TableStatus::Booked: return QColor(0xc7, 0x7c, 0x02);
    case venue::TableStatus::InPlay: return QColor(0x15, 0x65, 0xc0);
    case venue::TableStatus::Paused: return QColor(0x6a, 0x1b, 0x9a);
    case venue::TableStatus::OutOfOrder: return QColor(0x75, 0x75, 0x75);
    }
    return Qt::gray;
}

} // namespace dojo::ui::TableText
