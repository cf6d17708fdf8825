// The automatic referee of one table: tracked shots ruled into the table's match, held for a
// referee when they need review, confirmed, edited or overruled with who and why, the
// players' announcements, a database that refuses writes and the history the table keeps.

#include "../rules/rackplay.h"

#include <rules/rulingjson.h>
#include <rules/stepjson.h>
#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/matchrepository.h>
#include <support/resulterror.h>
#include <venue/scoreboard.h>
#include <venue/tablematch.h>
#include <venue/tablereferee.h>

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <variant>

using namespace dojo;
using namespace dojo::rules;
using namespace dojo::rules::play;
using dojo::testsupport::errorOf;
using dojo::venue::Announcement;
using dojo::venue::RefereedShot;
using dojo::venue::TableMatch;
using dojo::venue::TableReferee;
using dojo::venue::TableScoreboard;
using dojo::venue::TrackedShotReport;

namespace {

const std::array<QString, 2> kPlayers = {QStringLiteral("Efren"), QStringLiteral("Shane")};
const QString kSam = QStringLiteral("referee:Sam");
const QString kTracker = QStringLiteral("tracker");

// A legal nine-ball (or ten-ball) break that pockets the 2: the breaker stays at the table.
Shot breakPotsTwo()
{
    return breakShot().hits(1).pots(2).rails({5});
}

// A legal break that pockets nothing: the opponent is at the table.
Shot quietBreak()
{
    return breakShot().hits(1).rails({2, 3, 4, 6});
}

// 8-ball: nothing pocketed, three object balls and the cue ball to a cushion.
Shot illegalEightBallBreak()
{
    return breakShot().hits(1).rails({0, 2, 3, 5});
}

// A legal shot that pockets nothing: the lowest ball, then a cushion. The turn passes.
Shot safe(int lowest)
{
    return hit(lowest).rails({lowest});
}

// What the tracker hands over: the record without the break flag, which the referee takes
// from the rack.
TrackedShotReport tracked(int number, const ShotRecord &record, const QString &review = {})
{
    TrackedShotReport report;
    report.number = number;
    report.shot = record;
    report.shot.isBreak = false;
    report.needsReview = !review.isEmpty();
    report.reason = review;
    report.pathVerdict = QStringLiteral("The tracked paths follow the physics of the table.");
    return report;
}

// A shot as the rules are given it in the reference match: the break flag from the rack.
ShotRecord asPlayed(const Match &match, ShotRecord record)
{
    record.isBreak = match.rack().breakDue;
    return record;
}

ShotRecord recordOf(const Step &step)
{
    return std::get<ShotRecord>(step);
}

QJsonObject rulingJson(const std::optional<Ruling> &ruling)
{
    return ruling ? rulingToJson(0, *ruling, kPlayers) : QJsonObject();
}

Announcement announcement(std::vector<Step> steps, const QString &actor,
                          std::optional<Call> call = {}, bool pushOut = false)
{
    Announcement announced;
    announced.stepsBefore = std::move(steps);
    announced.call = call;
    announced.pushOut = pushOut;
    announced.actor = actor;
    return announced;
}

// A row's moves at the table: what the players announce and the shots the camera tracks.
using Move = std::variant<Announcement, ShotRecord>;
using Moves = QList<Move>;

Move track(const Shot &shot)
{
    return shot.record();
}

// "kind by actor" of each stored step, as the rows list them.
QStringList kindsAndActors(const std::vector<storage::MatchStepRecord> &steps)
{
    QStringList listed;
    for (const storage::MatchStepRecord &step : steps)
        listed << step.kind + QStringLiteral(" by ") + step.actor;
    return listed;
}

QString stateName(RefereedShot::State state)
{
    switch (state) {
    case RefereedShot::State::Waiting: return QStringLiteral("waiting");
    case RefereedShot::State::Ruled: return QStringLiteral("ruled");
    case RefereedShot::State::Unruled: return QStringLiteral("unruled");
    }
    return {};
}

enum class ConfirmRefusal { BehindAnother, NoReferee, NotHeld, NeverRuled };
enum class CorrectRefusal { OlderShot, NoReason, NoReferee, RefusedByRules, AfterOverrule };
enum class Sabotage { StepsTableGone, ConnectionClosed, ReadOnlyFile };

} // namespace

Q_DECLARE_METATYPE(Moves)
Q_DECLARE_METATYPE(dojo::rules::play::Shot)
Q_DECLARE_METATYPE(dojo::rules::Game)
Q_DECLARE_METATYPE(dojo::rules::Choice)
Q_DECLARE_METATYPE(dojo::rules::BallInHand)
Q_DECLARE_METATYPE(dojo::rules::BallSet)
Q_DECLARE_METATYPE(dojo::rules::play::Pair)
Q_DECLARE_METATYPE(ConfirmRefusal)
Q_DECLARE_METATYPE(CorrectRefusal)
Q_DECLARE_METATYPE(Sabotage)

class tst_TableReferee : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cleanShotIsRuledAtOnce_data();
    void cleanShotIsRuledAtOnce();
    void reviewHoldsTheShotsBehind_data();
    void reviewHoldsTheShotsBehind();
    void confirmRefused_data();
    void confirmRefused();
    void confirmOfRuledShotIsOnlyAudited();
    void correct_data();
    void correct();
    void correctRefused_data();
    void correctRefused();
    void overrule_data();
    void overrule();
    void withoutMatch();
    void newMatchStartsClean();
    void sameMatchFollowedAgain();
    void announcements_data();
    void announcements();
    void unansweredChoiceWaits_data();
    void unansweredChoiceWaits();
    void refusedWriteKeepsTheShotWaiting_data();
    void refusedWriteKeepsTheShotWaiting();
    void keptHistory_data();
    void keptHistory();
    void placingTheCueBallIsNoShot();

private:
    void follow(Game game, int raceTo = 0);
    std::vector<storage::MatchStepRecord> storedSteps();
    std::vector<storage::AuditEntry> auditEntries();
    QString stateOf(int number) const;

    std::unique_ptr<QTemporaryDir> m_folder;
    storage::DatabaseLocation m_location;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<TableScoreboard> m_scoreboard;
    std::unique_ptr<TableReferee> m_referee;
    qint64 m_matchId = 0;
};

void tst_TableReferee::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_location = storage::sqliteInDataFolder(m_folder->path());
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(m_location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    m_scoreboard = std::make_unique<TableScoreboard>();
    m_referee = std::make_unique<TableReferee>(*m_scoreboard);
    m_matchId = 0;
}

void tst_TableReferee::cleanup()
{
    m_referee.reset();
    m_scoreboard.reset();
    m_database.reset();
    m_folder.reset();
}

void tst_TableReferee::follow(Game game, int raceTo)
{
    MatchSetup setup = setupFor(game);
    setup.raceTo = raceTo;
    Result<std::unique_ptr<TableMatch>> started
        = TableMatch::start(*m_database, std::nullopt, setup, kPlayers);
    QVERIFY2(started, qPrintable(errorOf(started)));
    m_matchId = (*started)->id();
    m_referee->follow(std::move(*started));
}

std::vector<storage::MatchStepRecord> tst_TableReferee::storedSteps()
{
    storage::MatchRepository repository(*m_database);
    Result<std::vector<storage::MatchStepRecord>> steps = repository.steps(m_matchId);
    if (!steps) {
        qWarning("%s", qPrintable(steps.error()));
        return {};
    }
    return *steps;
}

std::vector<storage::AuditEntry> tst_TableReferee::auditEntries()
{
    Result<std::vector<storage::AuditEntry>> entries = storage::AuditLog(*m_database).recent();
    if (!entries) {
        qWarning("%s", qPrintable(entries.error()));
        return {};
    }
    return *entries;
}

QString tst_TableReferee::stateOf(int number) const
{
    const RefereedShot *shot = m_referee->shot(number);
    return shot ? stateName(shot->state) : QStringLiteral("not held");
}

