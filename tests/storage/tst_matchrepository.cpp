#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/matchrepository.h>
#include <storage/venuerepository.h>
#include <support/scratchdatabases.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace dojo;
using namespace dojo::storage;
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
    step.input = QJsonObject{{QStringLiteral("first_contact"), 1}};
    step.ruling = QJsonObject{{QStringLiteral("step"), number}};
    step.actor = QStringLiteral("tracker");
    return step;
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
    void correctionWritesAnAuditEntry();
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
    QString error;
    QVERIFY2(m_databases.start(&error), qPrintable(error));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_MatchRepository::init()
{
    QString error;
    const auto location = m_databases.fresh(&error);
    QVERIFY2(location, qPrintable(error));
    DatabaseOpen opened = Database::open(*location);
    QVERIFY2(opened.database, qPrintable(opened.error));
    m_database = std::move(opened.database);
    VenueRepository venues(*m_database);
    const auto venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY(venueId);
    TableRecord table;
    table.venueId = *venueId;
    table.name = QStringLiteral("Table 1");
    const auto tableId = venues.addTable(table);
    QVERIFY(tableId);
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
    const auto id = matches.createMatch(written, rack);
    QVERIFY2(id, qPrintable(matches.lastError()));

    const auto read = matches.match(*id);
    QVERIFY2(read, qPrintable(matches.lastError()));
    QCOMPARE(read->id, *id);
    QCOMPARE(read->tableId, written.tableId);
    QCOMPARE(read->game, written.game);
    QCOMPARE(read->players, written.players);
    QCOMPARE(read->setup, written.setup);
    QCOMPARE(read->startedAt, written.startedAt);
    QVERIFY(!read->finishedAt.isValid());
    QVERIFY(read->winner.isEmpty());
    const std::vector<RackRecord> racks = matches.racks(*id);
    QCOMPARE(racks.size(), size_t(1));
    QCOMPARE(racks.front().number, 1);
    QCOMPARE(racks.front().breaker, written.players[1]);
    QCOMPARE(racks.front().startedAt, written.startedAt);
    QVERIFY(!racks.front().endedAt.isValid());
    QVERIFY(matches.steps(*id).empty());
    QVERIFY(matches.lastError().isEmpty());
    const auto atTheTable = matches.unfinishedMatchAt(m_tableId);
    QCOMPARE(atTheTable.has_value(), atTable);
    QVERIFY(matches.lastError().isEmpty());
}

void tst_MatchRepository::oneUnfinishedMatchPerTable()
{
    MatchRepository matches(*m_database);
    const auto first = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(first, qPrintable(matches.lastError()));
    QVERIFY(!matches.createMatch(matchAt(m_tableId), firstRack()));
    QCOMPARE(matches.lastError(),
             QStringLiteral("cannot start the match of Efren and Shane: table %1 already has "
                            "match %2 in play; resume or finish it first")
                 .arg(m_tableId)
                 .arg(*first));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM matches")), qint64(1));
    for (int i = 0; i < 2; ++i)
        QVERIFY2(matches.createMatch(matchAt(std::nullopt), firstRack()),
                 qPrintable(matches.lastError()));

    QVERIFY2(matches.finishMatch(*first, kPlayers[0], kReferee), qPrintable(matches.lastError()));
    QVERIFY(!matches.unfinishedMatchAt(m_tableId));
    QVERIFY(matches.lastError().isEmpty());
    const auto second = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY2(second, qPrintable(matches.lastError()));
    QCOMPARE(matches.unfinishedMatchAt(m_tableId)->id, *second);
}

