#include "tablescript.h"

#include <rules/match.h>
#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/tournamentrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>
#include <venue/tablematch.h>
#include <venue/tournamentdesk.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <numeric>

using namespace dojo;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;
using dojo::venue::Actor;
using dojo::venue::BracketFormat;
using dojo::venue::EntryState;
using dojo::venue::Role;
using dojo::venue::TournamentDesk;
using dojo::venue::TournamentSettings;
using dojo::venue::TournamentState;
using dojo::venue::TournamentView;

namespace {

const Actor kDesk{QStringLiteral("Dev"), Role::Desk};
const Actor kReferee{QStringLiteral("Rita"), Role::Referee};

qint64 countRows(const storage::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

TournamentSettings nineBallDouble(const QString &name)
{
    TournamentSettings settings;
    settings.name = name;
    settings.game = QStringLiteral("nine-ball");
    settings.draw.format = BracketFormat::DoubleElimination;
    settings.raceTo = 2;
    settings.startsAt = QDateTime(QDate(2026, 12, 5), QTime(19, 0), Qt::UTC);
    settings.entryFee = 1000;
    settings.addedMoney = 5000;
    settings.payoutPercents = {50, 30, 20};
    return settings;
}

} // namespace

class tst_TournamentDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void playedThroughByRefereeAndByHand();
    void lateEntryUntilTheFirstMatchStarts();
    void checkInDecidesWhoIsDrawn();
    void seedsByRatingOrByHand();
    void theDrawKeepsItsRatings();
    void correctionsNeedARefereeOrManager();
    void anotherDeskInBetweenIsRefused();
    void payouts_data();
    void payouts();

private:
    // Enters `count` players of the venue; their entry ids.
    std::vector<qint64> enterPlayers(qint64 tournamentId, int count);
    // Plays the match of the draw at the table with the rules until someone wins it; linked
    // to the draw by the desk, or left for the desk to find (a match set up on a phone).
    void playAtTable(qint64 tournamentId, int drawMatch, bool link);

    ScratchDatabases m_databases;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<TournamentDesk> m_desk;
    qint64 m_venueId = 0;
    qint64 m_tableId = 0;
    std::vector<qint64> m_players;
};

void tst_TournamentDesk::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(errorOf(started)));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_TournamentDesk::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(errorOf(location)));
    auto opened = storage::Database::open(*location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    const auto venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    storage::TableRecord table;
    table.venueId = m_venueId;
    table.name = QStringLiteral("Table 1");
    table.status = QStringLiteral("free");
    const auto tableId = venues.addTable(table);
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    m_tableId = *tableId;
    m_players.clear();
    const QStringList names{QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Cy"),
                            QStringLiteral("Dee"), QStringLiteral("Eve"), QStringLiteral("Fay"),
                            QStringLiteral("Gus"), QStringLiteral("Hal"), QStringLiteral("Ivy"),
                            QStringLiteral("Jo")};
    for (const QString &name : names) {
        storage::PlayerRecord player;
        player.homeVenueId = m_venueId;
        player.name = name;
        const auto playerId = venues.addPlayer(player);
        QVERIFY2(playerId, qPrintable(errorOf(playerId)));
        m_players.push_back(*playerId);
    }
    m_desk = std::make_unique<TournamentDesk>(*m_database, m_venueId);
}

void tst_TournamentDesk::cleanup()
{
    m_desk.reset();
    m_database.reset();
}

std::vector<qint64> tst_TournamentDesk::enterPlayers(qint64 tournamentId, int count)
{
    std::vector<qint64> entries;
    for (int index = 0; index < count; ++index) {
        const Result<qint64> entry
            = m_desk->enter(tournamentId, m_players.at(size_t(index)), kDesk);
        if (!entry) {
            qWarning("%s", qPrintable(entry.error()));
            return {};
        }
        entries.push_back(*entry);
    }
    return entries;
}

