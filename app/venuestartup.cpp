#include "venuestartup.h"

#include "apptext.h"

#include <storage/databaselocation.h>
#include <storage/raterepository.h>
#include <storage/venuerepository.h>
#include <venue/demovenue.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace dojo::app {

namespace {

// The folder must exist (it is made if missing) and take a new file.
Result<void> prepareDataFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Unexpected(AppText::tr("the data folder %1 is a file, not a folder").arg(folder));
    if (!QDir().mkpath(folder))
        return Unexpected(AppText::tr("cannot create the data folder %1").arg(folder));
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open()) {
        return Unexpected(AppText::tr("the data folder %1 cannot be written (%2)")
                              .arg(folder, probe.errorString()));
    }
    return {};
}

} // namespace

Result<std::unique_ptr<OpenVenue>> openVenue(const VenueCommandLine &commandLine)
{
    auto venue = std::make_unique<OpenVenue>();
    venue->dataFolder = commandLine.dataFolder.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QDir(commandLine.dataFolder).absolutePath();
    if (venue->dataFolder.isEmpty())
        return Unexpected(AppText::tr("no data folder: set HOME or pass --data-dir DIR"));
    if (Result<void> prepared = prepareDataFolder(venue->dataFolder); !prepared)
        return Unexpected(prepared.error());

    storage::DatabaseLocation location = storage::sqliteInDataFolder(venue->dataFolder);
    if (!commandLine.databaseUrl.isEmpty()) {
        const Result<storage::DatabaseLocation> parsed
            = storage::parseDatabaseUrl(commandLine.databaseUrl);
        if (!parsed)
            return Unexpected(AppText::tr("bad --database URL: %1").arg(parsed.error()));
        location = *parsed;
    }

    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(location);
    if (!opened)
        return Unexpected(opened.error());
    venue->database = std::move(*opened);

    storage::VenueRepository venues(*venue->database);
    const Result<bool> demo = venue::ensureDemoVenue(venues);
    if (!demo)
        return Unexpected(demo.error());
    venue->demoCreated = *demo;
    storage::RateRepository rates(*venue->database);
    if (const Result<bool> demoRates = venue::ensureDemoRates(venues, rates); !demoRates)
        return Unexpected(demoRates.error());

    venue->settings = std::make_unique<QSettings>(
        QDir(venue->dataFolder).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    return venue;
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

Result<VenueCommandLine> readVenueOptions(const CommandInput &input)
{
    const QString database = QStringLiteral("database");
    const QString dataFolder = QStringLiteral("data-dir");
    VenueCommandLine commandLine;
    commandLine.databaseUrl = input.value(database);
    commandLine.dataFolder = input.value(dataFolder);
    if (input.isSet(database) && commandLine.databaseUrl.isEmpty())
        return Unexpected(AppText::tr("--database needs a URL"));
    if (input.isSet(dataFolder) && commandLine.dataFolder.isEmpty())
        return Unexpected(AppText::tr("--data-dir needs a folder"));
    return commandLine;
}

} // namespace dojo::app
