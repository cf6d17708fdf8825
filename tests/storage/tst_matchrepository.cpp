#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/matchrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

namespace {

const std::array<QString, 2> kPlayers = {QStringLiteral("Efren"), QStringLiteral("Shane")};
const QString kReferee = QStringLiteral("referee:Sam");

qint64 countRows(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

MatchRecord matchAt(std::optional<qint64> tableId)
{
    MatchRecord match;
    match.tableId = tableId;
    match.game = QStringLiteral("nine-ball");
    match.players = kPlayers;
    match.setup = QJsonObject{{QStringLiteral("race_to"), 3}};
    return match;
}

RackRecord firstRack()
{
    RackRecord rack;
    rack.number = 1;
    rack.breaker = kPlayers[0];
    return rack;
}

MatchStepRecord stepOf(qint64 matchId, int number, int rackNumber = 1)
{
    MatchStepRecord step;
    step.matchId = matchId;
    step.number = number;
    step.rackNumber = rackNumber;
    step.kind = QStringLiteral("shot");
    step.input = QJsonObject{{QStringLiteral("first_contact"), 1}};
    step.ruling = QJsonObject{{QStringLiteral("step"), number}};
    step.actor = QStringLiteral("tracker");
    return step;
}

qint64 auditRows(Database &database)
{
    return countRows(database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
}

} // namespace

class tst_MatchRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createsAMatchWithItsFirstRack_data();
    void createsAMatchWithItsFirstRack();
    void oneUnfinishedMatchPerTable();
    void stepsRoundTrip();
    void refusesBadSteps_data();
    void refusesBadSteps();
    void effectsAreWrittenWithTheStep();
    void aFailingEffectFailsTheWholeStep();
    void stepWithAReasonWritesAnAuditEntry_data();
    void stepWithAReasonWritesAnAuditEntry();
    void stepWithoutAReasonWritesNoAuditEntry_data();
    void stepWithoutAReasonWritesNoAuditEntry();
    void finishingAMatch_data();
    void finishingAMatch();
    void removingTheTableKeepsTheMatch();
    void unreadableStepsAreReported();

private:
    ScratchDatabases m_databases;
    std::unique_ptr<Database> m_database;
    qint64 m_venueId = 0;
    qint64 m_tableId = 0;
};

void tst_MatchRepository::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error()));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_MatchRepository::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(location ? QString() : location.error()));
    Result<std::unique_ptr<Database>> opened = Database::open(*location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    TableRecord table;
    table.venueId = *venueId;
    table.name = QStringLiteral("Table 1");
    table.status = QStringLiteral("free");
    const Result<qint64> tableId = venues.addTable(table);
    QVERIFY2(tableId, qPrintable(errorOf(tableId)));
    m_venueId = *venueId;
    m_tableId = *tableId;
}

void tst_MatchRepository::cleanup()
{
    m_database.reset();
}

void tst_MatchRepository::createsAMatchWithItsFirstRack_data()
{
    QTest::addColumn<bool>("atTable");
    QTest::newRow("at a table") << true;
    QTest::newRow("away from the tables") << false;
}