void tst_TournamentDesk::playAtTable(qint64 tournamentId, int drawMatch, bool link)
{
    const Result<TournamentView> view = m_desk->view(tournamentId);
    QVERIFY2(view, qPrintable(errorOf(view)));
    const venue::BracketMatch &match = view->draw.matches.at(size_t(drawMatch));
    const std::array<QString, 2> players{view->entrantName(*match.entrantA),
                                         view->entrantName(*match.entrantB)};
    const venue::MatchRace race = venue::raceOf(*view, drawMatch);
    QCOMPARE(race.racksA, 2);
    const rules::MatchSetup setup = venuetest::setupFor(rules::Game::NineBall, race.racksA);
    auto started = venue::TableMatch::start(*m_database, m_tableId, setup, players);
    QVERIFY2(started, qPrintable(errorOf(started)));
    std::unique_ptr<venue::TableMatch> tableMatch = std::move(*started);
    if (link) {
        const Result<void> linked
            = m_desk->linkRefereeMatch(tournamentId, drawMatch, tableMatch->id());
        QVERIFY2(linked, qPrintable(errorOf(linked)));
    }
    rules::Match expected(setup);
    rules::play::ScriptedPlay script(quint32(drawMatch) * 7919u + 17u);
    int steps = 0;
    while (!expected.winner()) {
        QVERIFY2(steps++ < 3000, "the match does not end");
        const rules::Step step = script.next(expected);
        QVERIFY(expected.apply(step));
        const auto played = venuetest::play(*tableMatch, step);
        QVERIFY2(played, qPrintable(played ? QString() : played.error().message));
    }
    // Not yet settled: the draw still waits for it until a desk looks.
    const Result<TournamentView> before = m_desk->view(tournamentId);
    QVERIFY(before);
    QVERIFY(!before->draw.matches.at(size_t(drawMatch)).decided);
}

void tst_TournamentDesk::playedThroughByRefereeAndByHand()
{
    const Result<qint64> id
        = m_desk->create(nineBallDouble(QStringLiteral("Friday 9-Ball")), kDesk);
    QVERIFY2(id, qPrintable(errorOf(id)));
    QCOMPARE(enterPlayers(*id, 6).size(), size_t(6));
    const Result<void> started = m_desk->start(*id, {}, kDesk);
    QVERIFY2(started, qPrintable(errorOf(started)));

    int byReferee = 0;
    int byHand = 0;
    for (int guard = 0; guard < 100; ++guard) {
        const Result<TournamentView> view = m_desk->view(*id);
        QVERIFY2(view, qPrintable(errorOf(view)));
        if (venue::bracketFinished(view->draw))
            break;
        const std::vector<int> ready = venue::readyMatches(view->draw);
        QVERIFY2(!ready.empty(), "an unfinished draw has no match ready");
        const int drawMatch = ready.front();
        const venue::BracketMatch &match = view->draw.matches.at(size_t(drawMatch));
        if ((byReferee + byHand) % 2 == 0) {
            const auto table = m_desk->assignNextFreeTable(*id, drawMatch, {m_tableId}, kDesk);
            QVERIFY2(table, qPrintable(errorOf(table)));
            QCOMPARE(table->value_or(-1), m_tableId);
            // The floor shows the match at its table until its result is in.
            const auto atTables = m_desk->matchesAtTables();
            QVERIFY2(atTables, qPrintable(errorOf(atTables)));
            QCOMPARE(atTables->size(), size_t(1));
            QCOMPARE(atTables->front().tableId, m_tableId);
            QCOMPARE(atTables->front().drawMatch, drawMatch);
            QCOMPARE(atTables->front().playerA, view->entrantName(*match.entrantA));
            QCOMPARE(atTables->front().playerB, view->entrantName(*match.entrantB));
            playAtTable(*id, drawMatch, byReferee % 2 == 0);
            const Result<int> settled = m_desk->settleRefereeResults(*id);
            QVERIFY2(settled, qPrintable(errorOf(settled)));
            QCOMPARE(*settled, 1);
            const auto freed = m_desk->matchesAtTables();
            QVERIFY2(freed, qPrintable(errorOf(freed)));
            QVERIFY(freed->empty());
            const Result<int> again = m_desk->settleRefereeResults(*id); // recorded once
            QVERIFY(again);
            QCOMPARE(*again, 0);
            ++byReferee;
        } else {
            // The better seed wins 2-1.
            const int winner = std::min(*match.entrantA, *match.entrantB);
            const bool aWins = winner == *match.entrantA;
            const Result<void> recorded
                = m_desk->recordResult(*id, drawMatch, winner, aWins ? 2 : 1, aWins ? 1 : 2, kDesk);
            QVERIFY2(recorded, qPrintable(errorOf(recorded)));
            ++byHand;
        }
    }
    const Result<TournamentView> done = m_desk->view(*id);
    QVERIFY2(done, qPrintable(errorOf(done)));
    QVERIFY(venue::bracketFinished(done->draw));
    QCOMPARE(done->tournament.state, TournamentState::Finished);
    QCOMPARE(int(done->results.size()), byReferee + byHand);
    QVERIFY(byReferee >= 4);
    QVERIFY(byHand >= 4);
    // Each result from the referee names its match; the referee's racks are the stored racks.
    for (const venue::DrawResult &result : done->results) {
        QCOMPARE(result.byReferee, done->refereeMatches.contains(result.drawMatch));
        QCOMPARE(result.recordedBy,
                 result.byReferee ? QStringLiteral("system:referee") : kDesk.auditName());
    }
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                   "'tournament.result'")),
             qint64(byReferee + byHand));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                   "'tournament.finished'")),
             qint64(1));
    // Places 1, 2, 3 are paid from 6 × €10 + €50; the whole purse goes out.
    const std::vector<venue::Standing> standings = venue::bracketStandings(done->draw);
    QVERIFY(!standings.empty());
    QCOMPARE(standings.front().place, 1);
    const auto paid = venue::payoutsOf(standings, done->tournament.settings.payoutPercents,
                                       venue::purseOf(*done));
    QCOMPARE(venue::purseOf(*done), venue::Cents(11000));
    const venue::Cents total
        = std::accumulate(paid.begin(), paid.end(), venue::Cents(0),
                          [](venue::Cents sum, const auto &entry) { return sum + entry.second; });
    QCOMPARE(total, venue::Cents(11000));
    QCOMPARE(paid.at(standings.front().entrants.front()), venue::Cents(5500));
}

