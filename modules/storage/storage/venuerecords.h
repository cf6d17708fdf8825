#pragma once

#include <core/tablespec.h>

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace dojo::storage {

struct VenueRecord
{
    qint64 id = 0;
    QString name;
    bool isDemo = false;
    // The venue's settings (migration 7).
    QString currency = QStringLiteral("EUR"); // ISO 4217 code
    QString timeZone = QStringLiteral("UTC"); // IANA id
    int graceMinutes = 15;                    // a booking holds its table this long unchecked-in
    int lockMinutes = 5;                      // idle minutes before the window asks for a PIN again
};

// Where a table stands in the hall, as the columns hold it: metres from the hall's top-left
// corner to the table's centre, and its turn clockwise in degrees.
struct FloorPlace
{
    double xMetres = 0;
    double yMetres = 0;
    double angleDegrees = 0;
};

struct TableRecord
{
    qint64 id = 0;
    qint64 venueId = 0;
    QString name;
    TableSize size = TableSize::NineFoot;
    QString cameraSource; // "simulated:", a device id, a file path or an rtsp:// URL
    QString status;       // "out-of-order", or "free" for in service (venue/tablestatus.h)
    int position = 0;     // order on the venue floor
    // The playing surface's corners placed by hand, as fractions of the picture: the text
    // venue/tablecorners.h writes and reads ("x,y;x,y;x,y;x,y"); empty: automatic.
    QString manualCorners;
    QString rateClass;                    // empty: the class of the table's size (venue/billing.h)
    std::optional<FloorPlace> floorPlace; // none: on the grid, by position
};

struct PlayerRecord
{
    qint64 id = 0;
    qint64 homeVenueId = 0;
    QString name;
    QString nickname;
    QDate memberUntil; // pays the member rate until this day; invalid: not a member
    // The profile (migration 8).
    QString contact;                  // a phone number or an e-mail address, as typed
    double starterRating = 500;       // the Fargo-scale rating before racks say more
    std::optional<qint64> mergedInto; // a duplicate merged into this player; none: kept
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;    // UTC
    QString actor;   // "front-desk", "referee:<name>", "system"
    QString action;  // "venue.demo-created", "table.status", ...
    QString subject; // what it was done to: "table:3"
    QString details; // free text or JSON
};

// A venue with its tables and players, written in one go: the demo venue on a first start.
struct VenueSeed
{
    QString name;
    bool isDemo = false;
    std::vector<TableRecord> tables;   // venueId and id are filled in when written
    std::vector<PlayerRecord> players; // homeVenueId and id likewise
};

} // namespace dojo::storage