// A shot that needs no review is ruled as it arrives, stored as the tracker's, and shown.
void tst_TableReferee::cleanShotIsRuledAtOnce_data()
{
    QTest::addColumn<Game>("game");
    QTest::addColumn<Steps>("shots");
    QTest::addColumn<int>("turn");
    QTest::addColumn<BallInHand>("ballInHand");
    QTest::addColumn<Pair>("score");
    QTest::addColumn<QString>("lastRuling");

    QTest::newRow("nine-ball: a break pocketing the 2, the breaker continues")
        << Game::NineBall << Steps{breakPotsTwo()} << A << BallInHand::None << Pair{0, 0}
        << QStringLiteral("Efren continues at the table.");
    QTest::newRow("nine-ball: a quiet break, then a safety")
        << Game::NineBall << Steps{quietBreak(), safe(1)} << A << BallInHand::None << Pair{0, 0}
        << QStringLiteral("Efren is at the table.");
    QTest::newRow("nine-ball: the breaker runs the 1 then scratches")
        << Game::NineBall << Steps{breakPotsTwo(), hit(1).pots(1), hit(3).pots(3).scratches()} << B
        << BallInHand::Anywhere << Pair{0, 0}
        << QStringLiteral(
               "Foul by Efren: the cue ball was pocketed. Shane has ball in hand anywhere.");
    QTest::newRow("nine-ball: a miss of the lowest ball")
        << Game::NineBall << Steps{breakPotsTwo(), hit(3).rails({3})} << B << BallInHand::Anywhere
        << Pair{0, 0}
        << QStringLiteral(
               "Foul by Efren: the wrong ball was hit first. Shane has ball in hand anywhere.");
    QTest::newRow("nine-ball: the 9 on the break wins the rack")
        << Game::NineBall << Steps{breakShot().hits(1).pots(9).rails({3})} << B
        << BallInHand::BehindHeadString << Pair{1, 0}
        << QStringLiteral("Efren won the rack; the score is 1-0. Shane breaks next.");
    QTest::newRow("eight-ball: a break pocketing the 3, then a called solid")
        << Game::EightBall << Steps{breakShot().hits(1).pots(3).rails({9}), made(1)} << A
        << BallInHand::None << Pair{0, 0} << QStringLiteral("Efren continues at the table.");
}

void tst_TableReferee::cleanShotIsRuledAtOnce()
{
    QFETCH(Game, game);
    QFETCH(Steps, shots);
    QFETCH(int, turn);
    QFETCH(BallInHand, ballInHand);
    QFETCH(Pair, score);
    QFETCH(QString, lastRuling);

    follow(game);
    QSignalSpy settled(m_referee.get(), &TableReferee::shotSettled);
    QSignalSpy review(m_referee.get(), &TableReferee::reviewNeeded);
    Match expected(setupFor(game));
    for (int i = 0; i < int(shots.size()); ++i) {
        const int number = i + 1;
        const Seat shooter = expected.rack().turn;
        const Result<Ruling, Refusal> ruling
            = expected.apply(asPlayed(expected, recordOf(shots.at(i))));
        QVERIFY(ruling);
        m_referee->shotTracked(tracked(number, recordOf(shots.at(i))));
        const RefereedShot *shot = m_referee->shot(number);
        QVERIFY(shot);
        QCOMPARE(stateName(shot->state), QStringLiteral("ruled"));
        QCOMPARE(shot->step, std::optional<int>(number));
        QCOMPARE(shot->shooter, std::optional<Seat>(shooter));
        QCOMPARE(rulingJson(shot->ruling), rulingJson(*ruling));
        QCOMPARE(shot->sentence, venue::rulingSentence(*ruling, kPlayers, shooter));
        QVERIFY(shot->reviewedBy.isEmpty());
        QCOMPARE(m_referee->waiting(), 0);
    }
    QCOMPARE(settled.count(), int(shots.size()));
    QCOMPARE(review.count(), 0);
    QVERIFY(m_referee->match()->match().rack() == expected.rack());

    const std::vector<storage::MatchStepRecord> steps = storedSteps();
    QCOMPARE(int(steps.size()), int(shots.size()));
    for (const storage::MatchStepRecord &step : steps) {
        QCOMPARE(step.kind, QStringLiteral("shot"));
        QCOMPARE(step.actor, kTracker);
        QVERIFY(step.reason.isEmpty());
    }

    const venue::Scoreboard &board = m_scoreboard->current();
    QVERIFY(board.hasMatch);
    QCOMPARE(board.game, game);
    QCOMPARE(board.players, kPlayers);
    QCOMPARE(board.score, score);
    QCOMPARE(board.turn, std::optional<Seat>(turn));
    QCOMPARE(board.ballInHand, ballInHand);
    QCOMPARE(board.shots, int(shots.size()));
    QCOMPARE(board.lastRuling, lastRuling);
}

// A shot that needs review, and every shot after it, waits; the referee's confirmation rules
// it with who and why, then the shots behind it in order.
void tst_TableReferee::reviewHoldsTheShotsBehind_data()
{
    QTest::addColumn<Steps>("shots");
    QTest::addColumn<int>("review"); // the shot that needs review

    // Efren breaks and runs the 1 and the 3, then plays safe on the 4; Shane plays safe.
    const Steps rack{breakPotsTwo(), hit(1).pots(1), hit(3).pots(3), safe(4), safe(4)};
    QTest::newRow("the break needs review: four shots wait") << rack << 1;
    QTest::newRow("the second shot needs review") << rack << 2;
    QTest::newRow("the fourth shot needs review: one waits behind it") << rack << 4;
    QTest::newRow("the last shot needs review: nothing behind it") << rack << 5;
}

