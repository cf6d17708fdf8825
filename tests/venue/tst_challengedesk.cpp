// Challenges at the desk: every step from every state, allowed or refused with its sentence;
// a challenge issued, accepted, given a table through the bookings and played, its result
// entered as a race; a withdrawal giving the table back; every change audited naming the
// member of staff. On an SQLite file.
#include "venuefile.h"

#include <storage/bookingrepository.h>
#include <storage/database.h>
#include <storage/resultrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/bookingbook.h>
#include <venue/challengedesk.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::Challenge;
using venue::ChallengeState;
using venue::ChallengeStep;

Q_DECLARE_METATYPE(dojo::venue::ChallengeState)
Q_DECLARE_METATYPE(dojo::venue::ChallengeStep)

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const venue::Actor kDesk{QStringLiteral("Ana"), venue::Role::Desk, false};
const QString kDeskName = QStringLiteral("staff:Ana");
const QString kNine = QStringLiteral("nine-ball");

QDateTime berlin(const QString &hhmm)
{
    return QDateTime(QDate(2030, 12, 5), QTime::fromString(hhmm, QStringLiteral("hh:mm")), kBerlin);
}

// Ana (1) challenged Ben (2) to a race to 5 at 9-ball; Cleo (3) has nothing to do with it.
Challenge challengeIn(ChallengeState state)
{
    Challenge challenge;
    challenge.id = 7;
    challenge.challengerId = 1;
    challenge.challenger = QStringLiteral("Ana");
    challenge.challengedId = 2;
    challenge.challenged = QStringLiteral("Ben");
    challenge.game = kNine;
    challenge.raceTo = 5;
    challenge.state = state;
    return challenge;
}

} // namespace

class tst_ChallengeDesk : public QObject, private testsupport::VenueFile
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyStepFromEveryState_data();
    void everyStepFromEveryState();
    void raceResults_data();
    void raceResults();
    void statesReadAsTheyAreStored();

    void aChallengeIsPlayedThrough();
    void refusedStepsWriteNothing();
    void badChallengesAreRefused_data();
    void badChallengesAreRefused();
    void aWithdrawalGivesTheTableBack();
    void aTableAlreadyBookedLeavesTheChallengeAccepted();
    void aChallengePlayedWithoutABooking();

private:
    qint64 issue(qint64 challenger, qint64 challenged);

    std::unique_ptr<venue::BookingBook> m_bookings;
    std::unique_ptr<venue::ChallengeDesk> m_desk;
    qint64 m_venueId = 0;
    qint64 m_tableId = 0;
    qint64 m_ana = 0;
    qint64 m_ben = 0;
    qint64 m_cleo = 0;
    QDateTime m_now;
};

void tst_ChallengeDesk::init()
{
    const Result<void> opened = openDatabase();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    storage::VenueRepository venues(*m_database);
    storage::VenueRecord venue;
    venue.name = QStringLiteral("Corner Pocket");
    venue.timeZone = QStringLiteral("Europe/Berlin");
    storage::TableRecord table;
    table.name = QStringLiteral("Table 1");
    table.status = QStringLiteral("free");
    const Result<qint64> venueId = venues.createVenue(venue, {table}, kDeskName);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    m_tableId = venues.tables(m_venueId)->front().id;
    m_ana = addPlayer(m_venueId, QStringLiteral("Ana"));
    m_ben = addPlayer(m_venueId, QStringLiteral("Ben"));
    m_cleo = addPlayer(m_venueId, QStringLiteral("Cleo"));
    QVERIFY(m_ana > 0 && m_ben > 0 && m_cleo > 0);
    m_bookings = std::make_unique<venue::BookingBook>(*m_database);
    QVERIFY(m_bookings->showVenue(m_venueId));
    QVERIFY(m_bookings->load(QDate(2030, 12, 5)));
    m_desk = std::make_unique<venue::ChallengeDesk>(*m_database, *m_bookings);
    m_now = berlin(QStringLiteral("19:00")).toUTC();
    m_desk->setClock([this] { return m_now; });
    const Result<void> loaded = m_desk->load(m_venueId);
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
}

void tst_ChallengeDesk::cleanup()
{
    m_desk.reset();
    m_bookings.reset();
    closeDatabase();
}

