#pragma once

#include <QString>

namespace dojo::ui {

// A table as the bookings screens show it: a row of the timeline, a choice in the dialog.
struct BookableTable
{
    qint64 id = 0;
    QString name;
    bool outOfOrder = false; // shown, but nothing can be booked on it
};

} // namespace dojo::ui