void tst_MatchRepository::createsAMatchWithItsFirstRack()
{
    QFETCH(bool, atTable);
    MatchRepository matches(*m_database);
    MatchRecord written = matchAt(atTable ? std::optional<qint64>(m_tableId) : std::nullopt);
    written.players = {QStringLiteral("Zo\u00eb"), QStringLiteral("O'Brien")};
    written.startedAt = QDateTime(QDate(2024, 5, 1), QTime(18, 30, 0, 250), Qt::UTC);
    RackRecord rack = firstRack();
    rack.breaker = written.players[1];
    const Result<qint64> id = matches.createMatch(written, rack);
    QVERIFY2(id, qPrintable(errorOf(id)));

    const Result<MatchRecord> read = matches.match(*id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->id, *id);
    QCOMPARE(read->tableId, written.tableId);
    QCOMPARE(read->game, written.game);
    QCOMPARE(read->players, written.players);
    QCOMPARE(read->setup, written.setup);
    QCOMPARE(read->startedAt, written.startedAt);
    QVERIFY(!read->finishedAt.isValid());
    QVERIFY(read->winner.isEmpty());
    const Result<std::vector<RackRecord>> racks = matches.racks(*id);
    QVERIFY2(racks, qPrintable(errorOf(racks)));
    QCOMPARE(racks->size(), size_t(1));
    QCOMPARE(racks->front().number, 1);
    QCOMPARE(racks->front().breaker, written.players[1]);
    QCOMPARE(racks->front().startedAt, written.startedAt);
    QVERIFY(!racks->front().endedAt.isValid());
    const Result<std::vector<MatchStepRecord>> steps = matches.steps(*id);
    QVERIFY2(steps, qPrintable(errorOf(steps)));
    QVERIFY(steps->empty());
    const Result<std::optional<MatchRecord>> atTheTable = matches.unfinishedMatchAt(m_tableId);
    QVERIFY2(atTheTable, qPrintable(errorOf(atTheTable)));
    QCOMPARE(atTheTable->has_value(), atTable);
}

void tst_MatchRepository::oneUnfinishedMatchPerTable()
{
    MatchRepository matches(*m_database);
    const Result<qint64> first = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(first, qPrintable(errorOf(first)));
    const Result<qint64> twice = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY(!twice);
    QCOMPARE(twice.error(),
             QStringLiteral("cannot start the match of Efren and Shane: table %1 already has "
                            "match %2 in play; resume or finish it first")
                 .arg(m_tableId)
                 .arg(*first));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM matches")), qint64(1));
    for (int i = 0; i < 2; ++i) {
        const Result<qint64> away = matches.createMatch(matchAt(std::nullopt), firstRack());
        QVERIFY2(away, qPrintable(errorOf(away)));
    }

    const Result<void> finished = matches.finishMatch(*first, kPlayers[0], kReferee);
    QVERIFY2(finished, qPrintable(errorOf(finished)));
    const Result<std::optional<MatchRecord>> none = matches.unfinishedMatchAt(m_tableId);
    QVERIFY2(none, qPrintable(errorOf(none)));
    QVERIFY(!none->has_value());
    const Result<qint64> second = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(second, qPrintable(errorOf(second)));
    const Result<std::optional<MatchRecord>> playing = matches.unfinishedMatchAt(m_tableId);
    QVERIFY2(playing, qPrintable(errorOf(playing)));
    QVERIFY(playing->has_value());
    QCOMPARE((*playing)->id, *second);
}

void tst_MatchRepository::stepsRoundTrip()
{
    MatchRepository matches(*m_database);
    const Result<qint64> id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(id, qPrintable(errorOf(id)));
    std::vector<MatchStepRecord> written;
    const std::array<QString, 4> kinds
        = {QStringLiteral("shot"), QStringLiteral("decision"), QStringLiteral("stalemate"),
           QStringLiteral("correction")};
    for (int number = 1; number <= 4; ++number) {
        MatchStepRecord step = stepOf(*id, number);
        step.kind = kinds[size_t(number - 1)];
        step.input = QJsonObject{
            {QStringLiteral("pocketed"), QJsonArray{QJsonObject{{QStringLiteral("ball"), number}}}},
            {QStringLiteral("note"), QStringLiteral("\u00fcber 'quoted' \"x\"")}};
        step.ruling.insert(QStringLiteral("turn"), kPlayers[size_t(number % 2)]);
        step.actor = number == 1 ? QStringLiteral("tracker") : kReferee;
        step.reason = step.kind == u"correction" ? QStringLiteral("missed foul") : QString();
        step.at = QDateTime(QDate(2024, 5, 1), QTime(19, 0, number, 7), Qt::UTC);
        const Result<void> appended = matches.appendStep(step);
        QVERIFY2(appended, qPrintable(errorOf(appended)));
        written.push_back(step);
    }
    const Result<std::vector<MatchStepRecord>> read = matches.steps(*id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->size(), written.size());
    for (size_t i = 0; i < read->size(); ++i) {
        const MatchStepRecord &step = read->at(i);
        QVERIFY(step.id > 0);
        QCOMPARE(step.matchId, *id);
        QCOMPARE(step.number, written[i].number);
        QCOMPARE(step.rackNumber, 1);
        QCOMPARE(step.kind, written[i].kind);
        QCOMPARE(step.input, written[i].input);
        QCOMPARE(step.ruling, written[i].ruling);
        QCOMPARE(step.actor, written[i].actor);
        QCOMPARE(step.reason, written[i].reason.isNull() ? QString() : written[i].reason);
        QCOMPARE(step.at, written[i].at);
    }
}

