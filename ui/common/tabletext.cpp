#include "common/tabletext.h"

#include <core/units.h>

namespace dojo::ui {

QString TableText::size(TableSize size)
{
    if (size == TableSize::EightFootOversized)
        return tr("8 ft oversized");
    return tr("%1 ft").arg(nominalFeet(size));
}

QString TableText::surface(TableSize size)
{
    const TableSpec &spec = tableSpec(size);
    return tr("%1 × %2 in").arg(toInches(spec.length)).arg(toInches(spec.width));
}

QString TableText::status(TableStatus status)
{
    switch (status) {
    case TableStatus::Free: return tr("Free");
    case TableStatus::Booked: return tr("Booked");
    case TableStatus::InPlay: return tr("In play");
    }
    return {};
}

QColor TableText::statusColour(TableStatus status)
{
    switch (status) {
    case TableStatus::Free: return QColor(0x2e, 0x7d, 0x32);
    case TableStatus::Booked: return QColor(0xc7, 0x7c, 0x02);
    case TableStatus::InPlay: return QColor(0x15, 0x65, 0xc0);
    }
    return Qt::gray;
}

} // namespace dojo::ui
