#pragma once

#include "venue/tablestatus.h"

#include <core/tablespec.h>

#include <QString>

namespace dojo::venue {

// What the front desk sees, as plain values: the venues in the database, and one venue's
// tables and players.
struct Venue
{
    qint64 id = 0;
    QString name;
    bool isDemo = false;
};

struct Table
{
    qint64 id = 0;
    QString name;
    TableSize size = TableSize::NineFoot;
    QString cameraSource; // "simulated:1", a device id, a file path or an rtsp:// URL
    TableStatus status = TableStatus::Free;
    int position = 0; // order on the venue floor
};

struct Player
{
    qint64 id = 0;
    QString name;
    QString nickname;
};

} // namespace dojo::venue