void tst_TableReferee::reviewHoldsTheShotsBehind()
{
    QFETCH(Steps, shots);
    QFETCH(int, review);

    follow(Game::NineBall);
    QSignalSpy reviewNeeded(m_referee.get(), &TableReferee::reviewNeeded);
    QSignalSpy settled(m_referee.get(), &TableReferee::shotSettled);
    const QString why = QStringLiteral("The cue ball was hidden by a player's arm.");
    for (int i = 0; i < int(shots.size()); ++i) {
        const int number = i + 1;
        m_referee->shotTracked(
            tracked(number, recordOf(shots.at(i)), number == review ? why : QString()));
    }
    const int held = int(shots.size()) - review + 1;
    for (int number = 1; number <= int(shots.size()); ++number)
        QCOMPARE(stateOf(number),
                 number < review ? QStringLiteral("ruled") : QStringLiteral("waiting"));
    QCOMPARE(m_referee->waiting(), held);
    QCOMPARE(m_referee->match()->stepCount(), review - 1);
    QCOMPARE(int(storedSteps().size()), review - 1);
    QCOMPARE(m_scoreboard->current().shots, review - 1);
    QCOMPARE(reviewNeeded.count(), 1);
    QCOMPARE(reviewNeeded.at(0).at(0).toInt(), review);
    QCOMPARE(settled.count(), review - 1);
    QCOMPARE(m_referee->shot(review)->tracked.reason, why);
    // The table screen says which shot waits, and why.
    QVERIFY2(m_scoreboard->current().waitingForReferee.contains(why),
             qPrintable(m_scoreboard->current().waitingForReferee));
    QVERIFY(
        m_scoreboard->current().waitingForReferee.contains(QStringLiteral("Shot %1:").arg(review)));

    const QString reason = QStringLiteral("The replay shows the shot as tracked.");
    QSignalSpy changed(m_referee.get(), &TableReferee::changed);
    QSignalSpy boardChanged(m_scoreboard.get(), &TableScoreboard::changed);
    const Result<void> confirmed = m_referee->confirm(review, QStringLiteral(" Sam "), reason);
    QVERIFY2(confirmed, qPrintable(errorOf(confirmed)));
    QCOMPARE(m_referee->waiting(), 0);
    QCOMPARE(settled.count(), int(shots.size()));
    QCOMPARE(reviewNeeded.count(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(boardChanged.count(), held + 1); // after each ruling, then with none waiting
    QVERIFY(m_scoreboard->current().waitingForReferee.isEmpty());

    // Ruled in the order they were played, as a match fed the same shots rules them.
    Match expected(setupFor(Game::NineBall));
    const std::vector<storage::MatchStepRecord> steps = storedSteps();
    QCOMPARE(int(steps.size()), int(shots.size()));
    for (int i = 0; i < int(shots.size()); ++i) {
        const int number = i + 1;
        const Result<Ruling, Refusal> ruling
            = expected.apply(asPlayed(expected, recordOf(shots.at(i))));
        QVERIFY(ruling);
        const RefereedShot *shot = m_referee->shot(number);
        QCOMPARE(stateName(shot->state), QStringLiteral("ruled"));
        QCOMPARE(shot->step, std::optional<int>(number));
        QCOMPARE(rulingJson(shot->ruling), rulingJson(*ruling));
        QCOMPARE(steps.at(size_t(i)).number, number);
        QCOMPARE(steps.at(size_t(i)).actor, number == review ? kSam : kTracker);
        QCOMPARE(steps.at(size_t(i)).reason, number == review ? reason : QString());
        QCOMPARE(shot->reviewedBy, number == review ? kSam : QString());
    }
    QVERIFY(m_referee->match()->match().rack() == expected.rack());
    QCOMPARE(m_scoreboard->current().shots, int(shots.size()));

    const std::vector<storage::AuditEntry> audit = auditEntries();
    QVERIFY(!audit.empty());
    const storage::AuditEntry &entry = audit.front();
    QCOMPARE(entry.actor, kSam);
    QCOMPARE(entry.action, QStringLiteral("match.shot"));
    QCOMPARE(entry.subject, QStringLiteral("match:%1").arg(m_matchId));
    QVERIFY2(entry.details.contains(reason), qPrintable(entry.details));
    QVERIFY(entry.at.isValid());
}

void tst_TableReferee::confirmRefused_data()
{
    QTest::addColumn<ConfirmRefusal>("refusal");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a shot behind another waiting one")
        << ConfirmRefusal::BehindAnother
        << QStringLiteral("Shot 3 waits behind shot 2: review that one first.");
    QTest::newRow("no referee named")
        << ConfirmRefusal::NoReferee << QStringLiteral("A review needs the referee's name.");
    QTest::newRow("a shot the table no longer holds")
        << ConfirmRefusal::NotHeld << QStringLiteral("Shot 9 is no longer held.");
    QTest::newRow("a shot that was never ruled")
        << ConfirmRefusal::NeverRuled
        << QStringLiteral("Shot 1 was not ruled; there is nothing to confirm.");
}

void tst_TableReferee::confirmRefused()
{
    QFETCH(ConfirmRefusal, refusal);
    QFETCH(QString, expected);

    // Shot 1 is clean (ruled, or kept unruled without a match), shot 2 needs review, shot 3
    // waits behind it.
    if (refusal != ConfirmRefusal::NeverRuled)
        follow(Game::NineBall);
    m_referee->shotTracked(tracked(1, breakPotsTwo().record()));
    m_referee->shotTracked(
        tracked(2, hit(1).pots(1).record(), QStringLiteral("The 1 dropped out of sight.")));
    m_referee->shotTracked(tracked(3, hit(3).pots(3).record()));
    QCOMPARE(m_referee->waiting(), 2);
    const int steps = m_referee->match() ? m_referee->match()->stepCount() : 0;
    const size_t audited = auditEntries().size();
    QSignalSpy changed(m_referee.get(), &TableReferee::changed);

    const Result<void> confirmed = [&]() -> Result<void> {
        switch (refusal) {
        case ConfirmRefusal::BehindAnother: return m_referee->confirm(3, QStringLiteral("Sam"), {});
        case ConfirmRefusal::NoReferee:
            return m_referee->confirm(2, QStringLiteral("  "), QStringLiteral("Seen."));
        case ConfirmRefusal::NotHeld: return m_referee->confirm(9, QStringLiteral("Sam"), {});
        case ConfirmRefusal::NeverRuled: return m_referee->confirm(1, QStringLiteral("Sam"), {});
        }
        return {};
    }();
    QVERIFY(!confirmed);
    QCOMPARE(confirmed.error(), expected);
    QCOMPARE(m_referee->waiting(), 2);
    QCOMPARE(stateOf(2), QStringLiteral("waiting"));
    QVERIFY(m_referee->shot(2)->reviewedBy.isEmpty());
    QCOMPARE(m_referee->match() ? m_referee->match()->stepCount() : 0, steps);
    QCOMPARE(auditEntries().size(), audited);
    QCOMPARE(changed.count(), 0);
}

// Confirming a ruling already given leaves the match as it is and says so in the audit log.
void tst_TableReferee::confirmOfRuledShotIsOnlyAudited()
{
    follow(Game::NineBall);
    m_referee->shotTracked(tracked(1, breakPotsTwo().record()));
    m_referee->shotTracked(tracked(2, hit(1).rails({1}).record()));
    const RackState rack = m_referee->match()->match().rack();
    const venue::Scoreboard board = m_scoreboard->current();
    const QString reason = QStringLiteral("The replay shows a clean hit on the 1.");
    QSignalSpy settled(m_referee.get(), &TableReferee::shotSettled);

    const Result<void> confirmed = m_referee->confirm(2, QStringLiteral("Sam"), reason);
    QVERIFY2(confirmed, qPrintable(errorOf(confirmed)));
    QCOMPARE(m_referee->shot(2)->reviewedBy, kSam);
    QCOMPARE(m_referee->match()->stepCount(), 2);
    QCOMPARE(int(storedSteps().size()), 2);
    QVERIFY(m_referee->match()->match().rack() == rack);
    QCOMPARE(m_scoreboard->current().lastRuling, board.lastRuling);
    QCOMPARE(m_scoreboard->current().turn, board.turn);
    QCOMPARE(settled.count(), 0);

    const std::vector<storage::AuditEntry> audit = auditEntries();
    QVERIFY(!audit.empty());
    QCOMPARE(audit.front().action, QStringLiteral("match.confirm"));
    QCOMPARE(audit.front().actor, kSam);
    QCOMPARE(audit.front().subject, QStringLiteral("match:%1").arg(m_matchId));
    QVERIFY2(audit.front().details.contains(reason), qPrintable(audit.front().details));
    QVERIFY2(audit.front().details.contains(QStringLiteral("\"step\":2")),
             qPrintable(audit.front().details));
}

// The referee's edit of a shot: a waiting shot is ruled on it; the last ruled shot is ruled
// again, stored as a correction, and the match goes on from the edited shot.
void tst_TableReferee::correct_data()
{
    QTest::addColumn<int>("raceTo");
    QTest::addColumn<Steps>("before");   // clean shots, ruled as tracked
    QTest::addColumn<Shot>("trackedAs"); // the shot the referee edits
    QTest::addColumn<bool>("needsReview");
    QTest::addColumn<Shot>("edited");
    QTest::addColumn<int>("turn");
    QTest::addColumn<BallInHand>("ballInHand");
    QTest::addColumn<BallSet>("onTable");
    QTest::addColumn<Shot>("next");       // tracked after the edit
    QTest::addColumn<int>("nextShooter"); // Nobody: the match is over, the shot is not ruled

    const BallSet full = BallSet::range(1, 9);
    QTest::newRow("waiting: the 1 dropped late, the tracker saw a miss")
        << 0 << Steps{breakPotsTwo()} << safe(1) << true << hit(1).pots(1) << A << BallInHand::None
        << full.without(balls({1, 2})) << hit(3).pots(3) << A;
    QTest::newRow("ruled: the tracker missed the pocketed 1, Efren stays at the table")
        << 0 << Steps{breakPotsTwo()} << safe(1) << false << hit(1).pots(1) << A << BallInHand::None
        << full.without(balls({1, 2})) << hit(3).pots(3) << A;
    QTest::newRow("ruled: the tracker missed a scratch, Shane has ball in hand")
        << 0 << Steps{breakPotsTwo()} << hit(1).pots(1) << false << hit(1).pots(1).scratches() << B
        << BallInHand::Anywhere << full.without(balls({1, 2})) << safe(3) << B;
    QTest::newRow("ruled: the 1 rattled out, the turn passes")
        << 0 << Steps{breakPotsTwo(), hit(1).pots(1)} << hit(3).pots(3) << false << safe(3) << B
        << BallInHand::None << full.without(balls({1, 2})) << hit(3).pots(3) << B;
    QTest::newRow("waiting: the 3 was hit first, no foul")
        << 0 << Steps{quietBreak()} << hit(3).rails({1}) << true << hit(1).rails({1}) << A
        << BallInHand::None << full << safe(1) << A;
    QTest::newRow("ruled: the 9 dropped on a combination, Efren wins the rack")
        << 0 << Steps{breakPotsTwo()} << safe(1) << false << hit(1).pots(9) << B
        << BallInHand::BehindHeadString << full << breakPotsTwo() << B;
    QTest::newRow("ruled: the 3 dropped with the 9, Efren still wins the rack")
        << 0 << Steps{breakPotsTwo()} << hit(1).pots(9) << false << hit(1).pots(3).pots(9) << B
        << BallInHand::BehindHeadString << full << breakPotsTwo() << B;
    QTest::newRow("ruled: the 3 dropped with the 9, Efren still wins the match")
        << 1 << Steps{breakPotsTwo()} << hit(1).pots(9) << false << hit(1).pots(3).pots(9) << Nobody
        << BallInHand::None << full.without(balls({2, 3, 9})) << breakPotsTwo() << Nobody;
    QTest::newRow("ruled: the 9 dropped on a combination, Efren wins the match")
        << 1 << Steps{breakPotsTwo()} << safe(1) << false << hit(1).pots(9) << Nobody
        << BallInHand::None << full.without(balls({2, 9})) << breakPotsTwo() << Nobody;
}

void tst_TableReferee::correct()
{
    QFETCH(int, raceTo);
    QFETCH(Steps, before);
    QFETCH(Shot, trackedAs);
    QFETCH(bool, needsReview);
    QFETCH(Shot, edited);
    QFETCH(int, turn);
    QFETCH(BallInHand, ballInHand);
    QFETCH(BallSet, onTable);
    QFETCH(Shot, next);
    QFETCH(int, nextShooter);

    follow(Game::NineBall, raceTo);
    MatchSetup setup = setupFor(Game::NineBall);
    setup.raceTo = raceTo;
    Match expected(setup);
    int number = 0;
    for (const Step &step : std::as_const(before)) {
        QVERIFY(expected.apply(asPlayed(expected, recordOf(step))));
        m_referee->shotTracked(tracked(++number, recordOf(step)));
    }
    const int edit = ++number;
    m_referee->shotTracked(tracked(
        edit, trackedAs.record(),
        needsReview ? QStringLiteral("The pocket was out of the camera's view.") : QString()));
    QCOMPARE(stateOf(edit), needsReview ? QStringLiteral("waiting") : QStringLiteral("ruled"));
    const Seat shooter = expected.rack().turn;
    const ShotRecord editedAsPlayed = asPlayed(expected, edited.record());
    const Result<Ruling, Refusal> ruling = expected.apply(editedAsPlayed);
    QVERIFY(ruling);

    const QString reason = QStringLiteral("The replay shows what happened.");
    const Result<void> corrected
        = m_referee->correct(edit, edited.record(), QStringLiteral("Sam"), reason);
    QVERIFY2(corrected, qPrintable(errorOf(corrected)));

    const RefereedShot *shot = m_referee->shot(edit);
    QCOMPARE(stateName(shot->state), QStringLiteral("ruled"));
    QCOMPARE(shot->reviewedBy, kSam);
    QCOMPARE(shot->ruledShot, editedAsPlayed);
    QCOMPARE(shot->shooter, std::optional<Seat>(shooter));
    QCOMPARE(rulingJson(shot->ruling), rulingJson(*ruling));
    QCOMPARE(shot->sentence, venue::rulingSentence(*ruling, kPlayers, shooter));
    QVERIFY(m_referee->match()->match().rack() == expected.rack());
    QCOMPARE(m_referee->match()->match().score(), expected.score());
    QCOMPARE(m_referee->match()->match().rack().onTable, onTable);
    QCOMPARE(m_referee->match()->match().rackNumber(), expected.rackNumber());
    QCOMPARE(m_referee->match()->match().winner(), expected.winner());
    storage::MatchRepository repository(*m_database);
    const std::vector<storage::RackRecord> racks = repository.racks(m_matchId).value();
    QCOMPARE(int(racks.size()), expected.rackNumber());
    QCOMPARE(racks.front().endedAt.isValid(), expected.rackNumber() > 1 || expected.winner());
    QCOMPARE(racks.front().winner, ruling->winner ? kPlayers[size_t(*ruling->winner)] : QString());
    QCOMPARE(repository.match(m_matchId)->winner,
             expected.winner() ? kPlayers[size_t(*expected.winner())] : QString());
    // Stored as played: the match resumed from the database is the referee's.
    const Result<std::unique_ptr<TableMatch>> resumed = TableMatch::resume(*m_database, m_matchId);
    QVERIFY2(resumed, qPrintable(errorOf(resumed)));
    QVERIFY((*resumed)->match().rack() == expected.rack());
    QCOMPARE((*resumed)->match().score(), expected.score());
    QCOMPARE((*resumed)->match().rackNumber(), expected.rackNumber());

    // A waiting shot is stored once, as the referee's; a ruled one keeps its tracked step and
    // gets the referee's correction after it.
    const std::vector<storage::MatchStepRecord> steps = storedSteps();
    QCOMPARE(int(steps.size()), needsReview ? edit : edit + 1);
    QCOMPARE(shot->step, std::optional<int>(int(steps.size())));
    const storage::MatchStepRecord &stored = steps.back();
    QCOMPARE(stored.kind, needsReview ? QStringLiteral("shot") : QStringLiteral("correction"));
    QCOMPARE(stored.actor, kSam);
    QCOMPARE(stored.reason, reason);
    if (!needsReview)
        QCOMPARE(steps.at(size_t(edit - 1)).actor, kTracker);
    const std::vector<storage::AuditEntry> audit = auditEntries();
    QVERIFY(!audit.empty());
    QCOMPARE(audit.front().action, QStringLiteral("match.") + stored.kind);
    QCOMPARE(audit.front().actor, kSam);
    QVERIFY(audit.front().details.contains(reason));

    const venue::Scoreboard &board = m_scoreboard->current();
    QCOMPARE(board.turn, seatOrNobody(turn));
    QCOMPARE(board.ballInHand, ballInHand);
    QCOMPARE(board.score, expected.score());
    QCOMPARE(board.lastRuling, shot->sentence);

    // The match goes on from the edited shot: the next shot is the right player's.
    m_referee->shotTracked(tracked(edit + 1, next.record()));
    if (nextShooter == Nobody) {
        QCOMPARE(stateOf(edit + 1), QStringLiteral("unruled"));
        return;
    }
    const Result<Ruling, Refusal> nextRuling = expected.apply(asPlayed(expected, next.record()));
    QVERIFY(nextRuling);
    const RefereedShot *after = m_referee->shot(edit + 1);
    QCOMPARE(stateName(after->state), QStringLiteral("ruled"));
    QCOMPARE(after->shooter, std::optional<Seat>(nextShooter));
    QCOMPARE(rulingJson(after->ruling), rulingJson(*nextRuling));
    QVERIFY(m_referee->match()->match().rack() == expected.rack());
}

void tst_TableReferee::correctRefused_data()
{
    QTest::addColumn<CorrectRefusal>("refusal");
    QTest::addColumn<QString>("expected");

    QTest::newRow("an older ruled shot")
        << CorrectRefusal::OlderShot
        << QStringLiteral(
               "Only the last shot ruled can be ruled again; overrule the ruling instead.");
    QTest::newRow("no reason") << CorrectRefusal::NoReason
                               << QStringLiteral("An edited shot needs the referee's reason.");
    QTest::newRow("no referee named")
        << CorrectRefusal::NoReferee << QStringLiteral("A review needs the referee's name.");
    QTest::newRow("an edit the rules refuse: the 2 is already down")
        << CorrectRefusal::RefusedByRules << QStringLiteral("The rules refuse the edited shot: ");
    QTest::newRow("the last shot after its ruling was overruled")
        << CorrectRefusal::AfterOverrule
        << QStringLiteral(
               "Only the last shot ruled can be ruled again; overrule the ruling instead.");
}

void tst_TableReferee::correctRefused()
{
    QFETCH(CorrectRefusal, refusal);
    QFETCH(QString, expected);

    follow(Game::NineBall);
    m_referee->shotTracked(tracked(1, breakPotsTwo().record()));
    m_referee->shotTracked(tracked(2, hit(1).pots(1).record()));
    m_referee->shotTracked(tracked(3, safe(3).record()));
    const QString reason = QStringLiteral("The replay shows otherwise.");
    if (refusal == CorrectRefusal::AfterOverrule) {
        const Correction asItIs{m_referee->match()->match().rack(),
                                m_referee->match()->match().score()};
        QVERIFY(m_referee->overrule(asItIs, QStringLiteral("Sam"), reason));
    }
    const RackState rack = m_referee->match()->match().rack();
    const int steps = m_referee->match()->stepCount();
    const size_t audited = auditEntries().size();
    const ShotRecord ruledShot = m_referee->shot(3)->ruledShot;

    const ShotRecord edit = hit(3).pots(3).record();
    const Result<void> corrected = [&]() -> Result<void> {
        switch (refusal) {
        case CorrectRefusal::OlderShot:
            return m_referee->correct(2, edit, QStringLiteral("Sam"), reason);
        case CorrectRefusal::NoReason:
            return m_referee->correct(3, edit, QStringLiteral("Sam"), QStringLiteral(" "));
        case CorrectRefusal::NoReferee: return m_referee->correct(3, edit, QString(), reason);
        case CorrectRefusal::RefusedByRules:
            return m_referee->correct(3, hit(2).record(), QStringLiteral("Sam"), reason);
        case CorrectRefusal::AfterOverrule:
            return m_referee->correct(3, edit, QStringLiteral("Sam"), reason);
        }
        return {};
    }();
    QVERIFY(!corrected);
    QVERIFY2(corrected.error().startsWith(expected), qPrintable(corrected.error()));
    QVERIFY(m_referee->match()->match().rack() == rack);
    QCOMPARE(m_referee->match()->stepCount(), steps);
    QCOMPARE(int(storedSteps().size()), steps);
    QCOMPARE(auditEntries().size(), audited);
    QCOMPARE(m_referee->shot(3)->ruledShot, ruledShot);
}

// The referee overrules the last ruling: the correction is stored with the reason and the
// scoreboard and the next shot follow it.
void tst_TableReferee::overrule_data()
{
    QTest::addColumn<bool>("rackAwarded"); // else: no foul after all, Efren stays at the table
    QTest::addColumn<int>("turn");
    QTest::addColumn<BallInHand>("ballInHand");
    QTest::addColumn<Pair>("score");

    QTest::newRow("no foul after all: Efren stays at the table")
        << false << A << BallInHand::None << Pair{0, 0};
    QTest::newRow("the rack is awarded to Shane")
        << true << A << BallInHand::BehindHeadString << Pair{0, 1};
}

void tst_TableReferee::overrule()
{
    QFETCH(bool, rackAwarded);
    QFETCH(int, turn);
    QFETCH(BallInHand, ballInHand);
    QFETCH(Pair, score);

    follow(Game::NineBall, 5);
    m_referee->shotTracked(tracked(1, breakPotsTwo().record()));
    // The tracker saw the 3 first: a foul, Shane has ball in hand.
    m_referee->shotTracked(tracked(2, hit(3).pots(3).record()));
    QCOMPARE(m_scoreboard->current().turn, std::optional<Seat>(B));

    Correction correction{m_referee->match()->match().rack(), m_referee->match()->match().score()};
    if (rackAwarded) {
        // A new rack, Efren (the loser) to break as the alternate-break rule has it.
        correction.rack = newRack(Game::NineBall, A);
        correction.score = {0, 1};
    } else {
        correction.rack.turn = A;
        correction.rack.ballInHand = BallInHand::None;
        correction.rack.foulsInARow = {0, 0};
    }
    const QString reason = QStringLiteral("The 1 was hit first; the camera lost it in a shadow.");

    QVERIFY(!m_referee->overrule(correction, QStringLiteral("Sam"), QStringLiteral(" ")));
    QVERIFY(!m_referee->overrule(correction, QString(), reason));
    QCOMPARE(m_referee->match()->stepCount(), 2);

    const Result<void> overruled = m_referee->overrule(correction, QStringLiteral("Sam"), reason);
    QVERIFY2(overruled, qPrintable(errorOf(overruled)));
    QVERIFY(m_referee->match()->match().rack() == correction.rack);
    QCOMPARE(m_referee->match()->match().score(), score);
    const std::vector<storage::MatchStepRecord> steps = storedSteps();
    QCOMPARE(int(steps.size()), 3);
    QCOMPARE(steps.back().kind, QStringLiteral("correction"));
    QCOMPARE(steps.back().actor, kSam);
    QCOMPARE(steps.back().reason, reason);
    const std::vector<storage::AuditEntry> audit = auditEntries();
    QVERIFY(!audit.empty());
    QCOMPARE(audit.front().action, QStringLiteral("match.correction"));
    QCOMPARE(audit.front().actor, kSam);
    QVERIFY(audit.front().details.contains(reason));
    QCOMPARE(m_referee->shot(2)->reviewedBy, kSam);

    const venue::Scoreboard &board = m_scoreboard->current();
    QCOMPARE(board.turn, std::optional<Seat>(turn));
    QCOMPARE(board.ballInHand, ballInHand);
    QCOMPARE(board.score, score);
    QCOMPARE(board.shots, 3);
    QVERIFY2(board.lastRuling.contains(reason), qPrintable(board.lastRuling));

    // The next tracked shot is Efren's, on the corrected table.
    Match expected(setupFor(Game::NineBall));
    QVERIFY(expected.apply(correction));
    const ShotRecord next = rackAwarded ? breakPotsTwo().record() : hit(1).pots(1).record();
    const Result<Ruling, Refusal> nextRuling = expected.apply(asPlayed(expected, next));
    QVERIFY(nextRuling);
    m_referee->shotTracked(tracked(3, next));
    QCOMPARE(stateOf(3), QStringLiteral("ruled"));
    QCOMPARE(m_referee->shot(3)->shooter, std::optional<Seat>(A));
    QCOMPARE(rulingJson(m_referee->shot(3)->ruling), rulingJson(*nextRuling));
    QVERIFY(m_referee->match()->match().rack() == expected.rack());
}

// Without a match the shots are kept, not ruled, and nothing is written.
void tst_TableReferee::withoutMatch()
{
    QSignalSpy settled(m_referee.get(), &TableReferee::shotSettled);
    m_referee->follow(nullptr);
    QVERIFY(!m_referee->match());
    QVERIFY(!m_scoreboard->current().hasMatch);
    const QString unruled = QStringLiteral(
        "No match is being played at this table: the shot was kept but not ruled.");

    m_referee->shotTracked(tracked(1, breakPotsTwo().record()));
    m_referee->shotTracked(tracked(2, safe(1).record(), QStringLiteral("Two balls touched.")));
    m_referee->shotTracked(tracked(3, safe(1).record()));
    QCOMPARE(stateOf(1), QStringLiteral("unruled"));
    QCOMPARE(m_referee->shot(1)->sentence, unruled);
    QVERIFY(!m_referee->shot(1)->step);
    QCOMPARE(m_referee->waiting(), 2);

    QVERIFY2(m_referee->confirm(2, QStringLiteral("Sam"), {}),
             "a waiting shot is reviewed with or without a match");
    QCOMPARE(stateOf(2), QStringLiteral("unruled"));
    QCOMPARE(stateOf(3), QStringLiteral("unruled"));
    QCOMPARE(m_referee->shot(3)->sentence, unruled);
    QCOMPARE(m_referee->waiting(), 0);
    QCOMPARE(settled.count(), 3);

    const Result<void> overruled = m_referee->overrule(
        Correction{newRack(Game::NineBall, A), {}}, QStringLiteral("Sam"), QStringLiteral("No."));
    QVERIFY(!overruled);
    QCOMPARE(overruled.error(), QStringLiteral("No match is being played at this table."));
    QVERIFY(!m_referee->correct(3, safe(1).record(), QStringLiteral("Sam"), QStringLiteral("No.")));
    QVERIFY(!m_scoreboard->current().hasMatch);
    QCOMPARE(auditEntries().size(), size_t(0));

    // A match that ends at the table: the shots after it are kept, the match is left alone.
    follow(Game::NineBall);
    QVERIFY(m_scoreboard->current().hasMatch);
    m_referee->shotTracked(tracked(4, breakPotsTwo().record()));
    QCOMPARE(stateOf(4), QStringLiteral("ruled"));
    m_referee->follow(nullptr);
    QVERIFY(!m_scoreboard->current().hasMatch);
    m_referee->shotTracked(tracked(5, hit(1).pots(1).record()));
    QCOMPARE(stateOf(5), QStringLiteral("unruled"));
    QCOMPARE(int(storedSteps().size()), 1);
}

// A new match at the table shows its own scoreboard, and the last match's shots are no longer
// its to confirm or edit.
void tst_TableReferee::newMatchStartsClean()
{
    follow(Game::NineBall);
    const qint64 first = m_matchId;
    m_referee->shotTracked(tracked(1, breakPotsTwo().record()));
    m_referee->shotTracked(tracked(2, hit(1).pots(1).record()));
    QVERIFY(!m_scoreboard->current().lastRuling.isEmpty());
    // Shot 3 waits for a referee, shot 4 behind it, when the table starts another match.
    m_referee->shotTracked(tracked(3, safe(3).record(), QStringLiteral("A player stood in view.")));
    m_referee->shotTracked(tracked(4, safe(3).record()));
    QCOMPARE(m_referee->waiting(), 2);
    QSignalSpy settled(m_referee.get(), &TableReferee::shotSettled);
    // An announcement for the last match's next shot is dropped with it.
    m_referee->announce(announcement({}, QStringLiteral("player:Efren"), std::nullopt, true));

    follow(Game::EightBall);
    QVERIFY(m_matchId != first);
    // The held shots were the last match's: kept, never ruled into the new one.
    QCOMPARE(m_referee->waiting(), 0);
    QCOMPARE(settled.count(), 2);
    for (const int number : {3, 4}) {
        QCOMPARE(stateOf(number), QStringLiteral("unruled"));
        QCOMPARE(m_referee->shot(number)->sentence,
                 QStringLiteral("The shot was played before this match at the table: it was kept "
                                "but not ruled."));
    }
    QCOMPARE(m_referee->confirm(3, QStringLiteral("Sam"), {}).error(),
             QStringLiteral("Shot 3 was not ruled; there is nothing to confirm."));
    const venue::Scoreboard &board = m_scoreboard->current();
    QVERIFY(board.hasMatch);
    QCOMPARE(board.game, Game::EightBall);
    QCOMPARE(board.shots, 0);
    QCOMPARE(board.lastRuling, QString());
    const size_t audited = auditEntries().size();
    QVERIFY(!m_referee->confirm(2, QStringLiteral("Sam"), QStringLiteral("Seen.")));
    QVERIFY(
        !m_referee->correct(2, safe(1).record(), QStringLiteral("Sam"), QStringLiteral("Seen.")));
    QCOMPARE(auditEntries().size(), audited);
    QCOMPARE(m_referee->match()->stepCount(), 0);
    // An overrule before the new match's first shot leaves the last match's shots as ruled.
    const QString sentence = m_referee->shot(2)->sentence;
    const Correction asItIs{m_referee->match()->match().rack(), {}};
    QVERIFY(m_referee->overrule(asItIs, QStringLiteral("Sam"), QStringLiteral("Racked again.")));
    QCOMPARE(m_referee->shot(2)->sentence, sentence);
    QVERIFY(m_referee->shot(2)->reviewedBy.isEmpty());
    QCOMPARE(m_scoreboard->current().lastRuling, QString());

    m_referee->shotTracked(tracked(5, breakShot().hits(1).pots(3).rails({9}).record()));
    QCOMPARE(stateOf(5), QStringLiteral("ruled"));
    QCOMPARE(m_referee->shot(5)->step, std::optional<int>(2));
    QVERIFY(!m_referee->shot(5)->ruledShot.pushOut);
    QCOMPARE(m_scoreboard->current().lastRuling, m_referee->shot(5)->sentence);
    QCOMPARE(m_scoreboard->current().shots, 2);
}

// The table's match resumed from the database (its camera restarted) is the same match: the
// shots held for review still wait and are ruled into it.
void tst_TableReferee::sameMatchFollowedAgain()
{
    follow(Game::NineBall);
    m_referee->shotTracked(tracked(1, breakPotsTwo().record()));
    m_referee->shotTracked(
        tracked(2, hit(1).pots(1).record(), QStringLiteral("The 1 was hidden.")));
    const QString lastRuling = m_scoreboard->current().lastRuling;

    Result<std::unique_ptr<TableMatch>> resumed = TableMatch::resume(*m_database, m_matchId);
    QVERIFY2(resumed, qPrintable(errorOf(resumed)));
    m_referee->follow(std::move(*resumed));
    QCOMPARE(m_referee->waiting(), 1);
    QCOMPARE(m_scoreboard->current().lastRuling, lastRuling);
    QCOMPARE(m_scoreboard->current().shots, 1);

    QVERIFY(m_referee->confirm(2, QStringLiteral("Sam"), QStringLiteral("Seen on the replay.")));
    QCOMPARE(stateOf(2), QStringLiteral("ruled"));
    QCOMPARE(m_referee->shot(2)->step, std::optional<int>(2));
    QCOMPARE(m_referee->shot(2)->shooter, std::optional<Seat>(A));
    QCOMPARE(kindsAndActors(storedSteps()), (QStringList{QStringLiteral("shot by tracker"),
                                                         QStringLiteral("shot by referee:Sam")}));
}

// What the players enter at the table goes with the next tracked shot.
void tst_TableReferee::announcements_data()
{
    QTest::addColumn<Game>("game");
    QTest::addColumn<Moves>("moves");
    QTest::addColumn<QStringList>("stored"); // "kind by actor"
    QTest::addColumn<int>("lastShooter");
    QTest::addColumn<int>("turn");
    QTest::addColumn<bool>("remark"); // the last shot's sentence says a step was not taken

    const QString efren = QStringLiteral("player:Efren");
    const QString shane = QStringLiteral("player:Shane");
    const QString shotByTracker = QStringLiteral("shot by tracker");
    const Announcement pushOut = announcement({}, efren, std::nullopt, true);
    const Call oneFootLeft{false, 1, PocketId::FootLeft};

    QTest::newRow("nine-ball push-out, then Shane shoots")
        << Game::NineBall
        << Moves{track(breakPotsTwo()), pushOut, track(hit(3).rails({3})),
                 announcement({Choice::Shoot}, shane), track(hit(1).pots(1))}
        << QStringList{shotByTracker, shotByTracker, QStringLiteral("decision by player:Shane"),
                       shotByTracker}
        << B << B << false;
    QTest::newRow("nine-ball push-out, then Shane hands it back")
        << Game::NineBall
        << Moves{track(breakPotsTwo()), pushOut, track(hit(3).rails({3})),
                 announcement({Choice::HandBack}, shane), track(safe(1))}
        << QStringList{shotByTracker, shotByTracker, QStringLiteral("decision by player:Shane"),
                       shotByTracker}
        << A << B << false;
    QTest::newRow("ten-ball: the called 1 made, Efren continues")
        << Game::TenBall
        << Moves{track(breakPotsTwo()), announcement({}, efren, oneFootLeft),
                 track(hit(1).pots(1, FootLeft))}
        << QStringList{shotByTracker, shotByTracker} << A << A << false;
    QTest::newRow("ten-ball push-out; a second announcement adds the call to the choice")
        << Game::TenBall
        << Moves{track(breakPotsTwo()),
                 pushOut,
                 track(hit(3).rails({3})),
                 announcement({Choice::Shoot}, shane),
                 announcement({}, shane, oneFootLeft),
                 track(hit(1).pots(1, FootLeft))}
        << QStringList{shotByTracker, shotByTracker, QStringLiteral("decision by player:Shane"),
                       shotByTracker}
        << B << B << false;
    QTest::newRow("two announcements before one shot: both steps are taken")
        << Game::NineBall
        << Moves{track(breakPotsTwo()), announcement({Stalemate{}}, kSam),
                 announcement({Stalemate{}}, kSam), track(quietBreak())}
        << QStringList{shotByTracker, QStringLiteral("stalemate by referee:Sam"),
                       QStringLiteral("stalemate by referee:Sam"), shotByTracker}
        << A << B << false;
    QTest::newRow("a choice the rules did not offer is not taken, with a remark")
        << Game::NineBall
        << Moves{track(breakPotsTwo()), announcement({Choice::Rerack}, efren), track(safe(1))}
        << QStringList{shotByTracker, shotByTracker} << A << B << true;
}

void tst_TableReferee::announcements()
{
    QFETCH(Game, game);
    QFETCH(Moves, moves);
    QFETCH(QStringList, stored);
    QFETCH(int, lastShooter);
    QFETCH(int, turn);
    QFETCH(bool, remark);

    follow(game);
    // The same moves through the rules alone: the steps announced, then the shot with the call.
    Match expected(setupFor(game));
    std::optional<Announcement> pending;
    std::optional<Ruling> lastRuling;
    int number = 0;
    for (const Move &move : std::as_const(moves)) {
        if (const Announcement *announced = std::get_if<Announcement>(&move)) {
            m_referee->announce(*announced);
            if (!pending) {
                pending = *announced;
            } else {
                pending->stepsBefore.insert(pending->stepsBefore.end(),
                                            announced->stepsBefore.begin(),
                                            announced->stepsBefore.end());
                pending->call = announced->call;
                pending->pushOut = announced->pushOut;
            }
            continue;
        }
        ShotRecord record = std::get<ShotRecord>(move);
        m_referee->shotTracked(tracked(++number, record));
        if (pending) {
            for (const Step &step : pending->stepsBefore)
                (void)expected.apply(step);
            record.call = pending->call;
            record.pushOut = pending->pushOut;
            pending.reset();
        }
        const Seat shooter = expected.rack().turn;
        const Result<Ruling, Refusal> ruling = expected.apply(asPlayed(expected, record));
        QVERIFY(ruling);
        lastRuling = *ruling;
        const RefereedShot *shot = m_referee->shot(number);
        QCOMPARE(stateName(shot->state), QStringLiteral("ruled"));
        QCOMPARE(shot->shooter, std::optional<Seat>(shooter));
        QCOMPARE(shot->ruledShot.call, record.call);
        QCOMPARE(shot->ruledShot.pushOut, record.pushOut);
        QCOMPARE(rulingJson(shot->ruling), rulingJson(*ruling));
    }

    QCOMPARE(kindsAndActors(storedSteps()), stored);
    const RefereedShot *last = m_referee->shot(number);
    QCOMPARE(last->shooter, std::optional<Seat>(lastShooter));
    QCOMPARE(m_scoreboard->current().turn, std::optional<Seat>(turn));
    QVERIFY(m_referee->match()->match().rack() == expected.rack());
    QVERIFY(last->announced.stepsBefore.empty());
    QCOMPARE(
        last->sentence.contains(QStringLiteral("A step entered before the shot was not taken")),
        remark);
    QVERIFY2(last->sentence.startsWith(venue::rulingSentence(*lastRuling, kPlayers, lastShooter)),
             qPrintable(last->sentence));
    // The stored shot carries the call and the push-out the players announced.
    const std::vector<storage::MatchStepRecord> steps = storedSteps();
    QCOMPARE(steps.back().input, stepInputToJson(last->ruledShot, kPlayers));
}

// A shot that comes while the rules offer a choice no one entered waits for a referee, who
// settles it as the table was played: the player at the table shot (or accepted it).
void tst_TableReferee::unansweredChoiceWaits_data()
{
    QTest::addColumn<Game>("game");
    QTest::addColumn<Moves>("moves");
    QTest::addColumn<Shot>("waiting"); // the shot that comes with the choice unanswered
    QTest::addColumn<Choice>("settled");

    QTest::newRow("nine-ball: a push-out nobody answered")
        << Game::NineBall
        << Moves{track(breakPotsTwo()),
                 announcement({}, QStringLiteral("player:Efren"), std::nullopt, true),
                 track(hit(3).rails({3}))}
        << hit(1).pots(1) << Choice::Shoot;
    QTest::newRow("ten-ball: a missed call nobody answered")
        << Game::TenBall << Moves{track(breakPotsTwo()), track(hit(1).pots(1))} << safe(3)
        << Choice::Shoot;
    QTest::newRow("eight-ball: an illegal break nobody answered")
        << Game::EightBall << Moves{track(illegalEightBallBreak())} << hit(1).pots(1)
        << Choice::Accept;
    QTest::newRow("eight-ball: the 8 on the break nobody answered, Efren played on")
        << Game::EightBall << Moves{track(breakShot().hits(1).pots(8).rails({2, 3}))}
        << hit(1).pots(1) << Choice::RespotEight;
}

void tst_TableReferee::unansweredChoiceWaits()
{
    QFETCH(Game, game);
    QFETCH(Moves, moves);
    QFETCH(Shot, waiting);
    QFETCH(Choice, settled);

    follow(game);
    int number = 0;
    for (const Move &move : std::as_const(moves)) {
        if (const Announcement *announced = std::get_if<Announcement>(&move))
            m_referee->announce(*announced);
        else
            m_referee->shotTracked(tracked(++number, std::get<ShotRecord>(move)));
    }
    QCOMPARE(m_referee->waiting(), 0);
    QVERIFY(m_referee->match()->match().rack().options.contains(settled));
    const int steps = m_referee->match()->stepCount();
    const Match before = m_referee->match()->match();

    QSignalSpy reviewNeeded(m_referee.get(), &TableReferee::reviewNeeded);
    const int held = ++number;
    m_referee->shotTracked(tracked(held, waiting.record()));
    m_referee->shotTracked(tracked(held + 1, safe(9).record()));
    QCOMPARE(stateOf(held), QStringLiteral("waiting"));
    QCOMPARE(stateOf(held + 1), QStringLiteral("waiting"));
    QCOMPARE(m_referee->waiting(), 2);
    QVERIFY(m_referee->shot(held)->tracked.needsReview);
    QCOMPARE(m_referee->shot(held)->tracked.reason,
             QStringLiteral("The rules offered a choice before this shot that no one entered: a "
                            "referee must settle it."));
    QCOMPARE(reviewNeeded.count(), 1);
    QCOMPARE(reviewNeeded.at(0).at(0).toInt(), held);
    QCOMPARE(m_referee->match()->stepCount(), steps);

    // Left waiting again on the next tracked shot, and not asked for twice.
    m_referee->shotTracked(tracked(held + 2, safe(9).record()));
    QCOMPARE(m_referee->waiting(), 3);
    QCOMPARE(reviewNeeded.count(), 1);

    const QString reason = QStringLiteral("The player at the table shot on.");
    const Result<void> confirmed = m_referee->confirm(held, QStringLiteral("Sam"), reason);
    QVERIFY2(confirmed, qPrintable(errorOf(confirmed)));
    QCOMPARE(stateOf(held), QStringLiteral("ruled"));
    Match expected = before;
    QVERIFY(expected.apply(settled));
    const Seat shooter = expected.rack().turn;
    const Result<Ruling, Refusal> ruling = expected.apply(asPlayed(expected, waiting.record()));
    QVERIFY(ruling);
    QCOMPARE(m_referee->shot(held)->shooter, std::optional<Seat>(shooter));
    QCOMPARE(rulingJson(m_referee->shot(held)->ruling), rulingJson(*ruling));

    const std::vector<storage::MatchStepRecord> stored = storedSteps();
    QVERIFY(int(stored.size()) >= steps + 2);
    const storage::MatchStepRecord &decision = stored.at(size_t(steps));
    QCOMPARE(decision.kind, QStringLiteral("decision"));
    QCOMPARE(decision.actor, kSam);
    QCOMPARE(decision.reason, reason);
    QCOMPARE(decision.input.value(QLatin1String("choice")).toString(), choiceKey(settled));
    QCOMPARE(stored.at(size_t(steps + 1)).kind, QStringLiteral("shot"));
    QCOMPARE(stored.at(size_t(steps + 1)).actor, kSam);
    // The shots behind it are ruled (or refused by the rules) in turn, none left waiting.
    QCOMPARE(m_referee->waiting(), 0);
    QVERIFY(stateOf(held + 1) != QStringLiteral("waiting"));
}

// A database that refuses the write: the shot is not ruled, the match is as before.
void tst_TableReferee::refusedWriteKeepsTheShotWaiting_data()
{
    QTest::addColumn<Sabotage>("sabotage");
    QTest::addColumn<bool>("reviewed"); // the shot needed review and a referee confirmed it

    QTest::newRow("the steps table is gone") << Sabotage::StepsTableGone << false;
    QTest::newRow("the connection is closed") << Sabotage::ConnectionClosed << false;
    QTest::newRow("the file is read-only") << Sabotage::ReadOnlyFile << false;
    QTest::newRow("the steps table is gone when the referee confirms")
        << Sabotage::StepsTableGone << true;
}

void tst_TableReferee::refusedWriteKeepsTheShotWaiting()
{
    QFETCH(Sabotage, sabotage);
    QFETCH(bool, reviewed);

    follow(Game::NineBall);
    m_referee->shotTracked(tracked(1, breakPotsTwo().record()));
    const Match before = m_referee->match()->match();
    const venue::Scoreboard board = m_scoreboard->current();

    QSqlDatabase connection = m_database->connection();
    switch (sabotage) {
    case Sabotage::StepsTableGone: {
        QSqlQuery query(connection);
        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE match_steps RENAME TO away")),
                 qPrintable(query.lastError().text()));
        break;
    }
    case Sabotage::ConnectionClosed: connection.close(); break;
    case Sabotage::ReadOnlyFile: {
        QSqlQuery query(connection);
        QVERIFY2(query.exec(QStringLiteral("PRAGMA query_only = ON")),
                 qPrintable(query.lastError().text()));
        break;
    }
    }

    QSignalSpy settled(m_referee.get(), &TableReferee::shotSettled);
    m_referee->shotTracked(tracked(2, hit(1).pots(1).record(),
                                   reviewed ? QStringLiteral("The 1 was hidden.") : QString()));
    if (reviewed) {
        QCOMPARE(stateOf(2), QStringLiteral("waiting"));
        QVERIFY(!m_referee->confirm(2, QStringLiteral("Sam"), QStringLiteral("Seen on replay.")));
    }
    // Ruled but not stored: it waits, and so does the shot behind it; nothing is lost.
    m_referee->shotTracked(tracked(3, safe(3).record()));
    QCOMPARE(stateOf(2), QStringLiteral("waiting"));
    QCOMPARE(stateOf(3), QStringLiteral("waiting"));
    QCOMPARE(settled.count(), 0);
    const RefereedShot *shot = m_referee->shot(2);
    QVERIFY2(shot->tracked.reason.startsWith(QStringLiteral("The shot could not be stored (")),
             qPrintable(shot->tracked.reason));
    QVERIFY(!shot->step);
    QVERIFY(!shot->ruling);
    qInfo("%s", qPrintable(shot->tracked.reason));
    QCOMPARE(m_referee->match()->stepCount(), 1);
    QVERIFY(m_referee->match()->match().rack() == before.rack());
    QCOMPARE(m_referee->match()->match().score(), before.score());
    QCOMPARE(m_scoreboard->current().shots, board.shots);
    QCOMPARE(m_scoreboard->current().lastRuling, board.lastRuling);
    QCOMPARE(m_scoreboard->current().turn, board.turn);
    QCOMPARE(m_referee->waiting(), 2);
    // A confirmation while the database still refuses says why, and changes nothing.
    const Result<void> tooSoon
        = m_referee->confirm(2, QStringLiteral("Sam"), QStringLiteral("Seen on replay."));
    QVERIFY(!tooSoon);
    QCOMPARE(m_referee->waiting(), 2);

    // The database is back: the referee's confirmation stores it, then the shot behind it.
    switch (sabotage) {
    case Sabotage::StepsTableGone: {
        QSqlQuery query(connection);
        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE away RENAME TO match_steps")),
                 qPrintable(query.lastError().text()));
        break;
    }
    case Sabotage::ConnectionClosed: QVERIFY(connection.open()); break;
    case Sabotage::ReadOnlyFile: {
        QSqlQuery query(connection);
        QVERIFY2(query.exec(QStringLiteral("PRAGMA query_only = OFF")),
                 qPrintable(query.lastError().text()));
        break;
    }
    }
    const Result<void> stored
        = m_referee->confirm(2, QStringLiteral("Sam"), QStringLiteral("Seen on replay."));
    QVERIFY2(stored, qPrintable(errorOf(stored)));
    QCOMPARE(stateOf(2), QStringLiteral("ruled"));
    QCOMPARE(stateOf(3), QStringLiteral("ruled"));
    QCOMPARE(m_referee->match()->stepCount(), 3);
    QCOMPARE(int(storedSteps().size()), 3);
    QCOMPARE(m_referee->waiting(), 0);
}

