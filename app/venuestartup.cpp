#include "venuestartup.h"

#include "apptext.h"

#include <storage/databaselocation.h>
#include <storage/demovenue.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace dojo::app {

namespace {

// The folder must exist (it is made if missing) and take a new file.
QString prepareDataFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return AppText::tr("the data folder %1 is a file, not a folder").arg(folder);
    if (!QDir().mkpath(folder))
        return AppText::tr("cannot create the data folder %1").arg(folder);
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open()) {
        return AppText::tr("the data folder %1 cannot be written (%2)")
            .arg(folder, probe.errorString());
    }
    return {};
}

} // namespace

VenueStartup openVenue(const VenueCommandLine &commandLine)
{
    VenueStartup result;
    auto venue = std::make_unique<OpenVenue>();
    venue->dataFolder = commandLine.dataFolder.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QDir(commandLine.dataFolder).absolutePath();
    if (venue->dataFolder.isEmpty()) {
        result.error = AppText::tr("no data folder: set HOME or pass --data-dir DIR");
        return result;
    }
    result.error = prepareDataFolder(venue->dataFolder);
    if (!result.error.isEmpty())
        return result;

    storage::DatabaseLocation location = storage::sqliteInDataFolder(venue->dataFolder);
    if (!commandLine.databaseUrl.isEmpty()) {
        storage::DatabaseLocationParse parsed = storage::parseDatabaseUrl(commandLine.databaseUrl);
        if (!parsed.location) {
            result.error = AppText::tr("bad --database URL: %1").arg(parsed.error);
            return result;
        }
        location = *parsed.location;
    }

    storage::DatabaseOpen opened = storage::Database::open(location);
    if (!opened.database) {
        result.error = opened.error;
        return result;
    }
    venue->database = std::move(opened.database);

    const storage::DemoVenueOutcome demo = storage::ensureDemoVenue(*venue->database);
    if (!demo.ok) {
        result.error = AppText::tr("cannot create the demo venue: %1").arg(demo.error);
        return result;
    }
    venue->demoCreated = demo.created;

    venue->settings = std::make_unique<QSettings>(
        QDir(venue->dataFolder).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    result.venue = std::move(venue);
    return result;
}

std::vector<QCommandLineOption> venueOptions()
{
    return {QCommandLineOption(
                QStringLiteral("database"),
                AppText::tr("Use this database instead of the SQLite file in the data folder: "
                            "postgresql://user:password@host:port/database or sqlite:PATH."),
                AppText::tr("URL")),
            QCommandLineOption(
                QStringLiteral("data-dir"),
                AppText::tr("Keep the venue's database, settings and logs in this folder."),
                AppText::tr("DIR"))};
}

QString readVenueOptions(const CommandInput &input, VenueCommandLine *commandLine)
{
    const QString database = QStringLiteral("database");
    const QString dataFolder = QStringLiteral("data-dir");
    commandLine->databaseUrl = input.value(database);
    commandLine->dataFolder = input.value(dataFolder);
    if (input.isSet(database) && commandLine->databaseUrl.isEmpty())
        return AppText::tr("--database needs a URL");
    if (input.isSet(dataFolder) && commandLine->dataFolder.isEmpty())
        return AppText::tr("--data-dir needs a folder");
    return {};
}

} // namespace dojo::app