qint64 tst_ChallengeDesk::issue(qint64 challenger, qint64 challenged)
{
    const Result<qint64> id = m_desk->issue({challenger, challenged, kNine, 5, QString()}, kDesk);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

void tst_ChallengeDesk::everyStepFromEveryState_data()
{
    QTest::addColumn<ChallengeState>("state");
    QTest::addColumn<ChallengeStep>("step");
    QTest::addColumn<qint64>("by");       // 1 Ana (challenger), 2 Ben (challenged), 3 Cleo
    QTest::addColumn<QString>("refusal"); // empty: allowed
    const QString notAnswered = QStringLiteral("Ben has not answered this challenge yet.");
    const QString accepted = QStringLiteral("Ben has already accepted this challenge.");
    const QString declined = QStringLiteral("Ben declined this challenge.");
    const QString booked = QStringLiteral("A table is already booked for this challenge.");
    const QString played = QStringLiteral("This challenge has been played.");
    const QString withdrawn = QStringLiteral("Ana withdrew this challenge.");
    const QString onlyBenAccepts
        = QStringLiteral("Only Ben, who was challenged, can accept this challenge.");
    const QString onlyBenDeclines
        = QStringLiteral("Only Ben, who was challenged, can decline this challenge.");
    const QString onlyAnaWithdraws
        = QStringLiteral("Only Ana, who issued this challenge, can withdraw it.");
    const QString notYetBooked = QStringLiteral(
        "Ben has not accepted this challenge yet; a table is booked once it is accepted.");
    const QString notYetPlayed
        = QStringLiteral("Ben has not accepted this challenge yet, so it has no result to enter.");
    using S = ChallengeState;
    using T = ChallengeStep;
    const auto row = [](const char *name, S state, T step, qint64 by, const QString &refusal) {
        QTest::newRow(name) << state << step << by << refusal;
    };
    // Issued.
    row("issued: Ben accepts", S::Issued, T::Accept, 2, {});
    row("issued: Ana accepts her own", S::Issued, T::Accept, 1, onlyBenAccepts);
    row("issued: Cleo accepts", S::Issued, T::Accept, 3, onlyBenAccepts);
    row("issued: Ben declines", S::Issued, T::Decline, 2, {});
    row("issued: Cleo declines", S::Issued, T::Decline, 3, onlyBenDeclines);
    row("issued: Ana withdraws", S::Issued, T::Withdraw, 1, {});
    row("issued: Ben withdraws", S::Issued, T::Withdraw, 2, onlyAnaWithdraws);
    row("issued: a table", S::Issued, T::BookTable, 1, notYetBooked);
    row("issued: a result", S::Issued, T::EnterResult, 1, notYetPlayed);
    // Accepted.
    row("accepted: accepted again", S::Accepted, T::Accept, 2, accepted);
    row("accepted: declined after", S::Accepted, T::Decline, 2, accepted);
    row("accepted: Ana withdraws", S::Accepted, T::Withdraw, 1, {});
    row("accepted: Cleo withdraws", S::Accepted, T::Withdraw, 3, onlyAnaWithdraws);
    row("accepted: a table", S::Accepted, T::BookTable, 2, {});
    row("accepted: a result", S::Accepted, T::EnterResult, 2, {});
    // Declined: final.
    row("declined: accepted after", S::Declined, T::Accept, 2, declined);
    row("declined: declined again", S::Declined, T::Decline, 2, declined);
    row("declined: withdrawn", S::Declined, T::Withdraw, 1, declined);
    row("declined: a table", S::Declined, T::BookTable, 1, declined);
    row("declined: a result", S::Declined, T::EnterResult, 1, declined);
    // Booked.
    row("booked: accepted again", S::Booked, T::Accept, 2, booked);
    row("booked: declined", S::Booked, T::Decline, 2, booked);
    row("booked: Ana withdraws", S::Booked, T::Withdraw, 1, {});
    row("booked: Ben withdraws", S::Booked, T::Withdraw, 2, onlyAnaWithdraws);
    row("booked: another table", S::Booked, T::BookTable, 1, booked);
    row("booked: a result", S::Booked, T::EnterResult, 1, {});
    // Played: final.
    row("played: accepted", S::Played, T::Accept, 2, played);
    row("played: declined", S::Played, T::Decline, 2, played);
    row("played: withdrawn", S::Played, T::Withdraw, 1, played);
    row("played: a table", S::Played, T::BookTable, 1, played);
    row("played: another result", S::Played, T::EnterResult, 1, played);
    // Withdrawn: final.
    row("withdrawn: accepted", S::Withdrawn, T::Accept, 2, withdrawn);
    row("withdrawn: declined", S::Withdrawn, T::Decline, 2, withdrawn);
    row("withdrawn: withdrawn again", S::Withdrawn, T::Withdraw, 1, withdrawn);
    row("withdrawn: a table", S::Withdrawn, T::BookTable, 1, withdrawn);
    row("withdrawn: a result", S::Withdrawn, T::EnterResult, 1, withdrawn);
}

void tst_ChallengeDesk::everyStepFromEveryState()
{
    QFETCH(ChallengeState, state);
    QFETCH(ChallengeStep, step);
    QFETCH(qint64, by);
    QFETCH(QString, refusal);
    const Result<void> may = venue::checkChallengeStep(challengeIn(state), step, by);
    QCOMPARE(errorOf(may), refusal);
}

void tst_ChallengeDesk::raceResults_data()
{
    QTest::addColumn<int>("ana");
    QTest::addColumn<int>("ben");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("Ana wins 5-3") << 5 << 3 << true;
    QTest::newRow("Ben wins 5-4") << 4 << 5 << true;
    QTest::newRow("a shutout") << 5 << 0 << true;
    QTest::newRow("nobody reached 5") << 4 << 3 << false;
    QTest::newRow("both reached 5") << 5 << 5 << false;
    QTest::newRow("past the race") << 6 << 2 << false;
    QTest::newRow("negative racks") << 5 << -1 << false;
}

void tst_ChallengeDesk::raceResults()
{
    QFETCH(int, ana);
    QFETCH(int, ben);
    QFETCH(bool, accepted);
    const Result<void> race = venue::checkRaceResult(challengeIn(ChallengeState::Booked), ana, ben);
    QCOMPARE(bool(race), accepted);
    if (!accepted) {
        QCOMPARE(race.error(), QStringLiteral("A race to 5 is won by the first to 5 racks: enter 5 "
                                              "for the winner and fewer for the other, not %1 to "
                                              "%2.")
                                   .arg(ana)
                                   .arg(ben));
    }
}

void tst_ChallengeDesk::statesReadAsTheyAreStored()
{
    for (const ChallengeState state :
         {ChallengeState::Issued, ChallengeState::Accepted, ChallengeState::Declined,
          ChallengeState::Booked, ChallengeState::Played, ChallengeState::Withdrawn}) {
        QCOMPARE(venue::challengeStateFromKey(venue::challengeStateKey(state)), state);
        QVERIFY(!venue::challengeStateName(state).isEmpty());
    }
    QVERIFY(!venue::challengeStateFromKey(QStringLiteral("lost")));
    QCOMPARE(venue::challengeBookingName(challengeIn(ChallengeState::Accepted)),
             QStringLiteral("Ana v Ben"));
}

void tst_ChallengeDesk::aChallengeIsPlayedThrough()
{
    QSignalSpy changed(m_desk.get(), &venue::ChallengeDesk::challengesChanged);
    const Result<qint64> id
        = m_desk->issue({m_ana, m_ben, kNine, 5, QStringLiteral("  Friday, loser buys  ")}, kDesk);
    QVERIFY2(id, qPrintable(errorOf(id)));
    QCOMPARE(changed.size(), 1);
    std::optional<Challenge> challenge = m_desk->challenge(*id);
    QVERIFY(challenge);
    QCOMPARE(challenge->state, ChallengeState::Issued);
    QCOMPARE(challenge->challenger, QStringLiteral("Ana"));
    QCOMPARE(challenge->challenged, QStringLiteral("Ben"));
    QCOMPARE(challenge->note, QStringLiteral("Friday, loser buys"));
    QCOMPARE(challenge->issuedAt, m_now);

    const Result<void> accepted = m_desk->accept(*id, m_ben, kDesk);
    QVERIFY2(accepted, qPrintable(errorOf(accepted)));
    QCOMPARE(m_desk->challenge(*id)->state, ChallengeState::Accepted);
    QVERIFY(m_desk->challenge(*id)->answeredAt.isValid());

    const Result<venue::BookingAttempt> booked = m_desk->bookTable(
        *id, m_tableId, berlin(QStringLiteral("20:00")), berlin(QStringLiteral("21:30")), kDesk);
    QVERIFY2(booked, qPrintable(errorOf(booked)));
    QVERIFY(booked->booked);
    QCOMPARE(booked->booked->name, QStringLiteral("Ana v Ben"));
    QCOMPARE(booked->booked->playerId, m_ana);
    QVERIFY(m_bookings->booking(booked->booked->id)); // the bookings screen shows it at once
    challenge = m_desk->challenge(*id);
    QCOMPARE(challenge->state, ChallengeState::Booked);
    QCOMPARE(challenge->bookingId, std::optional<qint64>(booked->booked->id));

    // Half past midnight in Berlin, still the 5th in UTC: the result is the venue's 6th.
    m_now = QDateTime(QDate(2030, 12, 6), QTime(0, 30), kBerlin).toUTC();
    const Result<qint64> resultId = m_desk->enterResult(*id, 3, 5, kDesk);
    QVERIFY2(resultId, qPrintable(errorOf(resultId)));
    challenge = m_desk->challenge(*id);
    QCOMPARE(challenge->state, ChallengeState::Played);
    QCOMPARE(challenge->resultId, std::optional<qint64>(*resultId));
    const Result<storage::ResultRecord> result
        = storage::ResultRepository(*m_database).result(*resultId);
    QVERIFY2(result, qPrintable(errorOf(result)));
    QCOMPARE(result->source, QStringLiteral("challenge"));
    QCOMPARE(result->playerA, m_ana);
    QCOMPARE(result->playerB, m_ben);
    QCOMPARE(result->racksA, 3);
    QCOMPARE(result->racksB, 5);
    QCOMPARE(result->game, kNine);
    QCOMPARE(result->playedOn, QDate(2030, 12, 6));
    QCOMPARE(changed.size(), 4);

    QStringList actions;
    for (const storage::AuditEntry &entry : audit()) {
        if (entry.subject.startsWith(QLatin1String("challenge:"))
            || entry.subject.startsWith(QLatin1String("result:"))
            || entry.subject.startsWith(QLatin1String("booking:"))) {
            QCOMPARE(entry.actor, kDeskName);
            actions << entry.action;
        }
    }
    QCOMPARE(actions,
             (QStringList{QStringLiteral("challenge.issued"), QStringLiteral("challenge.accepted"),
                          QStringLiteral("booking.created"), QStringLiteral("challenge.booked"),
                          QStringLiteral("result.entered"), QStringLiteral("challenge.played")}));
}

void tst_ChallengeDesk::refusedStepsWriteNothing()
{
    const qint64 id = issue(m_ana, m_ben);
    QVERIFY(id > 0);
    const size_t audited = audit().size();
    Result<void> refused = m_desk->accept(id, m_ana, kDesk);
    QCOMPARE(errorOf(refused),
             QStringLiteral("Only Ben, who was challenged, can accept this challenge."));
    refused = m_desk->withdraw(id, m_ben, kDesk);
    QCOMPARE(errorOf(refused),
             QStringLiteral("Only Ana, who issued this challenge, can withdraw it."));
    const Result<venue::BookingAttempt> booked = m_desk->bookTable(
        id, m_tableId, berlin(QStringLiteral("20:00")), berlin(QStringLiteral("21:00")), kDesk);
    QCOMPARE(errorOf(booked),
             QStringLiteral("Ben has not accepted this challenge yet; a table is booked once it "
                            "is accepted."));
    QVERIFY(m_desk->decline(id, m_ben, kDesk));
    const Result<qint64> result = m_desk->enterResult(id, 5, 1, kDesk);
    QCOMPARE(errorOf(result), QStringLiteral("Ben declined this challenge."));
    QCOMPARE(audit().size(), audited + 1); // the decline
    QCOMPARE(audit().back().action, QStringLiteral("challenge.declined"));
    QVERIFY(m_bookings->bookings().empty());
    const Result<std::vector<storage::ResultRecord>> results
        = storage::ResultRepository(*m_database).results(m_venueId);
    QVERIFY(results && results->empty());
}

void tst_ChallengeDesk::badChallengesAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("oneself") << "self"
                             << "A player cannot challenge themselves.";
    QTest::newRow("a game nobody knows") << "game"
                                         << "“snooker” is not a game DojoPool knows.";
    QTest::newRow("a race to nothing") << "race"
                                       << "A challenge is a race to one rack or more.";
    QTest::newRow("one open between them")
        << "open"
        << "Ana has already challenged Ben; that challenge is to be played or withdrawn "
           "first.";
    QTest::newRow("one open the other way")
        << "back"
        << "Ana has already challenged Ben; that challenge is to be played or withdrawn "
           "first.";
}

