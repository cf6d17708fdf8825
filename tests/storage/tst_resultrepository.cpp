// Results entered by hand and the racks the ratings count, on both backends: a result added,
// voided and corrected, each audited; refusals; the referee's matches summed up from their
// racks (only racks with a winner, finished or not) beside the results, by game and up to a
// day of the venue.
#include "venuedatabase.h"

#include <storage/database.h>
#include <storage/matchrepository.h>
#include <storage/resultrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::jsonOf;

namespace {

const QString kDesk = QStringLiteral("staff:Ana");
const QString kNine = QStringLiteral("nine-ball");
const QString kEight = QStringLiteral("eight-ball");

} // namespace

class tst_ResultRepository : public QObject, private testsupport::VenueDatabase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aResultIsEnteredAndAudited();
    void badResultsAreRefused_data();
    void badResultsAreRefused();
    void aVoidedResultNoLongerCounts();
    void aCorrectionVoidsAndAdds();
    void refereeMatchesAreSummedUp();
    void racksForRatings_data();
    void racksForRatings();

private:
    ResultRecord resultOf(qint64 a, qint64 b, int racksA, int racksB, const QDate &day,
                          const QString &game = kNine) const;
    // A referee's match at `tableId`: each of `rackWinners` ends a rack ("" a rack ended with
    // no winner), the last rack left open when `open`; finished with `winner` when given.
    qint64 playMatch(qint64 tableId, const QString &game, const std::array<QString, 2> &players,
                     const QDateTime &startedAt, const QStringList &rackWinners, bool open,
                     const std::optional<QString> &winner = std::nullopt);

    std::unique_ptr<ResultRepository> m_results;
    qint64 m_tableId = 0;
    qint64 m_secondTableId = 0;
    qint64 m_otherTableId = 0; // at another venue
    qint64 m_ana = 0;
    qint64 m_ben = 0;
    qint64 m_cleo = 0;
    qint64 m_stranger = 0; // of another venue
};

void tst_ResultRepository::initTestCase()
{
    const Result<void> started = m_databases.startAndLog();
    QVERIFY2(started, qPrintable(errorOf(started)));
}

void tst_ResultRepository::init()
{
    const Result<void> opened = openFreshDatabase();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_results = std::make_unique<ResultRepository>(*m_database);
    VenueRepository venues(*m_database);
    VenueRecord venue;
    venue.name = QStringLiteral("Corner Pocket");
    venue.timeZone = QStringLiteral("Europe/Berlin");
    TableRecord table;
    table.name = QStringLiteral("Table 1");
    table.status = QStringLiteral("free");
    TableRecord second = table;
    second.name = QStringLiteral("Table 2");
    const Result<qint64> venueId = venues.createVenue(venue, {table, second}, kDesk);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    venue.name = QStringLiteral("Side Pocket");
    const Result<qint64> other = venues.createVenue(venue, {table}, kDesk);
    QVERIFY2(other, qPrintable(errorOf(other)));
    const Result<std::vector<TableRecord>> tables = venues.tables(m_venueId);
    QVERIFY2(tables, qPrintable(errorOf(tables)));
    m_tableId = tables->front().id;
    m_secondTableId = tables->back().id;
    const Result<std::vector<TableRecord>> otherTables = venues.tables(*other);
    QVERIFY2(otherTables, qPrintable(errorOf(otherTables)));
    m_otherTableId = otherTables->front().id;
    const auto player = [&](qint64 venueId, const QString &name) {
        PlayerRecord record;
        record.homeVenueId = venueId;
        record.name = name;
        return venues.addPlayer(record).value_or(0);
    };
    m_ana = player(m_venueId, QStringLiteral("Ana"));
    m_ben = player(m_venueId, QStringLiteral("Ben"));
    m_cleo = player(m_venueId, QStringLiteral("Cleo"));
    m_stranger = player(*other, QStringLiteral("Dan"));
    QVERIFY(m_ana > 0 && m_ben > 0 && m_cleo > 0 && m_stranger > 0);
}