void tst_TournamentDesk::lateEntryUntilTheFirstMatchStarts()
{
    const Result<qint64> id = m_desk->create(nineBallDouble(QStringLiteral("Late")), kDesk);
    QVERIFY(id);
    QCOMPARE(enterPlayers(*id, 4).size(), size_t(4));
    QVERIFY(m_desk->start(*id, {}, kDesk));
    // Late, before any match: the draw is made again with five.
    const Result<qint64> late = m_desk->enter(*id, m_players.at(4), kDesk);
    QVERIFY2(late, qPrintable(errorOf(late)));
    Result<TournamentView> view = m_desk->view(*id);
    QVERIFY(view);
    QCOMPARE(view->tournament.state, TournamentState::Running);
    QCOMPARE(view->draw.entrants, 5);
    QCOMPARE(view->entrantName(4), QStringLiteral("Eve"));
    const int first = venue::readyMatches(view->draw).front();
    const venue::BracketMatch &match = view->draw.matches.at(size_t(first));
    QVERIFY(m_desk->recordResult(*id, first, *match.entrantA, 2, 0, kDesk));
    const Result<qint64> tooLate = m_desk->enter(*id, m_players.at(5), kDesk);
    QVERIFY(!tooLate);
    QVERIFY2(tooLate.error().contains(QStringLiteral("too late")), qPrintable(tooLate.error()));
    view = m_desk->view(*id);
    QCOMPARE(view->draw.entrants, 5);
}

void tst_TournamentDesk::checkInDecidesWhoIsDrawn()
{
    const Result<qint64> id = m_desk->create(nineBallDouble(QStringLiteral("Check-in")), kDesk);
    QVERIFY(id);
    const std::vector<qint64> entries = enterPlayers(*id, 6);
    QCOMPARE(entries.size(), size_t(6));
    for (size_t index = 0; index < 5; ++index)
        QVERIFY(m_desk->setEntryState(*id, entries[index], EntryState::CheckedIn, kDesk));
    QVERIFY(m_desk->start(*id, {}, kDesk));
    const Result<TournamentView> view = m_desk->view(*id);
    QVERIFY(view);
    QCOMPARE(view->draw.entrants, 5);
    const auto noShow = std::find_if(view->entries.begin(), view->entries.end(),
                                     [&](const auto &entry) { return entry.id == entries[5]; });
    QVERIFY(noShow != view->entries.end());
    QCOMPARE(noShow->state, EntryState::NoShow);
    QVERIFY(!noShow->seed);
}

