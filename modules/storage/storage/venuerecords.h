#pragma once

#include <core/tablespec.h>

#include <QDateTime>
#include <QString>

#include <vector>

namespace dojo::storage {

struct VenueRecord
{
    qint64 id = 0;
    QString name;
    bool isDemo = false;
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
};

struct PlayerRecord
{
    qint64 id = 0;
    qint64 homeVenueId = 0;
    QString name;
    QString nickname;
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