void tst_MatchRepository::stepsRoundTrip()
{
    MatchRepository matches(*m_database);
    const auto id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY(id);
    std::vector<MatchStepRecord> written;
    const std::array<MatchStepKind, 4> kinds
        = {MatchStepKind::Shot, MatchStepKind::Decision, MatchStepKind::Stalemate,
           MatchStepKind::Correction};
    for (int number = 1; number <= 4; ++number) {
        MatchStepRecord step = stepOf(*id, number);
        step.kind = kinds[size_t(number - 1)];
        step.input = QJsonObject{
            {QStringLiteral("pocketed"), QJsonArray{QJsonObject{{QStringLiteral("ball"), number}}}},
            {QStringLiteral("note"), QStringLiteral("\u00fcber 'quoted' \"x\"")}};
        step.ruling.insert(QStringLiteral("turn"), kPlayers[size_t(number % 2)]);
        step.actor = number == 1 ? QStringLiteral("tracker") : kReferee;
        step.reason
            = step.kind == MatchStepKind::Correction ? QStringLiteral("missed foul") : QString();
        step.at = QDateTime(QDate(2024, 5, 1), QTime(19, 0, number, 7), Qt::UTC);
        QVERIFY2(matches.appendStep(step), qPrintable(matches.lastError()));
        written.push_back(step);
    }
    const std::vector<MatchStepRecord> read = matches.steps(*id);
    QVERIFY2(matches.lastError().isEmpty(), qPrintable(matches.lastError()));
    QCOMPARE(read.size(), written.size());
    for (size_t i = 0; i < read.size(); ++i) {
        QVERIFY(read[i].id > 0);
        QCOMPARE(read[i].matchId, *id);
        QCOMPARE(read[i].number, written[i].number);
        QCOMPARE(read[i].rackNumber, 1);
        QCOMPARE(read[i].kind, written[i].kind);
        QCOMPARE(read[i].input, written[i].input);
        QCOMPARE(read[i].ruling, written[i].ruling);
        QCOMPARE(read[i].actor, written[i].actor);
        QCOMPARE(read[i].reason, written[i].reason.isNull() ? QString() : written[i].reason);
        QCOMPARE(read[i].at, written[i].at);
    }
}

void tst_MatchRepository::refusesBadSteps_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("unknownMatch");
    QTest::addColumn<QString>("expected");

    const QString tracker = QStringLiteral("tracker");
    const int shot = int(MatchStepKind::Shot);
    const int correction = int(MatchStepKind::Correction);
    QTest::newRow("a gap") << 3 << shot << tracker << QString() << false
                           << QStringLiteral("the match holds 1 steps, so the next one is step 2");
    QTest::newRow("the last step again")
        << 1 << shot << tracker << QString() << false
        << QStringLiteral("the match holds 1 steps, so the next one is step 2");
    QTest::newRow("step zero") << 0 << shot << tracker << QString() << false
                               << QStringLiteral("a step needs a step and a rack number");
    QTest::newRow("nobody reported it") << 2 << shot << QStringLiteral("  ") << QString() << false
                                        << QStringLiteral("a step needs an actor");
    QTest::newRow("a correction without a reason")
        << 2 << correction << kReferee << QStringLiteral(" ") << false
        << QStringLiteral("a correction needs a reason");
    QTest::newRow("a match that does not exist")
        << 2 << shot << tracker << QString() << true << QStringLiteral("there is no such match");
}

void tst_MatchRepository::refusesBadSteps()
{
    QFETCH(int, number);
    QFETCH(int, kind);
    QFETCH(QString, actor);
    QFETCH(QString, reason);
    QFETCH(bool, unknownMatch);
    QFETCH(QString, expected);

    MatchRepository matches(*m_database);
    const auto id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY(id);
    QVERIFY(matches.appendStep(stepOf(*id, 1)));
    const qint64 audit = countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    MatchStepRecord step = stepOf(unknownMatch ? *id + 100 : *id, number);
    step.kind = MatchStepKind(kind);
    step.actor = actor;
    step.reason = reason;
    MatchStepEffects effects;
    effects.result = MatchStepEffects::Result::Finished;
    effects.winner = kPlayers[0];
    QVERIFY(!matches.appendStep(step, effects));
    QVERIFY2(
        matches.lastError().startsWith(
            QStringLiteral("cannot store step %1 of match %2: ").arg(number).arg(step.matchId)),
        qPrintable(matches.lastError()));
    QVERIFY2(matches.lastError().contains(expected), qPrintable(matches.lastError()));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM match_steps")), qint64(1));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QVERIFY(!matches.match(*id)->finishedAt.isValid());
}

