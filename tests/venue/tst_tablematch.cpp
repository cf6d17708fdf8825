#include "playerprocess.h"
#include "tablescript.h"

#include <rules/correctionjson.h>
#include <rules/refusal.h>
#include <rules/rulingjson.h>
#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/matchrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>
#include <venue/tablematch.h>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace dojo;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;
using dojo::venue::StepFailure;
using dojo::venue::TableMatch;
using namespace dojo::venuetest;

using Played = dojo::Result<dojo::rules::Ruling, StepFailure>;
using Ruled = dojo::Result<dojo::rules::Ruling, dojo::rules::Refusal>;

namespace {

QJsonObject rulingJson(int step, const std::optional<rules::Ruling> &ruling)
{
    return ruling ? rules::rulingToJson(step, *ruling, kPlayers) : QJsonObject();
}

template<typename E> QJsonObject rulingJson(int step, const Result<rules::Ruling, E> &ruling)
{
    return ruling ? rules::rulingToJson(step, *ruling, kPlayers) : QJsonObject();
}

// Why a step at the table did not count, empty when it did.
QString failureOf(const Played &played)
{
    return played ? QString() : played.error().message;
}

QString refusalOf(const Ruled &ruled)
{
    return ruled ? QString() : rules::refusalText(ruled.error());
}

qint64 countRows(const storage::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString run(const storage::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) ? QString() : query.lastError().text();
}

ShotRecord shot(int firstContact, std::vector<PocketedBall> pocketed = {},
                std::vector<int> rails = {})
{
    ShotRecord record;
    record.firstContact = firstContact;
    record.pocketed = std::move(pocketed);
    record.rails = std::move(rails);
    return record;
}

// A legal nine-ball break that pockets the 2: the breaker stays at the table.
ShotRecord breakPocketingTwo()
{
    ShotRecord record = shot(1, {{2, PocketId::FootLeft}}, {3, 4, 5, 6});
    record.isBreak = true;
    return record;
}

// Statements that make every UPDATE of `table` fail, named refuse_update.
QStringList refusingTrigger(bool postgres, const QString &table)
{
    if (!postgres) {
        return {QStringLiteral("CREATE TRIGGER refuse_update BEFORE UPDATE ON ") + table
                + QStringLiteral(" BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")};
    }
    return {QStringLiteral("CREATE OR REPLACE FUNCTION refuse_update() RETURNS trigger "
                           "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the disk is full'; "
                           "END $$"),
            QStringLiteral("CREATE TRIGGER refuse_update BEFORE UPDATE ON ") + table
                + QStringLiteral(" FOR EACH ROW EXECUTE FUNCTION refuse_update()")};
}

// The one line a child process printed, waiting up to `timeoutMs`.
QByteArray readLineFrom(QProcess &process, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && timer.elapsed() < timeoutMs) {
        if (!process.waitForReadyRead(int(timeoutMs - timer.elapsed())))
            break;
    }
    return process.canReadLine() ? process.readLine().trimmed() : QByteArray();
}

enum class Sabotage {
    StepsTableGone,
    RackEndRefused,
    MatchEndRefused,
    ConnectionClosed,
    SessionTerminated
};
enum class Tamper { RulingChanged, StepMissing, InputUnreadable, NotJson, RefusedNow, NewerSetup };
enum class BadStep {
    ChoiceNotOffered,
    ShotWhileChoicePending,
    BallNotOnTable,
    NoActor,
    OverruleWithoutReason,
    CorrectionToAnotherGame,
    ShotAfterMatchWon
};
enum class Override { TurnToOpponent, RackAwarded, WonMatchReopened };

} // namespace

Q_DECLARE_METATYPE(Sabotage)
Q_DECLARE_METATYPE(Tamper)
Q_DECLARE_METATYPE(BadStep)
Q_DECLARE_METATYPE(Override)
Q_DECLARE_METATYPE(dojo::rules::Game)

class tst_TableMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void playsAndResumes_data();
    void playsAndResumes();
    void killedMidRackResumes_data();
    void killedMidRackResumes();
    void killedWhileWritingLeavesWholeSteps_data();
    void killedWhileWritingLeavesWholeSteps();
    void overruleIsStoredAndReplayed_data();
    void overruleIsStoredAndReplayed();
    void refusedStepWritesNothing_data();
    void refusedStepWritesNothing();
    void failedWriteLeavesMatchUnchanged_data();
    void failedWriteLeavesMatchUnchanged();
    void resumeRefusesChangedHistory_data();
    void resumeRefusesChangedHistory();
    void oneMatchAtATable();