void tst_TournamentDesk::seedsByRatingOrByHand()
{
    TournamentSettings settings = nineBallDouble(QStringLiteral("Seeded"));
    settings.draw.format = BracketFormat::SingleElimination;
    const Result<qint64> id = m_desk->create(settings, kDesk);
    QVERIFY(id);
    const std::vector<qint64> entries = enterPlayers(*id, 4);
    m_desk->setRatings(
        {{m_players[0], 450}, {m_players[1], 610}, {m_players[2], 520}, {m_players[3], 700}});
    QVERIFY(m_desk->start(*id, {}, kDesk));
    Result<TournamentView> view = m_desk->view(*id);
    QVERIFY(view);
    QCOMPARE(view->entrantName(0), QStringLiteral("Dee"));
    QCOMPARE(view->entrantName(1), QStringLiteral("Ben"));
    QCOMPARE(view->entrantName(3), QStringLiteral("Ana"));
    // By hand: the director's order.
    QVERIFY(m_desk->reopen(*id, kDesk));
    settings.seedByRating = false;
    QVERIFY(m_desk->edit(*id, settings, kDesk));
    QVERIFY(m_desk->start(*id, {entries[2], entries[0], entries[3], entries[1]}, kDesk));
    view = m_desk->view(*id);
    QCOMPARE(view->entrantName(0), QStringLiteral("Cy"));
    QCOMPARE(view->entrantName(3), QStringLiteral("Ben"));
}

void tst_TournamentDesk::theDrawKeepsItsRatings()
{
    // A handicapped race is fixed when the draw is made: another desk, made afterwards with
    // other ratings (another PC, the phones' server, a restart), shows the same races.
    TournamentSettings settings = nineBallDouble(QStringLiteral("Handicapped"));
    settings.draw.format = BracketFormat::SingleElimination;
    settings.handicapped = true;
    const Result<qint64> id = m_desk->create(settings, kDesk);
    QVERIFY(id);
    enterPlayers(*id, 4);
    m_desk->setRatings(
        {{m_players[0], 450}, {m_players[1], 610}, {m_players[2], 520}, {m_players[3], 700}});
    QVERIFY(m_desk->start(*id, {}, kDesk));
    const Result<TournamentView> made = m_desk->view(*id);
    QVERIFY2(made, qPrintable(errorOf(made)));
    venue::TournamentDesk other(*m_database, m_venueId);
    other.setRatings(
        {{m_players[0], 500}, {m_players[1], 500}, {m_players[2], 500}, {m_players[3], 500}});
    const Result<TournamentView> read = other.view(*id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    bool anyHandicap = false;
    for (const int drawMatch : venue::readyMatches(made->draw)) {
        const venue::MatchRace race = venue::raceOf(*made, drawMatch);
        const venue::MatchRace again = venue::raceOf(*read, drawMatch);
        QCOMPARE(again.racksA, race.racksA);
        QCOMPARE(again.racksB, race.racksB);
        anyHandicap = anyHandicap || race.racksA != race.racksB;
    }
    QVERIFY2(anyHandicap, "ratings 450 to 700 gave no handicapped race");
    QCOMPARE(read->entries.front().rating, 700.0);
    // Back at sign-up the ratings of now count again.
    QVERIFY(other.reopen(*id, kDesk));
    QCOMPARE(other.view(*id)->entries.front().rating, 500.0);
}

void tst_TournamentDesk::correctionsNeedARefereeOrManager()
{
    TournamentSettings settings = nineBallDouble(QStringLiteral("Corrected"));
    settings.draw.format = BracketFormat::SingleElimination;
    const Result<qint64> id = m_desk->create(settings, kDesk);
    QVERIFY(id);
    enterPlayers(*id, 4);
    QVERIFY(m_desk->start(*id, {}, kDesk));
    Result<TournamentView> view = m_desk->view(*id);
    const std::vector<int> ready = venue::readyMatches(view->draw);
    QCOMPARE(ready.size(), size_t(2));
    for (const int drawMatch : ready) {
        const venue::BracketMatch &match = view->draw.matches.at(size_t(drawMatch));
        QVERIFY(m_desk->recordResult(*id, drawMatch, *match.entrantA, 2, 0, kDesk));
    }
    // The desk may not take a result back; the refusal is audited with who tried.
    const Result<void> refused = m_desk->takeBack(*id, ready.front(), kDesk);
    QVERIFY(!refused);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                   "'access.refused' AND actor = 'staff:Dev'")),
             qint64(1));
    // The final waits on both semi-finals; once it has a result, they cannot be taken back.
    view = m_desk->view(*id);
    const int final = venue::readyMatches(view->draw).front();
    const venue::BracketMatch &finalMatch = view->draw.matches.at(size_t(final));
    QVERIFY(m_desk->recordResult(*id, final, *finalMatch.entrantB, 1, 2, kDesk));
    QCOMPARE(m_desk->view(*id)->tournament.state, TournamentState::Finished);
    QVERIFY(!m_desk->takeBack(*id, ready.front(), kReferee));
    // Taken back in order: the final, then a semi-final, by the referee; running again.
    const Result<void> finalBack = m_desk->takeBack(*id, final, kReferee);
    QVERIFY2(finalBack, qPrintable(errorOf(finalBack)));
    QCOMPARE(m_desk->view(*id)->tournament.state, TournamentState::Running);
    const Result<void> semiBack = m_desk->takeBack(*id, ready.front(), kReferee);
    QVERIFY2(semiBack, qPrintable(errorOf(semiBack)));
    view = m_desk->view(*id);
    QCOMPARE(view->results.size(), size_t(1));
    QVERIFY(!view->draw.matches.at(size_t(ready.front())).decided);
    // The taken-back rows stay, for the audit.
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM tournament_results WHERE "
                                                   "taken_back_by = 'staff:Rita'")),
             qint64(2));
}