void tst_ResultRepository::cleanup()
{
    m_results.reset();
    m_database.reset();
}

ResultRecord tst_ResultRepository::resultOf(qint64 a, qint64 b, int racksA, int racksB,
                                            const QDate &day, const QString &game) const
{
    ResultRecord result;
    result.venueId = m_venueId;
    result.playedOn = day;
    result.game = game;
    result.playerA = a;
    result.playerB = b;
    result.racksA = racksA;
    result.racksB = racksB;
    return result;
}

qint64 tst_ResultRepository::playMatch(qint64 tableId, const QString &game,
                                       const std::array<QString, 2> &players,
                                       const QDateTime &startedAt, const QStringList &rackWinners,
                                       bool open, const std::optional<QString> &winner)
{
    MatchRepository matches(*m_database);
    MatchRecord match;
    match.tableId = tableId;
    match.game = game;
    match.players = players;
    match.startedAt = startedAt;
    RackRecord first;
    first.number = 1;
    first.breaker = players[0];
    first.startedAt = startedAt;
    const Result<qint64> id = matches.createMatch(match, first);
    if (!id) {
        qWarning("%s", qPrintable(id.error()));
        return 0;
    }
    int number = 0;
    for (const QString &rackWinner : rackWinners) {
        ++number;
        MatchStepRecord step;
        step.matchId = *id;
        step.number = number;
        step.rackNumber = number;
        step.kind = QStringLiteral("shot");
        step.actor = QStringLiteral("tracker");
        step.at = startedAt.addSecs(600 * number);
        MatchStepEffects effects;
        effects.endedRack = RackRecord{0, 0, number, {}, rackWinner, {}, {}};
        const bool last = number == rackWinners.size();
        if (!last || open)
            effects.startedRack = RackRecord{0, 0, number + 1, players[number % 2], {}, {}, {}};
        if (last && winner && !winner->isEmpty()) {
            effects.result = MatchStepEffects::Result::Finished;
            effects.winner = *winner;
        }
        if (Result<void> appended = matches.appendStep(step, effects); !appended) {
            qWarning("%s", qPrintable(appended.error()));
            return 0;
        }
    }
    if (winner && winner->isEmpty()) { // abandoned
        if (Result<void> finished = matches.finishMatch(*id, QString(), kDesk); !finished)
            qWarning("%s", qPrintable(finished.error()));
    }
    return *id;
}

void tst_ResultRepository::aResultIsEnteredAndAudited()
{
    const size_t before = audit().size();
    const Result<qint64> id
        = m_results->add(resultOf(m_ana, m_ben, 5, 3, QDate(2026, 4, 10)), kDesk);
    QVERIFY2(id, qPrintable(errorOf(id)));
    const Result<ResultRecord> read = m_results->result(*id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->venueId, m_venueId);
    QCOMPARE(read->playedOn, QDate(2026, 4, 10));
    QCOMPARE(read->game, kNine);
    QCOMPARE(read->playerA, m_ana);
    QCOMPARE(read->playerB, m_ben);
    QCOMPARE(read->racksA, 5);
    QCOMPARE(read->racksB, 3);
    QCOMPARE(read->source, QStringLiteral("hand"));
    QCOMPARE(read->enteredBy, kDesk);
    QVERIFY(read->enteredAt.isValid());
    QVERIFY(!read->voidedAt.isValid());
    QCOMPARE(read->nameA, QStringLiteral("Ana"));
    QCOMPARE(read->nameB, QStringLiteral("Ben"));

    const std::vector<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), before + 1);
    QCOMPARE(entries.back().action, QStringLiteral("result.entered"));
    QCOMPARE(entries.back().actor, kDesk);
    QCOMPARE(entries.back().subject, QStringLiteral("result:%1").arg(*id));
    const QJsonObject details = jsonOf(entries.back().details);
    QCOMPARE(details.value(QStringLiteral("playerA")).toInteger(), m_ana);
    QCOMPARE(details.value(QStringLiteral("racksA")).toInt(), 5);
    QCOMPARE(details.value(QStringLiteral("racksB")).toInt(), 3);
    QCOMPARE(details.value(QStringLiteral("playedOn")).toString(), QStringLiteral("2026-04-10"));
}