// The table keeps its last 50 shots, but never lets go of one still waiting for a referee.
void tst_TableReferee::keptHistory_data()
{
    QTest::addColumn<int>("shots");
    QTest::addColumn<int>("review"); // 0: none needs review
    QTest::addColumn<int>("firstKept");
    QTest::addColumn<int>("kept");
    QTest::addColumn<int>("waiting");

    QTest::newRow("60 clean shots: the last 50") << 60 << 0 << 11 << 50 << 0;
    QTest::newRow("50 clean shots: all") << 50 << 0 << 1 << 50 << 0;
    QTest::newRow("60 shots, the 30th waits: the last 50") << 60 << 30 << 11 << 50 << 31;
    QTest::newRow("60 shots, the 5th waits: 56 waiting are all kept") << 60 << 5 << 5 << 56 << 56;
}

void tst_TableReferee::keptHistory()
{
    QFETCH(int, shots);
    QFETCH(int, review);
    QFETCH(int, firstKept);
    QFETCH(int, kept);
    QFETCH(int, waiting);

    follow(Game::NineBall);
    // A quiet break, then safeties on the 1 back and forth: legal shots without end.
    for (int number = 1; number <= shots; ++number) {
        const Shot shot = number == 1 ? quietBreak() : safe(1);
        m_referee->shotTracked(
            tracked(number, shot.record(),
                    number == review ? QStringLiteral("The view was blocked.") : QString()));
    }
    const std::deque<RefereedShot> &held = m_referee->shots();
    QCOMPARE(int(held.size()), kept);
    QCOMPARE(held.front().tracked.number, firstKept);
    QCOMPARE(held.back().tracked.number, shots);
    for (size_t i = 1; i < held.size(); ++i)
        QCOMPARE(held[i].tracked.number, held[i - 1].tracked.number + 1);
    QCOMPARE(m_referee->waiting(), waiting);
    QVERIFY(!m_referee->shot(firstKept - 1));
    if (review) {
        QVERIFY(m_referee->shot(review));
        QVERIFY(m_referee->confirm(review, QStringLiteral("Sam"), {}));
        QCOMPARE(m_referee->waiting(), 0);
    }
    QCOMPARE(m_referee->match()->stepCount(), shots);

    // Once nothing waits, the next shot leaves the last 50 again.
    m_referee->shotTracked(tracked(shots + 1, safe(1).record()));
    QCOMPARE(int(m_referee->shots().size()), std::min(shots + 1, 50));
    QCOMPARE(m_referee->shots().back().tracked.number, shots + 1);
    QCOMPARE(m_referee->shots().front().tracked.number, std::max(1, shots + 1 - 49));
}