void tst_ChallengeDesk::badChallengesAreRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, refusal);
    QVERIFY(issue(m_ana, m_ben) > 0);
    const size_t audited = audit().size();
    venue::NewChallenge challenge{m_ana, m_cleo, kNine, 5, QString()};
    if (change == u"self")
        challenge.challengedId = m_ana;
    else if (change == u"game")
        challenge.game = QStringLiteral("snooker");
    else if (change == u"race")
        challenge.raceTo = 0;
    else if (change == u"open")
        challenge.challengedId = m_ben;
    else if (change == u"back")
        challenge = {m_ben, m_ana, kNine, 3, QString()};
    const Result<qint64> id = m_desk->issue(challenge, kDesk);
    QCOMPARE(errorOf(id), refusal);
    QCOMPARE(audit().size(), audited);
    QCOMPARE(m_desk->challenges().size(), size_t(1));
}

void tst_ChallengeDesk::aWithdrawalGivesTheTableBack()
{
    const qint64 id = issue(m_ana, m_ben);
    QVERIFY(m_desk->accept(id, m_ben, kDesk));
    const Result<venue::BookingAttempt> booked = m_desk->bookTable(
        id, m_tableId, berlin(QStringLiteral("20:00")), berlin(QStringLiteral("21:00")), kDesk);
    QVERIFY2(booked && booked->booked, qPrintable(errorOf(booked)));
    const Result<void> withdrawn = m_desk->withdraw(id, m_ana, kDesk);
    QVERIFY2(withdrawn, qPrintable(errorOf(withdrawn)));
    QCOMPARE(m_desk->challenge(id)->state, ChallengeState::Withdrawn);
    const std::optional<venue::Booking> booking = m_bookings->booking(booked->booked->id);
    QVERIFY(booking);
    QCOMPARE(booking->state, venue::BookingState::Cancelled);
    const std::vector<storage::AuditEntry> entries = audit();
    QCOMPARE(entries[entries.size() - 2].action, QStringLiteral("challenge.withdrawn"));
    QCOMPARE(entries.back().action, QStringLiteral("booking.cancelled"));
    QCOMPARE(entries.back().actor, kDeskName);
    // The two may challenge each other again.
    QVERIFY(issue(m_ben, m_ana) > 0);
}