void tst_ResultRepository::badResultsAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("the same player twice") << "same"
                                           << "two different players";
    QTest::newRow("negative racks") << "negative"
                                    << "cannot be negative";
    QTest::newRow("no rack played") << "none"
                                    << "at least one rack";
    QTest::newRow("no game") << "game"
                             << "the game played";
    QTest::newRow("no day") << "day"
                            << "the day it was played";
    QTest::newRow("a player of another venue") << "stranger"
                                               << "is not a player of venue";
    QTest::newRow("an unknown source") << "source"
                                       << "not \"league\"";
}

void tst_ResultRepository::badResultsAreRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    ResultRecord result = resultOf(m_ana, m_ben, 2, 1, QDate(2026, 4, 10));
    if (change == u"same")
        result.playerB = m_ana;
    else if (change == u"negative")
        result.racksB = -1;
    else if (change == u"none")
        result.racksA = result.racksB = 0;
    else if (change == u"game")
        result.game.clear();
    else if (change == u"day")
        result.playedOn = QDate();
    else if (change == u"stranger")
        result.playerB = m_stranger;
    else if (change == u"source")
        result.source = QStringLiteral("league");
    const size_t before = audit().size();
    const Result<qint64> id = m_results->add(result, kDesk);
    QVERIFY(!id);
    QVERIFY2(id.error().contains(reason), qPrintable(id.error()));
    QCOMPARE(audit().size(), before);
    const Result<std::vector<ResultRecord>> results = m_results->results(m_venueId);
    QVERIFY2(results, qPrintable(errorOf(results)));
    QVERIFY(results->empty());
}

