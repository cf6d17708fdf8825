// Challenges on both backends: issued, answered, booked and played, each step written only
// from the states it may come from, in one transaction with its audit entry; the result of a
// played challenge entered with it.
#include "venuedatabase.h"

#include <storage/bookingrepository.h>
#include <storage/challengerepository.h>
#include <storage/database.h>
#include <storage/resultrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>

#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::jsonOf;

namespace {

const QString kDesk = QStringLiteral("staff:Ana");

} // namespace

class tst_ChallengeRepository : public QObject, private testsupport::VenueDatabase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aChallengeIsIssuedAndRead();
    void badChallengesAreRefused_data();
    void badChallengesAreRefused();
    void stepsFromTheStatesAllowed_data();
    void stepsFromTheStatesAllowed();
    void aPlayedChallengeHasItsResult();
    void aResultBetweenOtherPlayersIsRefused();

private:
    qint64 issue();
    // Moves a new challenge to `state` through the allowed steps.
    qint64 challengeIn(const QString &state);

    std::unique_ptr<ChallengeRepository> m_challenges;
    qint64 m_tableId = 0;
    qint64 m_ana = 0;
    qint64 m_ben = 0;
    qint64 m_cleo = 0;
    qint64 m_stranger = 0;
    qint64 m_bookingId = 0;
};

void tst_ChallengeRepository::initTestCase()
{
    const Result<void> started = m_databases.startAndLog();
    QVERIFY2(started, qPrintable(errorOf(started)));
}

void tst_ChallengeRepository::init()
{
    const Result<void> opened = openFreshDatabase();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_challenges = std::make_unique<ChallengeRepository>(*m_database);
    const Result<void> added = addTwoVenues();
    QVERIFY2(added, qPrintable(errorOf(added)));
    VenueRepository venues(*m_database);
    TableRecord table;
    table.venueId = m_venueId;
    table.name = QStringLiteral("Table 1");
    table.status = QStringLiteral("free");
    m_tableId = venues.addTable(table).value_or(0);
    const auto player = [&](qint64 venueId, const QString &name) {
        PlayerRecord record;
        record.homeVenueId = venueId;
        record.name = name;
        return venues.addPlayer(record).value_or(0);
    };
    m_ana = player(m_venueId, QStringLiteral("Ana"));
    m_ben = player(m_venueId, QStringLiteral("Ben"));
    m_cleo = player(m_venueId, QStringLiteral("Cleo"));
    m_stranger = player(m_otherVenueId, QStringLiteral("Dan"));
    QVERIFY(m_venueId > 0 && m_tableId > 0 && m_ana > 0 && m_ben > 0 && m_cleo > 0
            && m_stranger > 0);
    BookingRecord booking;
    booking.tableId = m_tableId;
    booking.startsAt = QDateTime::currentDateTimeUtc().addDays(1);
    booking.endsAt = booking.startsAt.addSecs(3600);
    booking.name = QStringLiteral("Ana v Ben");
    const Result<BookingOutcome> booked = BookingRepository(*m_database).add(booking, kDesk);
    QVERIFY2(booked && booked->isWritten(), qPrintable(errorOf(booked)));
    m_bookingId = booked->written->id;
}

void tst_ChallengeRepository::cleanup()
{
    m_challenges.reset();
    m_database.reset();
}