private:
    bool reopen();
    QString databaseUrl() const;
    std::unique_ptr<TableMatch> startMatch(const rules::MatchSetup &setup);
    std::unique_ptr<TableMatch> resumeAtTable();

    ScratchDatabases m_databases;
    // Picks the moments the kill tests strike; logged, and DOJO_KILL_SEED=N replays a failure.
    quint32 m_killSeed = 0;
    std::optional<storage::DatabaseLocation> m_location;
    std::unique_ptr<storage::Database> m_database;
    qint64 m_tableId = 0;
};

void tst_TableMatch::initTestCase()
{
    bool given = false;
    m_killSeed = qEnvironmentVariable("DOJO_KILL_SEED").toUInt(&given);
    if (!given)
        m_killSeed = QRandomGenerator::global()->generate();
    qInfo("kill delays from seed %u (run with DOJO_KILL_SEED=%u to replay them)", m_killSeed,
          m_killSeed);
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error()));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_TableMatch::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(location ? QString() : location.error()));
    m_location = *location;
    QVERIFY(reopen());
    storage::VenueRepository venues(*m_database);
    const auto venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    storage::TableRecord table;
    table.venueId = *venueId;
    table.name = QStringLiteral("Table 1");
    table.status = QStringLiteral("free");
    const auto tableId = venues.addTable(table);
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    m_tableId = *tableId;
}

void tst_TableMatch::cleanup()
{
    m_database.reset();
}

bool tst_TableMatch::reopen()
{
    m_database.reset();
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(*m_location);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return false;
    }
    m_database = std::move(*opened);
    return true;
}

QString tst_TableMatch::databaseUrl() const
{
    if (m_databases.backend() == ScratchDatabases::Backend::PostgreSQL)
        return const_cast<ScratchDatabases &>(m_databases).server().url();
    return QStringLiteral("sqlite://") + QDir(m_location->sqlitePath).absolutePath();
}

std::unique_ptr<TableMatch> tst_TableMatch::startMatch(const rules::MatchSetup &setup)
{
    Result<std::unique_ptr<TableMatch>> started
        = TableMatch::start(*m_database, m_tableId, setup, kPlayers);
    if (!started) {
        qWarning("%s", qPrintable(started.error()));
        return nullptr;
    }
    return std::move(*started);
}

std::unique_ptr<TableMatch> tst_TableMatch::resumeAtTable()
{
    Result<std::unique_ptr<TableMatch>> resumed = TableMatch::resumeAt(*m_database, m_tableId);
    if (!resumed) {
        qWarning("resume: %s", qPrintable(resumed.error()));
        return nullptr;
    }
    return std::move(*resumed);
}

void tst_TableMatch::playsAndResumes_data()
{
    QTest::addColumn<rules::Game>("game");
    QTest::addColumn<int>("raceTo");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("resumeEvery");

    QTest::newRow("nine-ball race to 3, resumed every 9 steps")
        << rules::Game::NineBall << 3 << 1u << 9;
    QTest::newRow("nine-ball race to 2, resumed after every step")
        << rules::Game::NineBall << 2 << 2u << 1;
    QTest::newRow("ten-ball race to 2") << rules::Game::TenBall << 2 << 3u << 7;
    QTest::newRow("eight-ball race to 2") << rules::Game::EightBall << 2 << 4u << 11;
    QTest::newRow("straight-pool to 20") << rules::Game::StraightPool << 20 << 5u << 13;
}