void tst_TournamentDesk::anotherDeskInBetweenIsRefused()
{
    const Result<qint64> id = m_desk->create(nineBallDouble(QStringLiteral("Two desks")), kDesk);
    QVERIFY(id);
    enterPlayers(*id, 4);
    QVERIFY(m_desk->start(*id, {}, kDesk));
    const Result<TournamentView> view = m_desk->view(*id);
    const std::vector<int> ready = venue::readyMatches(view->draw);
    QVERIFY(m_desk->recordResult(*id, ready[0], *view->draw.matches[size_t(ready[0])].entrantA, 2,
                                 0, kDesk));
    // A desk that read the draw before that result cannot record on top of it.
    storage::TournamentResultRecord stale;
    stale.tournamentId = *id;
    stale.drawMatch = ready[1];
    stale.winnerSeed = *view->draw.matches[size_t(ready[1])].entrantA + 1;
    stale.racksA = 2;
    const Result<qint64> refused
        = storage::TournamentRepository(*m_database).addResult(stale, 0, false, kDesk.auditName());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("another desk")), qPrintable(refused.error()));
}

void tst_TournamentDesk::payouts_data()
{
    QTest::addColumn<QList<int>>("places"); // a place per standing, its size the next column
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<QList<int>>("percents");
    QTest::addColumn<qint64>("purse");
    QTest::addColumn<QList<qint64>>("expected"); // by entrant, in the standings' order

    QTest::newRow("three paid places")
        << QList<int>{1, 2, 3} << QList<int>{1, 1, 1} << QList<int>{50, 30, 20} << qint64(10000)
        << QList<qint64>{5000, 3000, 2000};
    QTest::newRow("third shared: 3rd and 4th money split")
        << QList<int>{1, 2, 3} << QList<int>{1, 1, 2} << QList<int>{40, 30, 20, 10} << qint64(10000)
        << QList<qint64>{4000, 3000, 1500, 1500};
    QTest::newRow("odd cents to the better seed")
        << QList<int>{1, 2} << QList<int>{1, 3} << QList<int>{50, 50} << qint64(1001)
        << QList<qint64>{500, 167, 167, 166};
    QTest::newRow("places beyond the table get nothing")
        << QList<int>{1, 2, 3} << QList<int>{1, 1, 1} << QList<int>{100} << qint64(777)
        << QList<qint64>{777, 0, 0};
}

void tst_TournamentDesk::payouts()
{
    QFETCH(QList<int>, places);
    QFETCH(QList<int>, sizes);
    QFETCH(QList<int>, percents);
    QFETCH(qint64, purse);
    QFETCH(QList<qint64>, expected);
    std::vector<venue::Standing> standings;
    int entrant = 0;
    for (qsizetype index = 0; index < places.size(); ++index) {
        venue::Standing standing;
        standing.place = places[index];
        for (int n = 0; n < sizes[index]; ++n)
            standing.entrants.push_back(entrant++);
        standings.push_back(standing);
    }
    const auto paid = venue::payoutsOf(standings, {percents.begin(), percents.end()}, purse);
    for (int index = 0; index < entrant; ++index) {
        const auto found = paid.find(index);
        QCOMPARE(found == paid.end() ? qint64(0) : found->second, expected.value(index));
    }
}

QTEST_GUILESS_MAIN(tst_TournamentDesk)
#include "tst_tournamentdesk.moc"
