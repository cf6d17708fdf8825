#pragma once

#include "command.h"
#include "venuestartup.h"

#include <core/result.h>
#include <storage/databaselocation.h>

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTime>

namespace dojo::app {

// The nightly backup's settings, from the data folder's settings.ini, [backup] group
// (docs/commands.md, "Backups").
struct BackupSettings
{
    bool nightly = true;    // nightly=false turns the nightly backup off
    QString folder;         // folder=DIR; default: backups inside the data folder
    QTime at = QTime(4, 0); // time=HH:MM, the venue's local time
    int keep = 14;          // keep=N nightly backups (0: all)
    // Values that did not read (time=25:00, keep=-1), left at their defaults: a sentence each.
    QStringList problems;
};

// Read from the settings, with the defaults for what is missing.
BackupSettings readBackupSettings(QSettings &settings, const QString &dataFolder);

// Where backup and restore find the venue's database: --database, else the SQLite file in
// --data-dir; without either, what the venue PC's configuration file names (app/venueconfig.h),
// else the user's application data folder. Nothing is created; in a shared data folder
// (docs/packaging.md) what is made later stays the group's.
struct BackupPlace
{
    QString dataFolder;
    storage::DatabaseLocation location;
    bool shared = false; // the data folder is the venue PC's shared one
};

Result<BackupPlace> backupPlace(const VenueCommandLine &commandLine);

// --database URL and --data-dir DIR, the venue's options backup and restore take (the whole
// database is copied, whatever the venue).
std::vector<QCommandLineOption> databaseOptions();

} // namespace dojo::app