void tst_TableMatch::playsAndResumes()
{
    QFETCH(rules::Game, game);
    QFETCH(int, raceTo);
    QFETCH(quint32, seed);
    QFETCH(int, resumeEvery);

    const rules::MatchSetup setup = setupFor(game, raceTo);
    std::unique_ptr<TableMatch> match = startMatch(setup);
    QVERIFY(match);
    const qint64 matchId = match->id();
    rules::Match expected(setup);
    std::optional<rules::Ruling> expectedRuling;
    rules::play::ScriptedPlay script(seed);
    int steps = 0;
    int resumes = 0;
    while (!expected.winner()) {
        QVERIFY2(steps < 3000, "the match does not end");
        const rules::Step step = script.next(expected);
        const Ruled ruled = expected.apply(step);
        QVERIFY2(ruled, qPrintable(refusalOf(ruled)));
        expectedRuling = *ruled;
        const Played played = play(*match, step);
        QVERIFY2(played, qPrintable(failureOf(played)));
        ++steps;
        QCOMPARE(rulingJson(steps, played), rulingJson(steps, expectedRuling));

        if (steps % resumeEvery == 0 && !expected.winner()) {
            // Closed as a program that ends would close it, then started again.
            match.reset();
            QVERIFY(reopen());
            match = resumeAtTable();
            QVERIFY(match);
            ++resumes;
            QCOMPARE(match->id(), matchId);
            QCOMPARE(match->stepCount(), steps);
            const QString difference = matchDifference(match->match(), expected);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            QCOMPARE(rulingJson(steps, match->lastRuling()), rulingJson(steps, expectedRuling));
        }
    }
    qInfo("%d steps in %d racks, resumed %d times", steps, expected.rackNumber(), resumes);
    QVERIFY(expected.rackNumber() >= (game == rules::Game::StraightPool ? 1 : raceTo));

    // Finished: no longer the table's match, but it can still be opened and reviewed.
    match.reset();
    QVERIFY(reopen());
    const Result<std::unique_ptr<TableMatch>> none = TableMatch::resumeAt(*m_database, m_tableId);
    QVERIFY2(none, qPrintable(errorOf(none)));
    QVERIFY(!*none);
    const Result<std::unique_ptr<TableMatch>> review = TableMatch::resume(*m_database, matchId);
    QVERIFY2(review, qPrintable(errorOf(review)));
    const QString difference = matchDifference((*review)->match(), expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    storage::MatchRepository repository(*m_database);
    const auto record = repository.match(matchId);
    QVERIFY(record);
    QVERIFY(record->finishedAt.isValid());
    QCOMPARE(record->winner, kPlayers[size_t(*expected.winner())]);
    const std::vector<storage::RackRecord> racks = repository.racks(matchId).value();
    QCOMPARE(int(racks.size()), expected.rackNumber());
    std::array<int, 2> racksWon{};
    for (const storage::RackRecord &rack : racks) {
        QVERIFY2(rack.endedAt.isValid(), qPrintable(QString::number(rack.number)));
        for (rules::Seat seat : {0, 1})
            racksWon[size_t(seat)] += rack.winner == kPlayers[size_t(seat)] ? 1 : 0;
    }
    if (game != rules::Game::StraightPool)
        QCOMPARE(racksWon, expected.score());
    QCOMPARE(int(repository.steps(matchId)->size()), steps);
}

void tst_TableMatch::killedMidRackResumes_data()
{
    QTest::addColumn<QString>("game");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");

    QTest::newRow("nine-ball, after the break") << QStringLiteral("nine-ball") << 21u << 1;
    QTest::newRow("nine-ball, mid-rack after 7 steps") << QStringLiteral("nine-ball") << 22u << 7;
    QTest::newRow("eight-ball, a few racks in") << QStringLiteral("eight-ball") << 23u << 60;
    QTest::newRow("straight-pool, 40 steps") << QStringLiteral("straight-pool") << 24u << 40;
}

void tst_TableMatch::killedMidRackResumes()
{
    QFETCH(QString, game);
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    const rules::MatchSetup setup = setupFor(*rules::gameFromKey(game), 0);
    // Mid-rack: the first seed from the row's on whose steps leave a rack under way.
    while (scriptedRun(setup, seed, steps).match.rack().breakDue)
        ++seed;

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--play-and-wait"), databaseUrl(), QString::number(m_tableId),
                 QString::number(seed), game, QString::number(steps)});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    const QByteArray line = readLineFrom(child, 60000);
    QVERIFY2(line.startsWith("ready "), line.constData());

    QElapsedTimer timer;
    timer.start();
    child.kill(); // SIGKILL: no destructor, no rollback, no close runs in the child
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(reopen());
    std::unique_ptr<TableMatch> match = resumeAtTable();
    QVERIFY(match);
    const qint64 resumedMs = timer.elapsed();
    QCOMPARE(match->id(), line.mid(6).toLongLong());
    QCOMPARE(match->stepCount(), steps);

    ScriptedRun expected = scriptedRun(setup, seed, steps);
    const QString difference = matchDifference(match->match(), expected.match);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(rulingJson(steps, match->lastRuling()), rulingJson(steps, expected.lastRuling));
    QVERIFY(!match->match().rack().breakDue);
    qInfo("killed after %d steps, mid-rack %d (seed %u); reopened and resumed in %lld ms", steps,
          expected.match.rackNumber(), seed, resumedMs);

    // The match goes on from the last ruling: the next scripted step is ruled as it would
    // have been in the killed process.
    const rules::Step next = expected.script.next(expected.match);
    const Ruled nextExpected = expected.match.apply(next);
    const Played nextPlayed = play(*match, next);
    QVERIFY2(nextPlayed, qPrintable(failureOf(nextPlayed)));
    QCOMPARE(rulingJson(steps + 1, nextPlayed), rulingJson(steps + 1, nextExpected));
    storage::MatchRepository repository(*m_database);
    QCOMPARE(int(repository.steps(match->id())->size()), steps + 1);
}

