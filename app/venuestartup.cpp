#include "venuestartup.h"

#include "apptext.h"
#include "venueconfig.h"

#include <storage/databaselocation.h>
#include <storage/raterepository.h>
#include <storage/venuerepository.h>
#include <venue/demovenue.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>
#include <vector>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dojo::app {

namespace {

// The window's key for the venue it shows: the venue this PC runs is the one it shows.
const QString kChosenVenueKey = QStringLiteral("floor/venue");

QString userName()
{
    const passwd *user = ::getpwuid(::geteuid());
    return user ? QString::fromLocal8Bit(user->pw_name) : QString::number(::geteuid());
}

// Whether this process has the group's rights (a member who joined since logging in has not).
bool inGroup(uint groupId)
{
    if (::getegid() == groupId)
        return true;
    std::vector<gid_t> groups(std::max(::getgroups(0, nullptr), 0));
    groups.resize(std::max(::getgroups(int(groups.size()), groups.data()), 0));
    return std::find(groups.begin(), groups.end(), groupId) != groups.end();
}

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
        // A venue PC's shared folder (docs/packaging.md): its group may write it; join it.
        const QFileInfo shared(folder);
        if (shared.permission(QFileDevice::WriteGroup) && !shared.group().isEmpty()
            && !inGroup(shared.groupId())) {
            return Unexpected(AppText::tr("the data folder %1 cannot be written by %2: only the "
                                          "group %3 may write it; join the group (sudo adduser "
                                          "%2 %3) and log in again")
                                  .arg(folder, userName(), shared.group()));
        }
        return Unexpected(AppText::tr("the data folder %1 cannot be written (%2)")
                              .arg(folder, probe.errorString()));
    }
    return {};
}

// Files of the data folder that another user made without the group's write permission.
Result<void> checkWritable(const QString &folder, const QStringList &names)
{
    for (const QString &name : names) {
        const QFileInfo file(QDir(folder).filePath(name));
        if (file.exists() && !file.isWritable()) {
            return Unexpected(AppText::tr("the file %1 in the data folder cannot be written by "
                                          "%2 (it is %3's, group %4); let the group write it: "
                                          "sudo chmod g+w %1")
                                  .arg(file.filePath(), userName(), file.owner(), file.group()));
        }
    }
    return {};
}

} // namespace

// A shared data folder has the set-group-ID bit (docs/packaging.md): what this process makes
// there (the database, its -wal and -shm files, settings.ini) stays writable for the group's
// other members, the service among them, and is nobody else's. True when it is shared.
bool shareWithFolderGroup(const QString &folder)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(folder).constData(), &status) != 0 || !(status.st_mode & S_ISGID))
        return false;
    ::umask(S_IRWXO);
    return true;
}

// SQLite makes a new database 0644 whatever the umask, and its -wal and -shm files take the
// database's mode: in a shared folder the database is made first, the group's to write, and
// one of ours that lost the group's write permission gets it back.
void shareDatabase(const QString &file)
{
    const QByteArray path = QFile::encodeName(file);
    const int made = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0660);
    if (made >= 0) {
        ::close(made);
        return;
    }
    struct stat status = {};
    if (::stat(path.constData(), &status) == 0 && status.st_uid == ::geteuid())
        ::chmod(path.constData(), (status.st_mode & 07777) | S_IRGRP | S_IWGRP);
}

Result<std::unique_ptr<OpenVenue>> openVenue(const VenueCommandLine &commandLine)
{
    auto venue = std::make_unique<OpenVenue>();
    // Without --data-dir and --database, the venue PC's configuration file says where.
    VenueCommandLine chosen = commandLine;
    if (chosen.dataFolder.isEmpty() && chosen.databaseUrl.isEmpty()) {
        const Result<std::optional<VenueConfig>> config = readVenueConfig();
        if (!config)
            return Unexpected(config.error());
        if (*config) {
            venue->configFile = (*config)->file;
            chosen.dataFolder = (*config)->dataFolder;
            chosen.databaseUrl = (*config)->databaseUrl;
        }
    }
    venue->dataFolder = chosen.dataFolder.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QDir(chosen.dataFolder).absolutePath();
    if (venue->dataFolder.isEmpty())
        return Unexpected(AppText::tr("no data folder: set HOME or pass --data-dir DIR"));
    if (Result<void> prepared = prepareDataFolder(venue->dataFolder); !prepared)
        return Unexpected(prepared.error());
    const bool shared = shareWithFolderGroup(venue->dataFolder);

    QStringList written{QStringLiteral("settings.ini")};
    storage::DatabaseLocation location = storage::sqliteInDataFolder(venue->dataFolder);
    if (chosen.databaseUrl.isEmpty()) {
        const QString file = QFileInfo(location.sqlitePath).fileName();
        written << file << file + QStringLiteral("-wal") << file + QStringLiteral("-shm");
        if (shared)
            shareDatabase(location.sqlitePath);
    } else {
        const Result<storage::DatabaseLocation> parsed
            = storage::parseDatabaseUrl(chosen.databaseUrl);
        if (!parsed) {
            if (!venue->configFile.isEmpty()) {
                return Unexpected(AppText::tr("bad database URL in %1: %2")
                                      .arg(venue->configFile, parsed.error()));
            }
            return Unexpected(AppText::tr("bad --database URL: %1").arg(parsed.error()));
        }
        location = *parsed;
    }
    if (Result<void> writable = checkWritable(venue->dataFolder, written); !writable)
        return Unexpected(writable.error());

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
