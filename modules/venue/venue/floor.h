#pragma once

#include "venue/tablestatus.h"

#include <core/tablespec.h>

#include <QDate>
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
    // The venue's settings: its money, its clock, how long a booking holds a table unclaimed
    // and how long the window waits idle before it locks.
    QString currency = QStringLiteral("EUR"); // ISO 4217 code
    QString timeZone = QStringLiteral("UTC"); // IANA id, QTimeZone's
    int graceMinutes = 15;
    int lockMinutes = 5;
};

// Where a table stands in the hall, as the floor plan is drawn: its centre in mm from the
// hall's top-left corner (x to the right, y down) and its turn clockwise in degrees (0: the
// long rails run left to right).
struct FloorPlace
{
    double x = 0;
    double y = 0;
    double angle = 0;

    bool operator==(const FloorPlace &) const = default;
};

// The playing surface's corners as a person placed them on the camera's picture, in
// vision::calibrateFromCorners' order: the table points (0, 0), (length, 0), (0, width),
// (length, width), i.e. head-left, foot-left, head-right, foot-right in core/tablespec.h's frame
// (vision/calibration.h calls them "head-left, head-right, foot-left, foot-right": the same
// points, the picture's top-left, top-right, bottom-left, bottom-right when the head is on the
// left). Each is a FRACTION of the picture's width and height (0..1), so the corners stay right
// when the camera's resolution changes: pixel = fraction × picture size
// (venue/tablecorners.h: cornersInPixels, and the stored text "x,y;x,y;x,y;x,y").
using TableCorners = std::array<QPointF, 4>;

struct Table
{
    qint64 id = 0;
    QString name;
    TableSize size = TableSize::NineFoot;
    QString cameraSource; // "simulated:1", a device id, a file path or an rtsp:// URL
    TableStatus status = TableStatus::Free; // derived, see deriveTableStatus
    int position = 0;                       // order on the venue floor
    // Placed by hand on the table screen; none: the calibration is automatic.
    std::optional<TableCorners> corners;
    bool outOfOrder = false;         // the one stored status: taken out of service by the desk
    QString rateClass;               // empty: its size's class (venue/billing.h)
    std::optional<FloorPlace> place; // none: on the grid, by position
};

inline constexpr double kDefaultStarterRating = 500;

struct Player
{
    qint64 id = 0;
    QString name;
    QString nickname;
    QDate memberUntil; // pays the member rate until this day; invalid: not a member
    QString contact;   // a phone number or an e-mail address, as typed
    double starterRating = kDefaultStarterRating; // the Fargo-scale rating before any rack
    std::optional<qint64> mergedInto;             // a duplicate merged into that player; none: kept

    bool operator==(const Player &) const = default;
};

} // namespace dojo::venue