void tst_TableMatch::killedWhileWritingLeavesWholeSteps_data()
{
    QTest::addColumn<QString>("game");
    QTest::addColumn<quint32>("seed");

    QTest::newRow("nine-ball, first kill") << QStringLiteral("nine-ball") << 31u;
    QTest::newRow("nine-ball, second kill") << QStringLiteral("nine-ball") << 32u;
    QTest::newRow("ten-ball") << QStringLiteral("ten-ball") << 33u;
    QTest::newRow("eight-ball") << QStringLiteral("eight-ball") << 34u;
}

void tst_TableMatch::killedWhileWritingLeavesWholeSteps()
{
    QFETCH(QString, game);
    QFETCH(quint32, seed);

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--play-until-killed"), databaseUrl(), QString::number(m_tableId),
                 QString::number(seed), game});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    const QByteArray line = readLineFrom(child, 60000);
    QVERIFY2(line.startsWith("playing "), line.constData());
    const int delayMs = QRandomGenerator(m_killSeed ^ seed).bounded(50, 600);
    QThread::msleep(ulong(delayMs));
    QVERIFY2(child.state() == QProcess::Running, child.readAll().constData());

    QElapsedTimer timer;
    timer.start();
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(reopen());
    std::unique_ptr<TableMatch> match = resumeAtTable();
    QVERIFY(match);
    const qint64 resumedMs = timer.elapsed();
    const int steps = match->stepCount();
    qInfo("killed %d ms into play, after %d whole steps; reopened and resumed in %lld ms", delayMs,
          steps, resumedMs);

    // Each stored step is whole: its ruling is there and numbered, the racks agree with it.
    storage::MatchRepository repository(*m_database);
    const std::vector<storage::MatchStepRecord> stored = repository.steps(match->id()).value();
    QCOMPARE(int(stored.size()), steps);
    for (int i = 0; i < steps; ++i) {
        QCOMPARE(stored[size_t(i)].number, i + 1);
        QCOMPARE(stored[size_t(i)].ruling.value(QLatin1String("step")).toInt(), i + 1);
        QVERIFY(stored[size_t(i)].ruling.contains(QLatin1String("turn")));
    }
    const std::vector<storage::RackRecord> racks = repository.racks(match->id()).value();
    QCOMPARE(int(racks.size()), match->match().rackNumber());
    for (const storage::RackRecord &rack : racks)
        QCOMPARE(rack.endedAt.isValid(), rack.number < match->match().rackNumber());

    const rules::MatchSetup setup = setupFor(*rules::gameFromKey(game), 0);
    const ScriptedRun expected = scriptedRun(setup, seed, steps);
    const QString difference = matchDifference(match->match(), expected.match);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(rulingJson(steps, match->lastRuling()), rulingJson(steps, expected.lastRuling));

    // And it plays on.
    rules::play::ScriptedPlay script(seed + 1000);
    for (int i = 0; i < 5; ++i) {
        const Played step = play(*match, script.next(match->match()));
        QVERIFY2(step, qPrintable(failureOf(step)));
    }
    QCOMPARE(int(repository.steps(match->id())->size()), steps + 5);
}

void tst_TableMatch::overruleIsStoredAndReplayed_data()
{
    QTest::addColumn<Override>("override");
    QTest::newRow("the table to the opponent with ball in hand") << Override::TurnToOpponent;
    QTest::newRow("the rack awarded to the shooter") << Override::RackAwarded;
    QTest::newRow("a won match played on") << Override::WonMatchReopened;
}