void tst_MatchRepository::refusesBadSteps_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("unknownMatch");
    QTest::addColumn<QString>("expected"); // part of the error, ignoring case

    const QString tracker = QStringLiteral("tracker");
    const QString shot = QStringLiteral("shot");
    QTest::newRow("a gap") << 3 << shot << tracker << QString() << false
                           << QStringLiteral("the match holds 1 steps, so the next one is step 2");
    QTest::newRow("the last step again")
        << 1 << shot << tracker << QString() << false
        << QStringLiteral("the match holds 1 steps, so the next one is step 2");
    QTest::newRow("step zero") << 0 << shot << tracker << QString() << false
                               << QStringLiteral("a step needs a step and a rack number");
    QTest::newRow("nobody reported it") << 2 << shot << QStringLiteral("  ") << QString() << false
                                        << QStringLiteral("a step needs an actor");
    // The reason would be audited as "match." alone.
    QTest::newRow("no kind") << 2 << QString() << kReferee << QStringLiteral("push shot") << false
                             << QStringLiteral("a step needs a kind");
    QTest::newRow("a blank kind") << 2 << QStringLiteral(" ") << tracker << QString() << false
                                  << QStringLiteral("a step needs a kind");
    // Storage knows no rules, but the schema keeps the column to the kinds it was made for:
    // the database's own words (SQLite and PostgreSQL both name the check constraint).
    QTest::newRow("a kind the schema does not know")
        << 2 << QStringLiteral("timeout") << kReferee << QStringLiteral("slow play") << false
        << QStringLiteral("check constraint");
    QTest::newRow("a match that does not exist")
        << 2 << shot << tracker << QString() << true << QStringLiteral("there is no such match");
}

void tst_MatchRepository::refusesBadSteps()
{
    QFETCH(int, number);
    QFETCH(QString, kind);
    QFETCH(QString, actor);
    QFETCH(QString, reason);
    QFETCH(bool, unknownMatch);
    QFETCH(QString, expected);

    MatchRepository matches(*m_database);
    const Result<qint64> id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(id, qPrintable(errorOf(id)));
    const Result<void> first = matches.appendStep(stepOf(*id, 1));
    QVERIFY2(first, qPrintable(errorOf(first)));
    const qint64 audit = auditRows(*m_database);

    MatchStepRecord step = stepOf(unknownMatch ? *id + 100 : *id, number);
    step.kind = kind;
    step.actor = actor;
    step.reason = reason;
    MatchStepEffects effects;
    effects.result = MatchStepEffects::Result::Finished;
    effects.winner = kPlayers[0];
    const Result<void> appended = matches.appendStep(step, effects);
    QVERIFY(!appended);
    const QString &error = appended.error();
    QVERIFY2(
        error.startsWith(
            QStringLiteral("cannot store step %1 of match %2: ").arg(number).arg(step.matchId)),
        qPrintable(error));
    QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM match_steps")), qint64(1));
    QCOMPARE(auditRows(*m_database), audit);
    const Result<MatchRecord> match = matches.match(*id);
    QVERIFY2(match, qPrintable(errorOf(match)));
    QVERIFY(!match->finishedAt.isValid());
}