qint64 tst_ChallengeRepository::issue()
{
    ChallengeRecord challenge;
    challenge.venueId = m_venueId;
    challenge.challenger = m_ana;
    challenge.challenged = m_ben;
    challenge.game = QStringLiteral("nine-ball");
    challenge.raceTo = 5;
    challenge.note = QStringLiteral("Friday, loser buys");
    const Result<qint64> id = m_challenges->issue(challenge, kDesk);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

qint64 tst_ChallengeRepository::challengeIn(const QString &state)
{
    const qint64 id = issue();
    const QString issued = QStringLiteral("issued");
    const QString accepted = QStringLiteral("accepted");
    if (state == u"issued")
        return id;
    if (state == u"declined" || state == u"withdrawn") {
        const Result<void> answered = m_challenges->answer(id, state, {issued}, kDesk);
        return answered ? id : 0;
    }
    if (!m_challenges->answer(id, accepted, {issued}, kDesk))
        return 0;
    if (state == u"accepted")
        return id;
    if (!m_challenges->booked(id, m_bookingId, kDesk))
        return 0;
    if (state == u"booked")
        return id;
    ResultRecord result;
    result.playedOn = QDate(2026, 4, 10);
    result.playerA = m_ana;
    result.playerB = m_ben;
    result.racksA = 5;
    result.racksB = 2;
    return m_challenges->played(id, result, kDesk) ? id : 0;
}

void tst_ChallengeRepository::aChallengeIsIssuedAndRead()
{
    const qint64 id = issue();
    QVERIFY(id > 0);
    const Result<ChallengeRecord> read = m_challenges->challenge(id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->venueId, m_venueId);
    QCOMPARE(read->challenger, m_ana);
    QCOMPARE(read->challenged, m_ben);
    QCOMPARE(read->challengerName, QStringLiteral("Ana"));
    QCOMPARE(read->challengedName, QStringLiteral("Ben"));
    QCOMPARE(read->game, QStringLiteral("nine-ball"));
    QCOMPARE(read->raceTo, 5);
    QCOMPARE(read->state, QStringLiteral("issued"));
    QCOMPARE(read->note, QStringLiteral("Friday, loser buys"));
    QVERIFY(read->issuedAt.isValid());
    QVERIFY(!read->answeredAt.isValid());
    QVERIFY(!read->bookingId && !read->resultId && !read->matchId);
    const Result<std::vector<ChallengeRecord>> all = m_challenges->challenges(m_venueId);
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(1));
    const AuditEntry issued = audit().back();
    QCOMPARE(issued.action, QStringLiteral("challenge.issued"));
    QCOMPARE(issued.actor, kDesk);
    QCOMPARE(issued.subject, QStringLiteral("challenge:%1").arg(id));
    QCOMPARE(jsonOf(issued.details).value(QStringLiteral("raceTo")).toInt(), 5);
}

void tst_ChallengeRepository::badChallengesAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("oneself") << "self"
                             << "cannot challenge themselves";
    QTest::newRow("a race to nothing") << "race"
                                       << "at least one rack";
    QTest::newRow("no game") << "game"
                             << "the game to play";
    QTest::newRow("a player of another venue") << "stranger"
                                               << "players of the venue";
}

void tst_ChallengeRepository::badChallengesAreRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    ChallengeRecord challenge;
    challenge.venueId = m_venueId;
    challenge.challenger = m_ana;
    challenge.challenged = change == u"self" ? m_ana : (change == u"stranger" ? m_stranger : m_ben);
    challenge.game = change == u"game" ? QString() : QStringLiteral("nine-ball");
    challenge.raceTo = change == u"race" ? 0 : 3;
    const size_t before = audit().size();
    const Result<qint64> id = m_challenges->issue(challenge, kDesk);
    QVERIFY(!id);
    QVERIFY2(id.error().contains(reason), qPrintable(id.error()));
    QCOMPARE(audit().size(), before);
}

void tst_ChallengeRepository::stepsFromTheStatesAllowed_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("step"); // accepted, declined, withdrawn, booked, played
    QTest::addColumn<bool>("allowed");
    const QStringList states{QStringLiteral("issued"),   QStringLiteral("accepted"),
                             QStringLiteral("declined"), QStringLiteral("booked"),
                             QStringLiteral("played"),   QStringLiteral("withdrawn")};
    const QStringList steps{QStringLiteral("accepted"), QStringLiteral("declined"),
                            QStringLiteral("withdrawn"), QStringLiteral("booked"),
                            QStringLiteral("played")};
    const QSet<QString> allowed{
        QStringLiteral("issued>accepted"),  QStringLiteral("issued>declined"),
        QStringLiteral("issued>withdrawn"), QStringLiteral("accepted>withdrawn"),
        QStringLiteral("accepted>booked"),  QStringLiteral("accepted>played"),
        QStringLiteral("booked>withdrawn"), QStringLiteral("booked>played")};
    for (const QString &from : states) {
        for (const QString &step : steps) {
            const QString name = from + u'>' + step;
            QTest::newRow(qPrintable(name)) << from << step << allowed.contains(name);
        }
    }
}