void tst_TableMatch::overruleIsStoredAndReplayed()
{
    QFETCH(Override, override);

    const rules::MatchSetup setup
        = setupFor(rules::Game::NineBall, override == Override::WonMatchReopened ? 1 : 3);
    std::unique_ptr<TableMatch> match = startMatch(setup);
    QVERIFY(match);
    rules::Match expected(setup);
    // The breaker pockets the 2, then misses the 1.
    std::vector<ShotRecord> shots = {breakPocketingTwo(), shot(1, {}, {0, 1})};
    if (override == Override::WonMatchReopened)
        shots.push_back(shot(1, {{9, PocketId::SideLeft}})); // Shane: the 9 on a combination
    rules::Correction correction{expected.rack(), expected.score()};
    for (const ShotRecord &record : shots) {
        correction = {expected.rack(), expected.score()};
        QVERIFY(expected.apply(record));
        const Played step = match->play(record, kTracker);
        QVERIFY2(step, qPrintable(failureOf(step)));
    }

    storage::MatchRepository repository(*m_database);
    switch (override) {
    case Override::TurnToOpponent:
        // The 1 was missed, but the referee saw a push shot: Shane gets ball in hand.
        correction = {expected.rack(), expected.score()};
        correction.rack.ballInHand = rules::BallInHand::Anywhere;
        correction.rack.foulsInARow = {1, 0};
        break;
    case Override::RackAwarded:
        // Shane's opponent conceded the rack.
        correction = {expected.rack(), expected.score()};
        correction.rack.over = true;
        correction.rack.winner = correction.rack.turn;
        break;
    case Override::WonMatchReopened:
        // The 9 was pocketed by a foul the camera missed: the table before the shot, to Efren.
        QVERIFY(repository.match(match->id())->finishedAt.isValid());
        correction.rack.turn = 0;
        correction.rack.ballInHand = rules::BallInHand::Anywhere;
        correction.rack.foulsInARow = {0, 1};
        break;
    }
    const rules::Seat correctedTurn = correction.rack.over ? rules::Seat(1) : correction.rack.turn;
    const Ruled expectedRuling = expected.apply(correction);
    QVERIFY(expectedRuling);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Played overruled = match->play(correction, kReferee, QStringLiteral(" ") + kReason);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(overruled, qPrintable(failureOf(overruled)));
    const int number = int(shots.size()) + 1;
    QCOMPARE(rulingJson(number, overruled), rulingJson(number, expectedRuling));

    // Who, when and why are stored with the step, and in the venue's audit log.
    const std::vector<storage::MatchStepRecord> stored = repository.steps(match->id()).value();
    QCOMPARE(int(stored.size()), number);
    const storage::MatchStepRecord &step = stored.back();
    QCOMPARE(step.kind, QStringLiteral("correction"));
    QCOMPARE(step.actor, kReferee);
    QCOMPARE(step.reason, kReason);
    QVERIFY2(step.at >= before.addMSecs(-1) && step.at <= after.addMSecs(1),
             qPrintable(step.at.toString(Qt::ISODateWithMs)));
    const Result<rules::Correction> input = rules::correctionFromJson(step.input, kPlayers);
    QVERIFY2(input, qPrintable(errorOf(input)));
    QVERIFY(input->rack == correction.rack);
    storage::AuditLog audit(*m_database);
    const std::vector<storage::AuditEntry> entries = audit.recent(1).value();
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries.front().action, QStringLiteral("match.correction"));
    QCOMPARE(entries.front().actor, kReferee);
    QCOMPARE(entries.front().subject, QStringLiteral("match:%1").arg(match->id()));
    QVERIFY(entries.front().details.contains(kReason));

    const auto record = repository.match(match->id());
    QVERIFY(record);
    QCOMPARE(record->finishedAt.isValid(), false);
    const std::vector<storage::RackRecord> racks = repository.racks(match->id()).value();
    QCOMPARE(int(racks.size()), expected.rackNumber());
    if (override == Override::RackAwarded) {
        QCOMPARE(racks.front().winner, kPlayers[1]);
        QVERIFY(racks.front().endedAt.isValid());
        QCOMPARE(racks.back().breaker, kPlayers[1]);
    }
    QVERIFY(!racks.back().endedAt.isValid());

    // The rack goes on from the corrected state.
    const int shotsBefore = match->match().statistics().player(correctedTurn).shots;
    const ShotRecord next = override == Override::RackAwarded ? breakPocketingTwo()
                                                              : shot(1, {{1, PocketId::FootRight}});
    const Ruled nextExpected = expected.apply(next);
    const Played nextPlayed = match->play(next, kTracker);
    QVERIFY2(nextPlayed, qPrintable(failureOf(nextPlayed)));
    QCOMPARE(rulingJson(number + 1, nextPlayed), rulingJson(number + 1, nextExpected));
    QCOMPARE(match->match().statistics().player(correctedTurn).shots, shotsBefore + 1);
    QCOMPARE(nextPlayed->turn, std::optional<rules::Seat>(correctedTurn));

    // Resuming replays the override.
    match.reset();
    QVERIFY(reopen());
    match = resumeAtTable();
    QVERIFY(match);
    const QString difference = matchDifference(match->match(), expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(rulingJson(number + 1, match->lastRuling()), rulingJson(number + 1, nextExpected));
}

void tst_TableMatch::refusedStepWritesNothing_data()
{
    QTest::addColumn<BadStep>("refusal");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a choice that was not offered")
        << BadStep::ChoiceNotOffered << QStringLiteral("rerack was not offered");
    QTest::newRow("a shot while a choice is pending")
        << BadStep::ShotWhileChoicePending << QStringLiteral("a choice is pending");
    QTest::newRow("a ball that is not on the table")
        << BadStep::BallNotOnTable << QStringLiteral("first_contact: ");
    QTest::newRow("no one reports the shot")
        << BadStep::NoActor << QStringLiteral("a step needs the name of who reports it");
    QTest::newRow("an override without a reason")
        << BadStep::OverruleWithoutReason << QStringLiteral("an override needs a reason");
    QTest::newRow("a correction to another game")
        << BadStep::CorrectionToAnotherGame << QStringLiteral("cannot change the game");
    QTest::newRow("a shot after the match is won")
        << BadStep::ShotAfterMatchWon << QStringLiteral("the match is over");
}

