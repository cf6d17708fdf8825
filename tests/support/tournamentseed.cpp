// dojo_tournamentseed DATA_DIR [FORMAT]: a running tournament on the data folder's SQLite
// database, written through the venue's TournamentDesk as the front desk would: six of the first
// venue's players in a double elimination (or FORMAT: single, round-robin, swiss), the draw
// made, two results entered and the next ready match given the venue's second table. Prints {"id",
// "name", "players", "table"} on one line; exit 1 with the reason on stderr when it cannot.

#include <storage/database.h>
#include <storage/venuerepository.h>
#include <venue/tournamentdesk.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

using namespace dojo;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "dojo_tournamentseed: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const std::optional<venue::BracketFormat> format
        = venue::formatFromKey(arguments.value(2, QStringLiteral("double")));
    if (arguments.size() < 2 || arguments.size() > 3 || !format)
        return fail(QStringLiteral("usage: dojo_tournamentseed DATA_DIR [FORMAT]"));
    Result<std::unique_ptr<storage::Database>> database
        = storage::Database::open(storage::sqliteInDataFolder(arguments.at(1)));
    if (!database)
        return fail(database.error());
    storage::VenueRepository venues(**database);
    const Result<std::vector<storage::VenueRecord>> all = venues.venues();
    if (!all || all->empty())
        return fail(all ? QStringLiteral("the database has no venue") : all.error());
    const qint64 venueId = all->front().id;
    const Result<std::vector<storage::PlayerRecord>> players = venues.players(venueId);
    const Result<std::vector<storage::TableRecord>> tables = venues.tables(venueId);
    if (!players || !tables)
        return fail(!players ? players.error() : tables.error());
    if (players->size() < 6 || tables->size() < 2)
        return fail(QStringLiteral("the venue needs six players and two tables"));

    const venue::Actor actor = venue::systemActor();
    venue::TournamentDesk desk(**database, venueId);
    venue::TournamentSettings settings;
    settings.name = QStringLiteral("Friday Night 9-Ball");
    settings.game = QStringLiteral("nine-ball");
    settings.draw.format = *format;
    settings.raceTo = 5;
    settings.finalRaceTo = 7;
    settings.startsAt = QDateTime::currentDateTimeUtc();
    const Result<qint64> id = desk.create(settings, actor);
    if (!id)
        return fail(id.error());
    for (size_t index = 0; index < 6; ++index) {
        if (const Result<qint64> entered = desk.enter(*id, players->at(index).id, actor); !entered)
            return fail(entered.error());
    }
    if (const Result<void> started = desk.start(*id, {}, actor); !started)
        return fail(started.error());

    // The first ready match won by its first player 5-3, the next by its second 4-5.
    const std::pair<int, int> racks[] = {{5, 3}, {4, 5}};
    for (const auto &[racksA, racksB] : racks) {
        const Result<venue::TournamentView> view = desk.view(*id);
        if (!view)
            return fail(view.error());
        const std::vector<int> ready = venue::readyMatches(view->draw);
        if (ready.empty())
            return fail(QStringLiteral("the draw has no match ready"));
        const venue::BracketMatch &match = view->draw.matches.at(size_t(ready.front()));
        const int winner = racksA > racksB ? *match.entrantA : *match.entrantB;
        if (const Result<void> recorded
            = desk.recordResult(*id, match.id, winner, racksA, racksB, actor);
            !recorded)
            return fail(recorded.error());
    }
    const Result<venue::TournamentView> view = desk.view(*id);
    if (!view)
        return fail(view.error());
    const std::vector<int> ready = venue::readyMatches(view->draw);
    if (ready.empty())
        return fail(QStringLiteral("the draw has no match ready for a table"));
    const storage::TableRecord &table = tables->at(1);
    if (const Result<void> assigned = desk.assignTable(*id, ready.front(), table.id, actor);
        !assigned)
        return fail(assigned.error());

    const QJsonObject made{{QStringLiteral("id"), *id},
                           {QStringLiteral("name"), settings.name},
                           {QStringLiteral("players"), 6},
                           {QStringLiteral("table"), table.name},
                           {QStringLiteral("table_match"), ready.front()}};
    std::printf("%s\n", QJsonDocument(made).toJson(QJsonDocument::Compact).constData());
    return 0;
}
