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
    QString venueName;   // empty: the venue this PC ran last, else the only (or first) one
};

// --database URL, --data-dir DIR and --venue NAME, which every command that opens the venue
// takes.
std::vector<QCommandLineOption> venueOptions();

// Reads venueOptions() from a command's input; refused with one line saying what is wrong.
Result<VenueCommandLine> readVenueOptions(const CommandInput &input);

// Everything a running venue needs from disk: its data folder, database and settings.
struct OpenVenue
{
    QString dataFolder;
    QString configFile; // the configuration file that named the folder or database; empty: none
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<QSettings> settings;
    bool demoCreated = false; // this start created the demo venue
    // The one venue this PC runs (chooseVenue()): the commands read, serve and show only its
    // tables. 0 when the database has no venue at all.
    qint64 venueId = 0;
    QString venueName;
};

// Without --data-dir and --database, reads the venue PC's configuration file (venueconfig.h).
// A shared data folder has the set-group-ID bit (docs/packaging.md): what this process makes
// there stays writable for the group's other members and is nobody else's (umask 007). True
// when it is shared.
bool shareWithFolderGroup(const QString &folder);
// A new database file made 0660 before SQLite makes it 0644; one of ours gets the group's
// write permission back.
void shareDatabase(const QString &file);

// Makes sure the data folder exists and can be written, opens (and migrates) the database,
// and on the first start on an empty database creates the demo venue. Nothing existing is
// overwritten when any step fails, and the reason is one line for stderr.
Result<std::unique_ptr<OpenVenue>> openVenue(const VenueCommandLine &commandLine);

// A start refused: one line for stderr and the exit status.
struct StartRefusal
{
    QString line;
    int status = 1;
};

// Picks the venue this PC runs into venue.venueId and remembers it in the data folder's
// settings (the window shows the same one): `name` (--venue), else the one chosen last time,
// else the only venue, else the first. An unknown name is refused with one line naming the
// venues there are (exit status 2: the command line is wrong).
Result<void, StartRefusal> chooseVenue(OpenVenue &venue, const QString &name);

} // namespace dojo::app