void tst_TableMatch::refusedStepWritesNothing()
{
    QFETCH(BadStep, refusal);
    QFETCH(QString, expected);

    std::unique_ptr<TableMatch> match
        = startMatch(setupFor(rules::Game::NineBall, refusal == BadStep::ShotAfterMatchWon));
    QVERIFY(match);
    if (refusal != BadStep::ChoiceNotOffered) {
        ShotRecord opening = breakPocketingTwo();
        if (refusal == BadStep::ShotAfterMatchWon)
            opening.pocketed.push_back({9, PocketId::HeadRight});
        QVERIFY(match->play(opening, kTracker));
    }
    if (refusal == BadStep::ShotWhileChoicePending) {
        ShotRecord pushOut = shot(1, {}, {});
        pushOut.pushOut = true;
        QVERIFY(match->play(pushOut, kTracker));
        QVERIFY(!match->match().rack().options.empty());
    }
    const rules::Match before = match->match();
    const std::optional<rules::Ruling> lastRuling = match->lastRuling();
    const int steps = match->stepCount();
    const qint64 auditEntries
        = countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    rules::Correction correction{before.rack(), before.score()};
    const Played step = [&]() -> Played {
        switch (refusal) {
        case BadStep::ChoiceNotOffered: return match->play(rules::Choice::Rerack, kReferee);
        case BadStep::ShotWhileChoicePending: return match->play(shot(1), kTracker);
        case BadStep::BallNotOnTable: return match->play(shot(2), kTracker);
        case BadStep::NoActor: return match->play(shot(1), QStringLiteral(" "));
        case BadStep::OverruleWithoutReason:
            return match->play(correction, kReferee, QStringLiteral("  "));
        case BadStep::CorrectionToAnotherGame:
            correction.rack.game = rules::Game::EightBall;
            return match->play(correction, kReferee, kReason);
        case BadStep::ShotAfterMatchWon: return match->play(shot(1), kTracker);
        }
        return match->play(shot(1), QString());
    }();
    QVERIFY(!step);
    QCOMPARE(step.error().kind, StepFailure::Kind::Refused);
    QVERIFY2(step.error().message.contains(expected), qPrintable(step.error().message));
    // A refusal by the rules carries its code; one for a missing actor or reason has none.
    const bool byTheRules
        = refusal != BadStep::NoActor && refusal != BadStep::OverruleWithoutReason;
    QCOMPARE(step.error().refusal.has_value(), byTheRules);

    QCOMPARE(match->stepCount(), steps);
    const QString difference = matchDifference(match->match(), before);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(rulingJson(steps, match->lastRuling()), rulingJson(steps, lastRuling));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM match_steps")),
             qint64(steps));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log")),
             auditEntries);
}

void tst_TableMatch::failedWriteLeavesMatchUnchanged_data()
{
    QTest::addColumn<Sabotage>("sabotage");
    QTest::newRow("the steps table is gone") << Sabotage::StepsTableGone;
    QTest::newRow("ending the rack fails after the step is written") << Sabotage::RackEndRefused;
    QTest::newRow("finishing the match fails as the last write") << Sabotage::MatchEndRefused;
    QTest::newRow("the connection is closed") << Sabotage::ConnectionClosed;
    QTest::newRow("the server ends the session") << Sabotage::SessionTerminated;
}