void tst_ResultRepository::aVoidedResultNoLongerCounts()
{
    const Result<qint64> id
        = m_results->add(resultOf(m_ana, m_ben, 5, 3, QDate(2026, 4, 10)), kDesk);
    QVERIFY2(id, qPrintable(errorOf(id)));
    const QString referee = QStringLiteral("staff:Rui");
    const Result<void> voided = m_results->voidResult(*id, referee, QStringLiteral("wrong table"));
    QVERIFY2(voided, qPrintable(errorOf(voided)));
    const Result<ResultRecord> read = m_results->result(*id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QVERIFY(read->voidedAt.isValid());
    QCOMPARE(read->voidedBy, referee);
    const Result<std::vector<ResultRecord>> results = m_results->results(m_venueId);
    QVERIFY2(results, qPrintable(errorOf(results)));
    QVERIFY(results->empty());
    const Result<std::vector<RackTally>> racks = m_results->racksForRatings(m_venueId);
    QVERIFY2(racks, qPrintable(errorOf(racks)));
    QVERIFY(racks->empty());
    const std::vector<AuditEntry> entries = audit();
    QCOMPARE(entries.back().action, QStringLiteral("result.voided"));
    QCOMPARE(entries.back().actor, referee);
    QCOMPARE(entries.back().subject, QStringLiteral("result:%1").arg(*id));
    QCOMPARE(entries.back().details, QStringLiteral("wrong table"));

    const size_t before = entries.size();
    const Result<void> twice = m_results->voidResult(*id, referee);
    QVERIFY(!twice);
    QVERIFY2(twice.error().contains(QStringLiteral("void already")), qPrintable(twice.error()));
    const Result<void> unknown = m_results->voidResult(*id + 100, referee);
    QVERIFY(!unknown);
    QCOMPARE(audit().size(), before);
}

void tst_ResultRepository::aCorrectionVoidsAndAdds()
{
    const Result<qint64> id
        = m_results->add(resultOf(m_ana, m_ben, 5, 3, QDate(2026, 4, 10)), kDesk);
    QVERIFY2(id, qPrintable(errorOf(id)));
    const Result<qint64> corrected = m_results->correct(
        *id, resultOf(m_ana, m_ben, 5, 4, QDate(2026, 4, 10)), kDesk, QStringLiteral("5-4"));
    QVERIFY2(corrected, qPrintable(errorOf(corrected)));
    QVERIFY(*corrected != *id);
    const Result<std::vector<ResultRecord>> results = m_results->results(m_venueId);
    QVERIFY2(results, qPrintable(errorOf(results)));
    QCOMPARE(results->size(), size_t(1));
    QCOMPARE(results->front().id, *corrected);
    QCOMPARE(results->front().racksB, 4);
    const std::vector<AuditEntry> entries = audit();
    QCOMPARE(entries[entries.size() - 2].action, QStringLiteral("result.voided"));
    QCOMPARE(entries.back().action, QStringLiteral("result.entered"));

    // A correction that is refused leaves the first result counting.
    const size_t before = entries.size();
    const Result<qint64> refused
        = m_results->correct(*corrected, resultOf(m_ana, m_ana, 5, 4, QDate(2026, 4, 10)), kDesk);
    QVERIFY(!refused);
    const Result<ResultRecord> still = m_results->result(*corrected);
    QVERIFY2(still, qPrintable(errorOf(still)));
    QVERIFY(!still->voidedAt.isValid());
    QCOMPARE(audit().size(), before);
}

void tst_ResultRepository::refereeMatchesAreSummedUp()
{
    const QDateTime start(QDate(2026, 4, 10), QTime(18, 0), Qt::UTC);
    const QString ana = QStringLiteral("Ana");
    const QString ben = QStringLiteral("Ben");
    // Ana 2, Ben 1, one rack re-racked with no winner; finished, won by Ana.
    const qint64 finished
        = playMatch(m_tableId, kNine, {ana, ben}, start, {ana, QString(), ben, ana}, false, ana);
    // Still played: Ben won the first, the second is on.
    const qint64 playing
        = playMatch(m_tableId, kEight, {ben, ana}, start.addSecs(7200), {ben}, true);
    // At another venue's table: not this venue's.
    const qint64 elsewhere = playMatch(m_otherTableId, kNine, {ana, ben}, start, {ana}, true);
    QVERIFY(finished > 0 && playing > 0 && elsewhere > 0);

    const Result<std::vector<PlayedMatchRecord>> matches = m_results->playedMatches(m_venueId);
    QVERIFY2(matches, qPrintable(errorOf(matches)));
    QCOMPARE(matches->size(), size_t(2));
    QCOMPARE(matches->at(0).matchId, finished);
    QCOMPARE(matches->at(0).tableName, QStringLiteral("Table 1"));
    QCOMPARE(matches->at(0).racksWon, (std::array<int, 2>{2, 1}));
    QCOMPARE(matches->at(0).winner, ana);
    QVERIFY(matches->at(0).finishedAt.isValid());
    QCOMPARE(matches->at(1).matchId, playing);
    QCOMPARE(matches->at(1).racksWon, (std::array<int, 2>{1, 0}));
    QVERIFY(!matches->at(1).finishedAt.isValid());
}

void tst_ResultRepository::racksForRatings_data()
{
    QTest::addColumn<QString>("game");
    QTest::addColumn<QDate>("until");
    // Each row: "A-B racksA:racksB source", oldest first.
    QTest::addColumn<QStringList>("expected");
    const QStringList all{QStringLiteral("Ana-Ben 2:1 match"), QStringLiteral("Ben-Ana 1:0 match"),
                          QStringLiteral("Ana-Cleo 3:5 hand"), QStringLiteral("Cleo-Ben 4:4 hand"),
                          QStringLiteral("Ben-Cleo 7:2 match")};
    QTest::newRow("every game, every day") << QString() << QDate() << all;
    QTest::newRow("9-ball") << kNine << QDate() << QStringList{all[0], all[2], all[3], all[4]};
    QTest::newRow("8-ball") << kEight << QDate() << QStringList{all[1]};
    // The match started at 23:30 UTC on the 11th is the 12th in Berlin.
    QTest::newRow("until the 11th")
        << QString() << QDate(2026, 4, 11) << QStringList{all[0], all[1], all[2], all[3]};
    QTest::newRow("until the 10th")
        << QString() << QDate(2026, 4, 10) << QStringList{all[0], all[1]};
    QTest::newRow("before anything") << QString() << QDate(2026, 4, 9) << QStringList{};
}

void tst_ResultRepository::racksForRatings()
{
    QFETCH(QString, game);
    QFETCH(QDate, until);
    QFETCH(QStringList, expected);
    const QString ana = QStringLiteral("Ana");
    const QString ben = QStringLiteral("Ben");
    const QString cleo = QStringLiteral("Cleo");
    const QDateTime tenth(QDate(2026, 4, 10), QTime(18, 0), Qt::UTC);
    QVERIFY(playMatch(m_tableId, kNine, {ana, ben}, tenth, {ana, QString(), ben, ana}, false, ana));
    QVERIFY(playMatch(m_secondTableId, kEight, {ben, ana}, tenth.addSecs(3600), {ben}, true));
    // No rack won yet: nothing to count.
    QVERIFY(playMatch(m_tableId, kNine, {ana, cleo}, tenth.addSecs(7200), {}, true, QString()));
    // Abandoned after two racks without a winner: nothing to count either.
    QVERIFY(playMatch(m_tableId, kNine, {ana, cleo}, tenth.addSecs(9000), {QString(), QString()},
                      false, QString()));
    QVERIFY(playMatch(m_tableId, kNine, {ben, cleo},
                      QDateTime(QDate(2026, 4, 11), QTime(23, 30), Qt::UTC),
                      {ben, ben, cleo, ben, ben, ben, cleo, ben, ben}, false, ben));
    QVERIFY(playMatch(m_otherTableId, kNine, {ana, ben}, tenth, {ana}, true));
    QVERIFY2(m_results->add(resultOf(m_ana, m_cleo, 3, 5, QDate(2026, 4, 11)), kDesk),
             "Ana v Cleo");
    QVERIFY2(m_results->add(resultOf(m_cleo, m_ben, 4, 4, QDate(2026, 4, 11)), kDesk),
             "Cleo v Ben");
    const Result<qint64> voided
        = m_results->add(resultOf(m_ben, m_ana, 9, 0, QDate(2026, 4, 10)), kDesk);
    QVERIFY2(voided, qPrintable(errorOf(voided)));
    QVERIFY(m_results->voidResult(*voided, kDesk));

    const Result<std::vector<RackTally>> racks = m_results->racksForRatings(m_venueId, game, until);
    QVERIFY2(racks, qPrintable(errorOf(racks)));
    QStringList rows;
    for (const RackTally &tally : *racks) {
        rows << QStringLiteral("%1-%2 %3:%4 %5")
                    .arg(tally.nameA, tally.nameB)
                    .arg(tally.racksA)
                    .arg(tally.racksB)
                    .arg(tally.isHandResult() ? QStringLiteral("hand") : QStringLiteral("match"));
        QCOMPARE(tally.isHandResult(), tally.playerA != 0);
        QCOMPARE(tally.matchId.has_value(), !tally.isHandResult());
        QCOMPARE(tally.at.isValid(), !tally.isHandResult());
        QVERIFY(tally.playedOn.isValid());
    }
    QCOMPARE(rows, expected);
}

QTEST_GUILESS_MAIN(tst_ResultRepository)

#include "tst_resultrepository.moc"