void tst_MatchRepository::effectsAreWrittenWithTheStep()
{
    MatchRepository matches(*m_database);
    const Result<qint64> id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(id, qPrintable(errorOf(id)));
    const QDateTime at(QDate(2024, 5, 1), QTime(20, 15, 0), Qt::UTC);

    // Shane wins rack 1 and breaks rack 2.
    MatchStepRecord step = stepOf(*id, 1);
    step.at = at;
    MatchStepEffects effects;
    effects.endedRack = RackRecord{0, 0, 1, {}, kPlayers[1], {}, {}};
    effects.startedRack = RackRecord{0, 0, 2, kPlayers[1], {}, {}, {}};
    Result<void> appended = matches.appendStep(step, effects);
    QVERIFY2(appended, qPrintable(errorOf(appended)));
    Result<std::vector<RackRecord>> racks = matches.racks(*id);
    QVERIFY2(racks, qPrintable(errorOf(racks)));
    QCOMPARE(racks->size(), size_t(2));
    QCOMPARE(racks->at(0).winner, kPlayers[1]);
    QCOMPARE(racks->at(0).endedAt, at);
    QCOMPARE(racks->at(1).number, 2);
    QCOMPARE(racks->at(1).breaker, kPlayers[1]);
    QCOMPARE(racks->at(1).startedAt, at);
    QVERIFY(!racks->at(1).endedAt.isValid());

    // Shane wins rack 2 and the match.
    step = stepOf(*id, 2, 2);
    step.at = at.addSecs(60);
    effects = {};
    effects.endedRack = RackRecord{0, 0, 2, {}, kPlayers[1], {}, {}};
    effects.result = MatchStepEffects::Result::Finished;
    effects.winner = kPlayers[1];
    appended = matches.appendStep(step, effects);
    QVERIFY2(appended, qPrintable(errorOf(appended)));
    Result<MatchRecord> match = matches.match(*id);
    QVERIFY2(match, qPrintable(errorOf(match)));
    QCOMPARE(match->finishedAt, step.at);
    QCOMPARE(match->winner, kPlayers[1]);
    Result<std::optional<MatchRecord>> playing = matches.unfinishedMatchAt(m_tableId);
    QVERIFY2(playing, qPrintable(errorOf(playing)));
    QVERIFY(!playing->has_value());

    // The referee takes the last shot back: rack 2 and the match are played on.
    step = stepOf(*id, 3, 2);
    step.kind = QStringLiteral("correction");
    step.actor = kReferee;
    step.reason = QStringLiteral("the 9 went in off a double hit");
    effects = {};
    effects.startedRack = RackRecord{0, 0, 2, kPlayers[1], {}, {}, {}};
    effects.result = MatchStepEffects::Result::Reopened;
    appended = matches.appendStep(step, effects);
    QVERIFY2(appended, qPrintable(errorOf(appended)));
    match = matches.match(*id);
    QVERIFY2(match, qPrintable(errorOf(match)));
    QVERIFY(!match->finishedAt.isValid());
    QVERIFY(match->winner.isEmpty());
    racks = matches.racks(*id);
    QVERIFY2(racks, qPrintable(errorOf(racks)));
    QCOMPARE(racks->size(), size_t(2));
    QVERIFY(racks->at(1).winner.isEmpty());
    QVERIFY(!racks->at(1).endedAt.isValid());
    QCOMPARE(racks->at(1).startedAt, at); // when it was first broken
    playing = matches.unfinishedMatchAt(m_tableId);
    QVERIFY2(playing, qPrintable(errorOf(playing)));
    QVERIFY(playing->has_value());
    QCOMPARE((*playing)->id, *id);
}

