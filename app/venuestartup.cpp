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

#include <algorithm>

namespace dojo::app {

namespace {

// The window's key for the venue it shows: the venue this PC runs is the one it shows.
const QString kChosenVenueKey = QStringLiteral("floor/venue");

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

Result<void, StartRefusal> chooseVenue(OpenVenue &venue, const QString &name)
{
    const Result<std::vector<storage::VenueRecord>> all
        = storage::VenueRepository(*venue.database).venues();
    if (!all)
        return Unexpected(StartRefusal{AppText::tr("cannot read the venues: %1").arg(all.error())});
    const auto named = [&](Qt::CaseSensitivity sensitivity) {
        return std::find_if(all->begin(), all->end(), [&](const storage::VenueRecord &record) {
            return record.name.compare(name, sensitivity) == 0;
        });
    };
    const qint64 remembered = venue.settings->value(kChosenVenueKey).toLongLong();
    auto chosen = all->end();
    if (!name.isEmpty()) {
        chosen = named(Qt::CaseSensitive);
        if (chosen == all->end())
            chosen = named(Qt::CaseInsensitive);
        if (chosen == all->end()) {
            QStringList names;
            for (const storage::VenueRecord &record : *all)
                names.append(QStringLiteral("\"%1\"").arg(record.name));
            // The name is the command line's mistake: status 2.
            if (names.isEmpty())
                return Unexpected(StartRefusal{
                    AppText::tr("there is no venue \"%1\": the database has no venue").arg(name),
                    2});
            return Unexpected(
                StartRefusal{AppText::tr("there is no venue \"%1\"; the venues are %2")
                                 .arg(name, names.join(QStringLiteral(", "))),
                             2});
        }
    } else {
        chosen = std::find_if(all->begin(), all->end(), [&](const storage::VenueRecord &record) {
            return record.id == remembered;
        });
        if (chosen == all->end())
            chosen = all->begin(); // the only venue, or the first (the demo on a fresh folder)
    }
    if (chosen == all->end())
        return {}; // no venue at all: nothing to run
    venue.venueId = chosen->id;
    venue.venueName = chosen->name;
    venue.settings->setValue(kChosenVenueKey, chosen->id);
    return {};
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
                AppText::tr("DIR")),
            QCommandLineOption(QStringLiteral("venue"),
                               AppText::tr("Run this venue of the database (a chain keeps several "
                                           "on one database); it stays this PC's venue."),
                               AppText::tr("NAME"))};
}

Result<VenueCommandLine> readVenueOptions(const CommandInput &input)
{
    const QString database = QStringLiteral("database");
    const QString dataFolder = QStringLiteral("data-dir");
    const QString venueName = QStringLiteral("venue");
    VenueCommandLine commandLine;
    commandLine.databaseUrl = input.value(database);
    commandLine.dataFolder = input.value(dataFolder);
    commandLine.venueName = input.value(venueName).trimmed();
    if (input.isSet(database) && commandLine.databaseUrl.isEmpty())
        return Unexpected(AppText::tr("--database needs a URL"));
    if (input.isSet(dataFolder) && commandLine.dataFolder.isEmpty())
        return Unexpected(AppText::tr("--data-dir needs a folder"));
    if (input.isSet(venueName) && commandLine.venueName.isEmpty())
        return Unexpected(AppText::tr("--venue needs a venue's name"));
    return commandLine;
}

} // namespace dojo::app