void tst_TableMatch::failedWriteLeavesMatchUnchanged()
{
    QFETCH(Sabotage, sabotage);
    const bool postgres = m_databases.backend() == ScratchDatabases::Backend::PostgreSQL;
    if (sabotage == Sabotage::SessionTerminated && !postgres)
        QSKIP("an SQLite file has no server session");

    std::unique_ptr<TableMatch> match = startMatch(
        setupFor(rules::Game::NineBall, sabotage == Sabotage::MatchEndRefused ? 1 : 5));
    QVERIFY(match);
    QVERIFY(match->play(breakPocketingTwo(), kTracker));
    // The 9 on a combination wins the rack (and a race to 1); other rows just pocket the 1.
    const bool winning
        = sabotage == Sabotage::RackEndRefused || sabotage == Sabotage::MatchEndRefused;
    const ShotRecord next
        = winning ? shot(1, {{9, PocketId::FootLeft}}) : shot(1, {{1, PocketId::FootLeft}});

    const rules::Match before = match->match();
    const std::optional<rules::Ruling> lastRuling = match->lastRuling();
    QString undo;
    switch (sabotage) {
    case Sabotage::StepsTableGone:
        QCOMPARE(run(*m_database, QStringLiteral("ALTER TABLE match_steps RENAME TO away")),
                 QString());
        undo = QStringLiteral("ALTER TABLE away RENAME TO match_steps");
        break;
    case Sabotage::RackEndRefused:
    case Sabotage::MatchEndRefused: {
        // A write that fails late in the step's transaction, as a full disk would.
        const QString table = sabotage == Sabotage::RackEndRefused ? QStringLiteral("racks")
                                                                   : QStringLiteral("matches");
        for (const QString &statement : refusingTrigger(postgres, table))
            QCOMPARE(run(*m_database, statement), QString());
        undo = postgres ? QStringLiteral("DROP TRIGGER refuse_update ON ") + table
                        : QStringLiteral("DROP TRIGGER refuse_update");
        break;
    }
    case Sabotage::ConnectionClosed: m_database->connection().close(); break;
    case Sabotage::SessionTerminated: {
        Result<std::unique_ptr<storage::Database>> other = storage::Database::open(*m_location);
        QVERIFY2(other, qPrintable(errorOf(other)));
        QSqlQuery pid(m_database->connection());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        QCOMPARE(
            run(**other,
                QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toLongLong())),
            QString());
        break;
    }
    }

    const Played failed = match->play(next, kTracker);
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, StepFailure::Kind::NotStored);
    QVERIFY(!failed.error().message.isEmpty());
    qInfo("%s", qPrintable(failed.error().message));
    QCOMPARE(match->stepCount(), 1);
    const QString difference = matchDifference(match->match(), before);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(rulingJson(1, match->lastRuling()), rulingJson(1, lastRuling));

    // Put the database right: nothing of the failed step is in it, and the step can be retried.
    if (!undo.isEmpty()) {
        QCOMPARE(run(*m_database, undo), QString());
    } else {
        QSqlDatabase db = m_database->connection();
        db.close();
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        if (!postgres)
            QCOMPARE(run(*m_database, QStringLiteral("PRAGMA foreign_keys = ON")), QString());
    }
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM match_steps")), qint64(1));
    QCOMPARE(countRows(*m_database,
                       QStringLiteral("SELECT COUNT(*) FROM racks WHERE ended_at IS NOT NULL")),
             qint64(0));
    QCOMPARE(
        countRows(*m_database,
                  QStringLiteral("SELECT COUNT(*) FROM matches WHERE finished_at IS NOT NULL")),
        qint64(0));
    const Played retried = match->play(next, kTracker);
    QVERIFY2(retried, qPrintable(failureOf(retried)));
    const rules::Match afterRetry = match->match();
    const qint64 matchId = match->id();
    match.reset();
    QVERIFY(reopen());
    const Result<std::unique_ptr<TableMatch>> resumed = TableMatch::resume(*m_database, matchId);
    QVERIFY2(resumed, qPrintable(errorOf(resumed)));
    const QString resumedDifference = matchDifference((*resumed)->match(), afterRetry);
    QVERIFY2(resumedDifference.isEmpty(), qPrintable(resumedDifference));
}

void tst_TableMatch::resumeRefusesChangedHistory_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("a ruling the rules no longer give")
        << Tamper::RulingChanged
        << QStringList{QStringLiteral("step 2 (shot in rack 1) is ruled differently now"),
                       QStringLiteral("turn: stored \"Shane\", now \"Efren\"")};
    QTest::newRow("a step that is missing")
        << Tamper::StepMissing << QStringList{QStringLiteral("step 3 is missing")};
    QTest::newRow("input that cannot be read")
        << Tamper::InputUnreadable
        << QStringList{QStringLiteral("step 2 (shot in rack 1) cannot be read: pocketed[0].ball")};
    QTest::newRow("a ruling that is not JSON")
        << Tamper::NotJson
        << QStringList{QStringLiteral("the column ruling does not hold a JSON object")};
    QTest::newRow("a step the rules now refuse")
        << Tamper::RefusedNow
        << QStringList{QStringLiteral("step 2 (decision in rack 1) is refused by the rules now"),
                       QStringLiteral("rerack was not offered")};
    QTest::newRow("a setup from a newer DojoPool")
        << Tamper::NewerSetup
        << QStringList{QStringLiteral("options.golden_break: unknown option")};
}