void tst_MatchRepository::effectsAreWrittenWithTheStep()
{
    MatchRepository matches(*m_database);
    const auto id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY(id);
    const QDateTime at(QDate(2024, 5, 1), QTime(20, 15, 0), Qt::UTC);

    // Shane wins rack 1 and breaks rack 2.
    MatchStepRecord step = stepOf(*id, 1);
    step.at = at;
    MatchStepEffects effects;
    effects.endedRack = RackRecord{0, 0, 1, {}, kPlayers[1], {}, {}};
    effects.startedRack = RackRecord{0, 0, 2, kPlayers[1], {}, {}, {}};
    QVERIFY2(matches.appendStep(step, effects), qPrintable(matches.lastError()));
    std::vector<RackRecord> racks = matches.racks(*id);
    QCOMPARE(racks.size(), size_t(2));
    QCOMPARE(racks[0].winner, kPlayers[1]);
    QCOMPARE(racks[0].endedAt, at);
    QCOMPARE(racks[1].number, 2);
    QCOMPARE(racks[1].breaker, kPlayers[1]);
    QCOMPARE(racks[1].startedAt, at);
    QVERIFY(!racks[1].endedAt.isValid());

    // Shane wins rack 2 and the match.
    step = stepOf(*id, 2, 2);
    step.at = at.addSecs(60);
    effects = {};
    effects.endedRack = RackRecord{0, 0, 2, {}, kPlayers[1], {}, {}};
    effects.result = MatchStepEffects::Result::Finished;
    effects.winner = kPlayers[1];
    QVERIFY2(matches.appendStep(step, effects), qPrintable(matches.lastError()));
    auto match = matches.match(*id);
    QCOMPARE(match->finishedAt, step.at);
    QCOMPARE(match->winner, kPlayers[1]);
    QVERIFY(!matches.unfinishedMatchAt(m_tableId));

    // The referee takes the last shot back: rack 2 and the match are played on.
    step = stepOf(*id, 3, 2);
    step.kind = MatchStepKind::Correction;
    step.actor = kReferee;
    step.reason = QStringLiteral("the 9 went in off a double hit");
    effects = {};
    effects.startedRack = RackRecord{0, 0, 2, kPlayers[1], {}, {}, {}};
    effects.result = MatchStepEffects::Result::Reopened;
    QVERIFY2(matches.appendStep(step, effects), qPrintable(matches.lastError()));
    match = matches.match(*id);
    QVERIFY(!match->finishedAt.isValid());
    QVERIFY(match->winner.isEmpty());
    racks = matches.racks(*id);
    QCOMPARE(racks.size(), size_t(2));
    QVERIFY(racks[1].winner.isEmpty());
    QVERIFY(!racks[1].endedAt.isValid());
    QCOMPARE(racks[1].startedAt, at); // when it was first broken
    QCOMPARE(matches.unfinishedMatchAt(m_tableId)->id, *id);
}

void tst_MatchRepository::aFailingEffectFailsTheWholeStep()
{
    MatchRepository matches(*m_database);
    const auto id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY(id);
    MatchStepEffects effects;
    effects.startedRack = RackRecord{0, 0, 2, kPlayers[1], {}, {}, {}};
    effects.endedRack = RackRecord{0, 0, 7, {}, kPlayers[1], {}, {}};
    QVERIFY(!matches.appendStep(stepOf(*id, 1), effects));
    QVERIFY2(matches.lastError().endsWith(QStringLiteral("there is no rack 7 to end")),
             qPrintable(matches.lastError()));
    QVERIFY(matches.steps(*id).empty());
    QCOMPARE(matches.racks(*id).size(), size_t(1));
    QVERIFY(matches.appendStep(stepOf(*id, 1)));
}

