#pragma once

#include "venue/tablestatus.h"

#include <core/tablespec.h>

#include <QPointF>
#include <QString>

#include <array>
#include <optional>

namespace dojo::venue {

// What the front desk sees, as plain values: the venues in the database, and one venue's
// tables and players.
struct Venue
{
    qint64 id = 0;
    QString name;
    bool isDemo = false;
};

// The playing surface's corners as a person placed them on the camera's picture, in the order
// head-left, head-right, foot-left, foot-right (vision::Calibration::corners' order), each as
// FRACTIONS of the picture's width and height (0..1), so they stay right when the camera's
// resolution changes: pixels = fraction × picture size (venue/tablecorners.h converts both ways
// and writes the stored text "x,y;x,y;x,y;x,y").
using TableCorners = std::array<QPointF, 4>;

struct Table
{
    qint64 id = 0;
    QString name;
    TableSize size = TableSize::NineFoot;
    QString cameraSource; // "simulated:1", a device id, a file path or an rtsp:// URL
    TableStatus status = TableStatus::Free;
    int position = 0; // order on the venue floor
    // Placed by hand on the table screen; none: the calibration is automatic.
    std::optional<TableCorners> corners;
};

struct Player
{
    qint64 id = 0;
    QString name;
    QString nickname;
};

} // namespace dojo::venue
