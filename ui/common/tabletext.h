#pragma once

#include <core/tablespec.h>
#include <core/tablestatus.h>

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace dojo::ui {

// How the venue's words read on screen, in the user's language.
class TableText
{
    Q_DECLARE_TR_FUNCTIONS(TableText)

public:
    static QString size(TableSize size);       // "9 ft"
    static QString surface(TableSize size);    // "100 × 50 in"
    static QString status(TableStatus status); // "In play"
    static QColor statusColour(TableStatus status);
};

} // namespace dojo::ui