void tst_MatchRepository::correctionWritesAnAuditEntry()
{
    MatchRepository matches(*m_database);
    const auto id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY(id);
    QVERIFY(matches.appendStep(stepOf(*id, 1)));
    MatchStepRecord correction = stepOf(*id, 2);
    correction.kind = MatchStepKind::Correction;
    correction.actor = kReferee;
    correction.reason = QStringLiteral("push shot");
    QVERIFY2(matches.appendStep(correction), qPrintable(matches.lastError()));

    AuditLog audit(*m_database);
    const std::vector<AuditEntry> entries = audit.recent();
    QCOMPARE(entries.size(), size_t(1)); // shots are not audited, corrections are
    QCOMPARE(entries.front().actor, kReferee);
    QCOMPARE(entries.front().action, QStringLiteral("match.correction"));
    QCOMPARE(entries.front().subject, QStringLiteral("match:%1").arg(*id));
    const QJsonObject details = QJsonDocument::fromJson(entries.front().details.toUtf8()).object();
    QCOMPARE(details.value(QLatin1String("step")).toInt(), 2);
    QCOMPARE(details.value(QLatin1String("reason")).toString(), QStringLiteral("push shot"));
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
    const auto id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY(id);
    QVERIFY2(matches.finishMatch(*id, winner, QStringLiteral("front-desk"),
                                 QStringLiteral("closing time")),
             qPrintable(matches.lastError()));
    const auto match = matches.match(*id);
    QVERIFY(match->finishedAt.isValid());
    QCOMPARE(match->winner, winner);
    QVERIFY(matches.racks(*id).front().endedAt.isValid());
    AuditLog audit(*m_database);
    QCOMPARE(audit.recent(1).front().action, action);
    QVERIFY(audit.recent(1).front().details.contains(QStringLiteral("closing time")));

    QVERIFY(!matches.finishMatch(*id, winner, QStringLiteral("front-desk")));
    QCOMPARE(matches.lastError(),
             QStringLiteral("cannot finish match %1: it is already finished").arg(*id));
    QVERIFY(!matches.finishMatch(*id + 50, winner, QStringLiteral("front-desk")));
    QVERIFY2(matches.lastError().endsWith(QStringLiteral("there is no such match")),
             qPrintable(matches.lastError()));
}

void tst_MatchRepository::removingTheTableKeepsTheMatch()
{
    MatchRepository matches(*m_database);
    const auto id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY(id);
    QVERIFY(matches.appendStep(stepOf(*id, 1)));
    VenueRepository venues(*m_database);
    QVERIFY2(venues.removeVenue(m_venueId, QStringLiteral("front-desk")),
             qPrintable(venues.lastError()));
    const auto kept = matches.match(*id);
    QVERIFY2(kept, qPrintable(matches.lastError()));
    QVERIFY(!kept->tableId);
    QCOMPARE(matches.steps(*id).size(), size_t(1));

    // A match removed takes its racks and steps with it.
    QSqlQuery remove(m_database->connection());
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM matches WHERE id = %1").arg(*id)));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM racks")), qint64(0));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT COUNT(*) FROM match_steps")), qint64(0));
}

void tst_MatchRepository::unreadableStepsAreReported()
{
    MatchRepository matches(*m_database);
    const auto id = matches.createMatch(matchAt(m_tableId), firstRack());
    QVERIFY(id);
    QVERIFY(matches.appendStep(stepOf(*id, 1)));
    QVERIFY(matches.appendStep(stepOf(*id, 2)));
    QSqlQuery spoil(m_database->connection());
    QVERIFY(spoil.exec(QStringLiteral("UPDATE match_steps SET input = '[1, 2]' WHERE number = 2")));
    QVERIFY(matches.steps(*id).empty());
    QCOMPARE(matches.lastError(),
             QStringLiteral("cannot read the steps of match %1: step 2: the column input does not "
                            "hold a JSON object")
                 .arg(*id));
}

QTEST_GUILESS_MAIN(tst_MatchRepository)
#include "tst_matchrepository.moc"