void tst_MatchRepository::aFailingEffectFailsTheWholeStep()
{
    MatchRepository matches(*m_database);
    const Result<qint64> id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(id, qPrintable(errorOf(id)));
    MatchStepEffects effects;
    effects.startedRack = RackRecord{0, 0, 2, kPlayers[1], {}, {}, {}};
    effects.endedRack = RackRecord{0, 0, 7, {}, kPlayers[1], {}, {}};
    const Result<void> failed = matches.appendStep(stepOf(*id, 1), effects);
    QVERIFY(!failed);
    QVERIFY2(failed.error().endsWith(QStringLiteral("there is no rack 7 to end")),
             qPrintable(failed.error()));
    const Result<std::vector<MatchStepRecord>> steps = matches.steps(*id);
    QVERIFY2(steps, qPrintable(errorOf(steps)));
    QVERIFY(steps->empty());
    const Result<std::vector<RackRecord>> racks = matches.racks(*id);
    QVERIFY2(racks, qPrintable(errorOf(racks)));
    QCOMPARE(racks->size(), size_t(1));
    const Result<void> retried = matches.appendStep(stepOf(*id, 1));
    QVERIFY2(retried, qPrintable(errorOf(retried)));
}

void tst_MatchRepository::stepWithAReasonWritesAnAuditEntry_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a referee's correction")
        << QStringLiteral("correction") << QStringLiteral("push shot");
    QTest::newRow("a shot ruled by hand")
        << QStringLiteral("shot") << QStringLiteral("the camera lost the cue ball");
    QTest::newRow("a decision") << QStringLiteral("decision") << QStringLiteral("player asked");
    QTest::newRow("a stalemate") << QStringLiteral("stalemate")
                                 << QStringLiteral("three fouls each, nobody can pot");
}

void tst_MatchRepository::stepWithAReasonWritesAnAuditEntry()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    MatchRepository matches(*m_database);
    const Result<qint64> id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(id, qPrintable(errorOf(id)));
    const Result<void> shot = matches.appendStep(stepOf(*id, 1));
    QVERIFY2(shot, qPrintable(errorOf(shot)));
    MatchStepRecord step = stepOf(*id, 2);
    step.kind = kind;
    step.actor = kReferee;
    step.reason = reason;
    const Result<void> appended = matches.appendStep(step);
    QVERIFY2(appended, qPrintable(errorOf(appended)));

    AuditLog audit(*m_database);
    const Result<std::vector<AuditEntry>> entries = audit.recent();
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->size(), size_t(1)); // the shot without a reason is not audited
    QCOMPARE(entries->front().actor, kReferee);
    QCOMPARE(entries->front().action, QStringLiteral("match.") + kind);
    QCOMPARE(entries->front().subject, QStringLiteral("match:%1").arg(*id));
    const QJsonObject details = QJsonDocument::fromJson(entries->front().details.toUtf8()).object();
    QCOMPARE(details.value(QLatin1String("step")).toInt(), 2);
    QCOMPARE(details.value(QLatin1String("reason")).toString(), reason);
}

void tst_MatchRepository::stepWithoutAReasonWritesNoAuditEntry_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a shot") << QStringLiteral("shot");
    QTest::newRow("a stalemate") << QStringLiteral("stalemate");
    // The venue module insists on a correction's reason; storage stores what it is given.
    QTest::newRow("a correction") << QStringLiteral("correction");
}

void tst_MatchRepository::stepWithoutAReasonWritesNoAuditEntry()
{
    QFETCH(QString, kind);
    MatchRepository matches(*m_database);
    const Result<qint64> id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(id, qPrintable(errorOf(id)));
    MatchStepRecord step = stepOf(*id, 1);
    step.kind = kind;
    const Result<void> appended = matches.appendStep(step);
    QVERIFY2(appended, qPrintable(errorOf(appended)));
    const Result<std::vector<MatchStepRecord>> steps = matches.steps(*id);
    QVERIFY2(steps, qPrintable(errorOf(steps)));
    QCOMPARE(steps->size(), size_t(1));
    QCOMPARE(steps->front().kind, kind);
    QVERIFY(steps->front().reason.isEmpty());
    QCOMPARE(auditRows(*m_database), qint64(0));
}

