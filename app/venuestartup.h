#pragma once

#include "command.h"

#include <core/result.h>
#include <storage/database.h>

#include <QCommandLineOption>
#include <QSettings>
#include <QString>

#include <memory>
#include <vector>

namespace dojo::app {

// What --database and --data-dir said, for a command that opens the venue.
struct VenueCommandLine
{
    QString databaseUrl; // empty: the SQLite file in the data folder
    QString dataFolder;  // empty: the user's application data folder
};

// --database URL and --data-dir DIR, which every command that opens the venue takes.
std::vector<QCommandLineOption> venueOptions();

// Reads venueOptions() from a command's input; refused with one line saying what is wrong.
Result<VenueCommandLine> readVenueOptions(const CommandInput &input);

// Everything a running venue needs from disk: its data folder, database and settings.
struct OpenVenue
{
    QString dataFolder;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<QSettings> settings;
    bool demoCreated = false; // this start created the demo venue
};

// Makes sure the data folder exists and can be written, opens (and migrates) the database,
// and on the first start on an empty database creates the demo venue. Nothing existing is
// overwritten when any step fails, and the reason is one line for stderr.
Result<std::unique_ptr<OpenVenue>> openVenue(const VenueCommandLine &commandLine);

} // namespace dojo::app