void tst_ChallengeRepository::stepsFromTheStatesAllowed()
{
    QFETCH(QString, from);
    QFETCH(QString, step);
    QFETCH(bool, allowed);
    const qint64 id = challengeIn(from);
    QVERIFY(id > 0);
    const size_t before = audit().size();
    // The desk asks storage to move only from the states the step allows (challengedesk.cpp).
    Result<void> moved;
    if (step == u"accepted" || step == u"declined") {
        moved = m_challenges->answer(id, step, {QStringLiteral("issued")}, kDesk);
    } else if (step == u"withdrawn") {
        moved = m_challenges->answer(
            id, step,
            {QStringLiteral("issued"), QStringLiteral("accepted"), QStringLiteral("booked")},
            kDesk);
    } else if (step == u"booked") {
        moved = m_challenges->booked(id, m_bookingId, kDesk);
    } else {
        ResultRecord result;
        result.playedOn = QDate(2026, 4, 11);
        result.playerA = m_ben;
        result.playerB = m_ana;
        result.racksA = 5;
        result.racksB = 4;
        const Result<qint64> played = m_challenges->played(id, result, kDesk);
        if (!played)
            moved = Unexpected(played.error());
    }
    QCOMPARE(bool(moved), allowed);
    const Result<ChallengeRecord> read = m_challenges->challenge(id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    const std::vector<AuditEntry> entries = audit();
    if (allowed) {
        QCOMPARE(read->state, step);
        QCOMPARE(entries.back().action, QStringLiteral("challenge.") + step);
        QCOMPARE(entries.back().subject, QStringLiteral("challenge:%1").arg(id));
        QCOMPARE(jsonOf(entries.back().details).value(QStringLiteral("from")).toString(), from);
        if (step != u"booked" && step != u"played")
            QVERIFY(read->answeredAt.isValid());
    } else {
        QCOMPARE(read->state, from);
        QCOMPARE(entries.size(), before);
    }
}

void tst_ChallengeRepository::aPlayedChallengeHasItsResult()
{
    const qint64 id = challengeIn(QStringLiteral("played"));
    QVERIFY(id > 0);
    const Result<ChallengeRecord> read = m_challenges->challenge(id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->state, QStringLiteral("played"));
    QCOMPARE(read->bookingId, std::optional<qint64>(m_bookingId));
    QVERIFY(read->resultId);
    const Result<ResultRecord> result = ResultRepository(*m_database).result(*read->resultId);
    QVERIFY2(result, qPrintable(errorOf(result)));
    QCOMPARE(result->source, QStringLiteral("challenge"));
    QCOMPARE(result->game, QStringLiteral("nine-ball"));
    QCOMPARE(result->venueId, m_venueId);
    QCOMPARE(result->racksA, 5);
    QCOMPARE(result->racksB, 2);
    const std::vector<AuditEntry> entries = audit();
    QCOMPARE(entries[entries.size() - 2].action, QStringLiteral("result.entered"));
    QCOMPARE(entries.back().action, QStringLiteral("challenge.played"));
    QCOMPARE(jsonOf(entries.back().details).value(QStringLiteral("result")).toInteger(),
             *read->resultId);
}

void tst_ChallengeRepository::aResultBetweenOtherPlayersIsRefused()
{
    const qint64 id = challengeIn(QStringLiteral("accepted"));
    QVERIFY(id > 0);
    ResultRecord result;
    result.playedOn = QDate(2026, 4, 11);
    result.playerA = m_ana;
    result.playerB = m_cleo;
    result.racksA = 5;
    result.racksB = 1;
    const size_t before = audit().size();
    const Result<qint64> played = m_challenges->played(id, result, kDesk);
    QVERIFY(!played);
    QVERIFY2(played.error().contains(QStringLiteral("two players")), qPrintable(played.error()));
    QCOMPARE(audit().size(), before);
    const Result<std::vector<ResultRecord>> results
        = ResultRepository(*m_database).results(m_venueId);
    QVERIFY2(results, qPrintable(errorOf(results)));
    QVERIFY(results->empty());
}

QTEST_GUILESS_MAIN(tst_ChallengeRepository)

#include "tst_challengerepository.moc"