// With ball in hand the player carries the cue ball to its place: the camera sees it move
// alone and touch nothing. That is no shot; what the player announced goes with the shot that
// follows. Without ball in hand the same record is a foul (no contact).
void tst_TableReferee::placingTheCueBallIsNoShot()
{
    follow(Game::NineBall);
    ShotRecord nothing; // the cue ball moved, touched nothing, reached no cushion
    // Before the break the cue ball is in hand behind the head string.
    m_referee->shotTracked(tracked(1, nothing));
    const RefereedShot *placed = m_referee->shot(1);
    QVERIFY(placed);
    QCOMPARE(stateName(placed->state), QStringLiteral("unruled"));
    QVERIFY(placed->placement);
    QVERIFY(storedSteps().empty());

    m_referee->shotTracked(tracked(2, quietBreak().record()));
    QCOMPARE(stateName(m_referee->shot(2)->state), QStringLiteral("ruled"));
    // The opponent is at the table with no ball in hand: a cue ball touching nothing is a foul.
    m_referee->shotTracked(tracked(3, nothing));
    const RefereedShot *miss = m_referee->shot(3);
    QCOMPARE(stateName(miss->state), QStringLiteral("ruled"));
    QVERIFY(!miss->placement);
    QVERIFY(miss->ruling && miss->ruling->foul);
    QCOMPARE(m_referee->match()->match().rack().ballInHand, BallInHand::Anywhere);

    // Ball in hand anywhere: the placement is no shot, and the call announced before it (as
    // the strike follows the placement) goes with the shot after it.
    m_referee->announce(
        announcement({}, QStringLiteral("player:Efren"), Call{false, 1, PocketId::FootLeft}));
    m_referee->shotTracked(tracked(4, nothing));
    QVERIFY(m_referee->shot(4)->placement);
    m_referee->shotTracked(tracked(5, safe(1).record()));
    const RefereedShot *after = m_referee->shot(5);
    QCOMPARE(stateName(after->state), QStringLiteral("ruled"));
    QCOMPARE(after->ruledShot.call, std::optional<Call>(Call{false, 1, PocketId::FootLeft}));
    QCOMPARE(int(storedSteps().size()), 3);
}

QTEST_GUILESS_MAIN(tst_TableReferee)

#include "tst_tablereferee.moc"
