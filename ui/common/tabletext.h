#pragma once

#include <core/tablespec.h>
#include <venue/tablestatus.h>

#include <QColor>
#include <QString>

namespace dojo::ui {

// How the venue's words read on screen, in the user's language.
namespace TableText {
QString size(TableSize size);    // "9 ft"
QString surface(TableSize size); // "100 × 50 in"
QColor statusColour(venue::TableStatus status);
} // namespace TableText

} // namespace dojo::ui
