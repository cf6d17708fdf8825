#pragma once

#include <QColor>

namespace dojo::ui::ReplayColours {

// The marks' colours, shared by the replay and its legend.
inline QColor rails()
{
    return {0x80, 0xde, 0xea};
}
inline QColor pocketed()
{
    return {0xff, 0x8f, 0x00};
}
inline QColor firstContact()
{
    return {0xff, 0x40, 0x81};
}
inline QColor railContact()
{
    return {0xff, 0xee, 0x58};
}
inline QColor unknown()
{
    return {0x9e, 0x9e, 0x9e};
}

} // namespace dojo::ui::ReplayColours