void tst_TableMatch::resumeRefusesChangedHistory()
{
    QFETCH(Tamper, tamper);
    QFETCH(QStringList, expected);

    std::unique_ptr<TableMatch> match = startMatch(setupFor(rules::Game::NineBall, 3));
    QVERIFY(match);
    const qint64 matchId = match->id();
    // Efren breaks and runs the 1, then misses the 3: Shane to shoot.
    for (const ShotRecord &record : {breakPocketingTwo(), shot(1, {{1, PocketId::SideLeft}}),
                                     shot(3, {}, {0, 3}), shot(3, {{3, PocketId::FootLeft}})})
        QVERIFY(match->play(record, kTracker));
    match.reset();

    const QString where = QStringLiteral(" WHERE match_id = %1 AND number = %2").arg(matchId);
    QString sql;
    switch (tamper) {
    case Tamper::RulingChanged: {
        // Step 2 pocketed the 1, so Efren stayed at the table; the stored ruling says Shane.
        storage::MatchRepository repository(*m_database);
        QJsonObject ruling = repository.steps(matchId)->at(1).ruling;
        ruling.insert(QStringLiteral("turn"), kPlayers[1]);
        QSqlQuery update(m_database->connection());
        update.prepare(QStringLiteral("UPDATE match_steps SET ruling = ?") + where.arg(2));
        update.addBindValue(
            QString::fromUtf8(QJsonDocument(ruling).toJson(QJsonDocument::Compact)));
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
        break;
    }
    case Tamper::StepMissing: sql = QStringLiteral("DELETE FROM match_steps") + where.arg(3); break;
    case Tamper::InputUnreadable:
        sql = QStringLiteral("UPDATE match_steps SET input = '{\"first_contact\": 1, \"pocketed\": "
                             "[{\"ball\": 16, \"pocket\": \"foot-left\"}]}'")
              + where.arg(2);
        break;
    case Tamper::NotJson:
        sql = QStringLiteral("UPDATE match_steps SET ruling = 'foul!'") + where.arg(2);
        break;
    case Tamper::RefusedNow:
        sql = QStringLiteral("UPDATE match_steps SET kind = 'decision', input = "
                             "'{\"choice\": \"rerack\"}'")
              + where.arg(2);
        break;
    case Tamper::NewerSetup: {
        storage::MatchRepository repository(*m_database);
        QJsonObject setup = repository.match(matchId)->setup;
        QJsonObject options = setup.value(QLatin1String("options")).toObject();
        options.insert(QStringLiteral("golden_break"), true);
        setup.insert(QStringLiteral("options"), options);
        QSqlQuery update(m_database->connection());
        update.prepare(QStringLiteral("UPDATE matches SET setup = ? WHERE id = ?"));
        update.addBindValue(QString::fromUtf8(QJsonDocument(setup).toJson(QJsonDocument::Compact)));
        update.addBindValue(matchId);
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
        break;
    }
    }
    if (!sql.isEmpty())
        QCOMPARE(run(*m_database, sql), QString());

    for (const bool atTable : {true, false}) {
        const Result<std::unique_ptr<TableMatch>> resumed
            = atTable ? TableMatch::resumeAt(*m_database, m_tableId)
                      : TableMatch::resume(*m_database, matchId);
        QVERIFY(!resumed);
        const QString error = resumed.error();
        QVERIFY2(error.startsWith(QStringLiteral("cannot resume match %1: ").arg(matchId))
                     || tamper == Tamper::NotJson,
                 qPrintable(error));
        for (const QString &part : std::as_const(expected))
            QVERIFY2(error.contains(part), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }
}

void tst_TableMatch::oneMatchAtATable()
{
    const rules::MatchSetup setup = setupFor(rules::Game::TenBall, 2);
    std::unique_ptr<TableMatch> first = startMatch(setup);
    QVERIFY(first);
    const Result<std::unique_ptr<TableMatch>> second
        = TableMatch::start(*m_database, m_tableId, setup, kPlayers);
    QVERIFY(!second);
    QVERIFY2(
        second.error().contains(QStringLiteral("already has match %1 in play").arg(first->id())),
        qPrintable(second.error()));
    // Away from a table any number of matches may be played.
    for (int i = 0; i < 2; ++i) {
        const Result<std::unique_ptr<TableMatch>> away
            = TableMatch::start(*m_database, std::nullopt, setup, kPlayers);
        QVERIFY2(away, qPrintable(errorOf(away)));
    }
    const Result<std::unique_ptr<TableMatch>> samePlayers
        = TableMatch::start(*m_database, std::nullopt, setup, {kPlayers[0], kPlayers[0]});
    QVERIFY(!samePlayers);
    QVERIFY2(samePlayers.error().contains(QStringLiteral("different names")),
             qPrintable(samePlayers.error()));
    const Result<std::unique_ptr<TableMatch>> nobody = TableMatch::resume(*m_database, 999);
    QVERIFY(!nobody);
    QCOMPARE(nobody.error(), QStringLiteral("there is no match 999"));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (isPlayerProcess(argc, argv))
        return runPlayerProcess(QCoreApplication::arguments());
    tst_TableMatch test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tablematch.moc"
