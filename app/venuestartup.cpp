#include "venuestartup.h"

#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <venue/demovenue.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace dojo::app {

class VenueStartupText
{
    Q_DECLARE_TR_FUNCTIONS(VenueStartupText)
};

namespace {

// The folder must exist (it is made if missing) and take a new file.
Result<void> prepareDataFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Unexpected(
            VenueStartupText::tr("the data folder %1 is a file, not a folder").arg(folder));
    if (!QDir().mkpath(folder))
        return Unexpected(VenueStartupText::tr("cannot create the data folder %1").arg(folder));
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open()) {
        return Unexpected(VenueStartupText::tr("the data folder %1 cannot be written (%2)")
                              .arg(folder, probe.errorString()));
    }
    return {};
}

} // namespace

Result<std::unique_ptr<OpenVenue>> openVenue(const CommandLine &commandLine)
{
    auto venue = std::make_unique<OpenVenue>();
    venue->dataFolder = commandLine.dataFolder.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QDir(commandLine.dataFolder).absolutePath();
    if (venue->dataFolder.isEmpty())
        return Unexpected(VenueStartupText::tr("no data folder: set HOME or pass --data-dir DIR"));
    if (Result<void> prepared = prepareDataFolder(venue->dataFolder); !prepared)
        return Unexpected(prepared.error());

    storage::DatabaseLocation location = storage::sqliteInDataFolder(venue->dataFolder);
    if (!commandLine.databaseUrl.isEmpty()) {
        const Result<storage::DatabaseLocation> parsed
            = storage::parseDatabaseUrl(commandLine.databaseUrl);
        if (!parsed)
            return Unexpected(VenueStartupText::tr("bad --database URL: %1").arg(parsed.error()));
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

    venue->settings = std::make_unique<QSettings>(
        QDir(venue->dataFolder).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    return venue;
}

} // namespace dojo::app