void tst_MatchRepository::finishingAMatch_data()
{
    QTest::addColumn<QString>("winner");
    QTest::addColumn<QString>("action");
    QTest::newRow("won by Efren") << kPlayers[0] << QStringLiteral("match.finished");
    QTest::newRow("abandoned") << QString() << QStringLiteral("match.abandoned");
}

void tst_MatchRepository::finishingAMatch()
{
    QFETCH(QString, winner);
    QFETCH(QString, action);
    MatchRepository matches(*m_database);
    const Result<qint64> id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(id, qPrintable(errorOf(id)));
    const Result<void> finished = matches.finishMatch(*id, winner, QStringLiteral("front-desk"),
                                                      QStringLiteral("closing time"));
    QVERIFY2(finished, qPrintable(errorOf(finished)));
    const Result<MatchRecord> match = matches.match(*id);
    QVERIFY2(match, qPrintable(errorOf(match)));
    QVERIFY(match->finishedAt.isValid());
    QCOMPARE(match->winner, winner);
    const Result<std::vector<RackRecord>> racks = matches.racks(*id);
    QVERIFY2(racks, qPrintable(errorOf(racks)));
    QVERIFY(racks->front().endedAt.isValid());
    AuditLog audit(*m_database);
    const Result<std::vector<AuditEntry>> newest = audit.recent(1);
    QVERIFY2(newest, qPrintable(errorOf(newest)));
    QCOMPARE(newest->front().action, action);
    QVERIFY(newest->front().details.contains(QStringLiteral("closing time")));

    const Result<void> again = matches.finishMatch(*id, winner, QStringLiteral("front-desk"));
    QVERIFY(!again);
    QCOMPARE(again.error(),
             QStringLiteral("cannot finish match %1: it is already finished").arg(*id));
    const Result<void> unknown
        = matches.finishMatch(*id + 50, winner, QStringLiteral("front-desk"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().endsWith(QStringLiteral("there is no such match")),
             qPrintable(unknown.error()));
}

void tst_MatchRepository::removingTheTableKeepsTheMatch()
{
    MatchRepository matches(*m_database);
    const Result<qint64> id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(id, qPrintable(errorOf(id)));
    const Result<void> appended = matches.appendStep(stepOf(*id, 1));
    QVERIFY2(appended, qPrintable(errorOf(appended)));
    VenueRepository venues(*m_database);
    const Result<void> removed = venues.removeVenue(m_venueId, QStringLiteral("front-desk"));
    QVERIFY2(removed, qPrintable(errorOf(removed)));
    const Result<MatchRecord> kept = matches.match(*id);
    QVERIFY2(kept, qPrintable(errorOf(kept)));
    QVERIFY(!kept->tableId);
    const Result<std::vector<MatchStepRecord>> steps = matches.steps(*id);
    QVERIFY2(steps, qPrintable(errorOf(steps)));
    QCOMPARE(steps->size(), size_t(1));

    // A match removed takes its racks and steps with it.
    QSqlQuery remove(m_database->connection());
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM matches WHERE id = %1").arg(*id)));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM racks")), qint64(0));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM match_steps")), qint64(0));
}

void tst_MatchRepository::unreadableStepsAreReported()
{
    MatchRepository matches(*m_database);
    const Result<qint64> id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(id, qPrintable(errorOf(id)));
    for (int number = 1; number <= 2; ++number) {
        const Result<void> appended = matches.appendStep(stepOf(*id, number));
        QVERIFY2(appended, qPrintable(errorOf(appended)));
    }
    QSqlQuery spoil(m_database->connection());
    QVERIFY(spoil.exec(QStringLiteral("UPDATE match_steps SET input = '[1, 2]' WHERE number = 2")));
    const Result<std::vector<MatchStepRecord>> steps = matches.steps(*id);
    QVERIFY(!steps);
    QCOMPARE(steps.error(),
             QStringLiteral("cannot read the steps of match %1: step 2: the column input does not "
                            "hold a JSON object")
                 .arg(*id));
}

QTEST_GUILESS_MAIN(tst_MatchRepository)
#include "tst_matchrepository.moc"