void tst_ChallengeDesk::aTableAlreadyBookedLeavesTheChallengeAccepted()
{
    QVERIFY(m_bookings->create(m_tableId, berlin(QStringLiteral("19:30")),
                               berlin(QStringLiteral("20:30")), QStringLiteral("Dan"), kDesk));
    const qint64 id = issue(m_ana, m_ben);
    QVERIFY(m_desk->accept(id, m_ben, kDesk));
    const size_t audited = audit().size();
    const Result<venue::BookingAttempt> attempt = m_desk->bookTable(
        id, m_tableId, berlin(QStringLiteral("20:00")), berlin(QStringLiteral("21:00")), kDesk);
    QVERIFY2(attempt, qPrintable(errorOf(attempt)));
    QVERIFY(!attempt->booked);
    QVERIFY(attempt->overlapped);
    QCOMPARE(attempt->overlapped->name, QStringLiteral("Dan"));
    QCOMPARE(m_desk->challenge(id)->state, ChallengeState::Accepted);
    QCOMPARE(audit().size(), audited);
    const Result<venue::BookingAttempt> unknownTable
        = m_desk->bookTable(id, m_tableId + 100, berlin(QStringLiteral("22:00")),
                            berlin(QStringLiteral("23:00")), kDesk);
    QCOMPARE(errorOf(unknownTable),
             QStringLiteral("Table %1 is not one of the venue's tables.").arg(m_tableId + 100));
}

void tst_ChallengeDesk::aChallengePlayedWithoutABooking()
{
    const qint64 id = issue(m_cleo, m_ben);
    QVERIFY(m_desk->accept(id, m_ben, kDesk));
    const Result<qint64> refused = m_desk->enterResult(id, 4, 4, kDesk);
    QVERIFY(!refused);
    QCOMPARE(m_desk->challenge(id)->state, ChallengeState::Accepted);
    const Result<qint64> resultId = m_desk->enterResult(id, 5, 4, kDesk);
    QVERIFY2(resultId, qPrintable(errorOf(resultId)));
    QCOMPARE(m_desk->challenge(id)->state, ChallengeState::Played);
    QVERIFY(!m_desk->challenge(id)->bookingId);
}

QTEST_GUILESS_MAIN(tst_ChallengeDesk)

#include "tst_challengedesk.moc"
