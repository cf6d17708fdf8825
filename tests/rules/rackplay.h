#pragma once

// What the rules tests share: shots written as a row reads them, the steps of a rack played
// through a Match, and a comparison of the last ruling with what the row expects.

#include <rules/match.h>
#include <rules/refusal.h>
#include <rules/step.h>

#include <core/ball.h>
#include <core/shotrecord.h>

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <initializer_list>
#include <optional>
#include <vector>

namespace dojo::rules::play {

inline constexpr Seat A = 0;
inline constexpr Seat B = 1;
inline constexpr int Nobody = -1; // an expected `turn`, `winner` or `match_winner` of null

inline constexpr PocketId HeadLeft = PocketId::HeadLeft;
inline constexpr PocketId HeadRight = PocketId::HeadRight;
inline constexpr PocketId SideLeft = PocketId::SideLeft;
inline constexpr PocketId SideRight = PocketId::SideRight;
inline constexpr PocketId FootLeft = PocketId::FootLeft;
inline constexpr PocketId FootRight = PocketId::FootRight;

using Pair = std::array<int, 2>; // one number per player: A, B

inline BallSet balls(std::initializer_list<int> numbers)
{
    BallSet set;
    for (int number : numbers)
        set.insert(number);
    return set;
}

// One shot, built the way a referee tells it: Shot().breaks().hits(1).pots(3).rails({2, 5}).
class Shot
{
public:
    Shot &breaks()
    {
        m_record.isBreak = true;
        return *this;
    }
    Shot &hits(int ball)
    {
        m_record.firstContact = ball;
        return *this;
    }
    Shot &pots(int ball, PocketId pocket = FootLeft)
    {
        m_record.pocketed.push_back({ball, pocket});
        return *this;
    }
    Shot &scratches(PocketId pocket = HeadLeft) { return pots(kCueBall, pocket); }
    Shot &rails(std::initializer_list<int> numbers)
    {
        m_record.rails.insert(m_record.rails.end(), numbers);
        return *this;
    }
    Shot &off(std::initializer_list<int> numbers)
    {
        m_record.offTable.insert(m_record.offTable.end(), numbers);
        return *this;
    }
    Shot &calls(int ball, PocketId pocket)
    {
        m_record.call = Call{false, ball, pocket};
        return *this;
    }
    Shot &safety()
    {
        m_record.call = Call::safetyCall();
        return *this;
    }
    Shot &pushOut()
    {
        m_record.pushOut = true;
        return *this;
    }
    Shot &refereeCalls(RefereeFoul foul)
    {
        m_record.refereeFouls.push_back(foul);
        return *this;
    }
    const ShotRecord &record() const { return m_record; }
    operator Step() const { return m_record; } // NOLINT: rows list shots among other steps

private:
    ShotRecord m_record;
};

inline Shot breakShot()
{
    return Shot().breaks();
}
inline Shot hit(int ball)
{
    return Shot().hits(ball);
}
// The object ball `ball` called and pocketed in `pocket`.
inline Shot made(int ball, PocketId pocket = FootLeft)
{
    return Shot().hits(ball).calls(ball, pocket).pots(ball, pocket);
}

using Steps = QList<Step>;

struct Played
{
    std::optional<Ruling> last; // the ruling of the last step
    QString error;              // "step 3: ..." when a step was refused
};

inline Played playAll(Match &match, const Steps &steps)
{
    Played played;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Result<Ruling, Refusal> ruling = match.apply(steps.at(i));
        if (!ruling) {
            played.error = QStringLiteral("step %1 refused: %2")
                               .arg(QString::number(i + 1), refusalText(ruling.error()));
            return played;
        }
        played.last = *ruling;
    }
    if (!played.last)
        played.error = QStringLiteral("the row has no steps");
    return played;
}

inline MatchSetup setupFor(Game game, const GameOptions &options = {})
{
    MatchSetup setup;
    setup.game = game;
    setup.options = options;
    return setup;
}

// 8-ball groups as the row states them, from A's side.
enum class Groups { Open, ASolids, AStripes };

// What a row expects of the last step: every key it sets is compared, the others are not.
// (The `= {}` let rows name only the keys they check.)
struct Expect
{
    std::optional<bool> foul = {};
    std::vector<Foul> fouls = {}; // when given, exactly the step's fouls (each rule broken)
    std::optional<int> turn = {}; // A, B, or Nobody once the match is won
    std::optional<BallInHand> ballInHand = {};
    std::optional<Choices> options = {};
    std::optional<bool> pushOutAllowed = {};
    std::optional<Groups> groups = {};
    std::optional<BallSet> respotted = {};
    std::optional<Pair> foulsInARow = {};
    std::optional<bool> warning = {};
    std::optional<bool> rackOver = {};
    std::optional<int> winner = {};
    std::optional<bool> rerack = {};
    std::optional<int> breaker = {};
    std::optional<Pair> score = {};
    std::optional<int> matchWinner = {};
    std::optional<BallSet> onTable = {}; // the object balls on the table after the step
    std::optional<int> rackNumber = {};
};

inline QString seatName(std::optional<Seat> seat)
{
    if (!seat)
        return QStringLiteral("nobody");
    return *seat == A ? QStringLiteral("A") : QStringLiteral("B");
}

inline std::optional<Seat> seatOrNobody(int expected)
{
    return expected == Nobody ? std::nullopt : std::optional<Seat>(expected);
}

inline QString describe(Choices choices)
{
    QStringList keys;
    for (Choice choice : kAllChoices) {
        if (choices.contains(choice))
            keys << choiceKey(choice);
    }
    return QLatin1Char('[') + keys.join(QStringLiteral(", ")) + QLatin1Char(']');
}

inline QString describe(FoulSet fouls)
{
    QStringList keys;
    for (int kind = 0; kind < kFoulKinds; ++kind) {
        if (fouls.contains(static_cast<Foul>(kind)))
            keys << foulKey(static_cast<Foul>(kind));
    }
    return QLatin1Char('[') + keys.join(QStringLiteral(", ")) + QLatin1Char(']');
}

inline QString describe(BallSet set)
{
    QStringList numbers;
    for (int ball = 0; ball <= kHighestBall; ++ball) {
        if (set.contains(ball))
            numbers << QString::number(ball);
    }
    return QLatin1Char('[') + numbers.join(QStringLiteral(", ")) + QLatin1Char(']');
}

inline QString describe(Pair pair)
{
    return QStringLiteral("{A: %1, B: %2}").arg(pair[0]).arg(pair[1]);
}

inline QString describe(Groups groups)
{
    switch (groups) {
    case Groups::Open: return QStringLiteral("open table");
    case Groups::ASolids: return QStringLiteral("A solids");
    case Groups::AStripes: return QStringLiteral("A stripes");
    }
    return {};
}

inline Groups groupsOf(const Ruling &ruling)
{
    if (!ruling.groupOfFirstSeat)
        return Groups::Open;
    return *ruling.groupOfFirstSeat == Group::Solids ? Groups::ASolids : Groups::AStripes;
}

// Each difference between the ruling (and the match after it) and the row, one per line.
inline QString mismatches(const Ruling &ruling, const Match &match, const Expect &expect)
{
    QStringList problems;
    int compared = 0;
    auto check = [&](const char *key, const auto &expected, const auto &actual,
                     const QString &expectedText, const QString &actualText) {
        ++compared;
        if (!(expected == actual)) {
            problems << QStringLiteral("%1: expected %2, got %3")
                            .arg(QLatin1String(key), expectedText, actualText);
        }
    };
    auto yesNo
        = [](bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); };
    if (expect.foul)
        check("foul", *expect.foul, ruling.foul, yesNo(*expect.foul), yesNo(ruling.foul));
    if (!expect.fouls.empty()) {
        FoulSet expected;
        for (Foul foul : expect.fouls)
            expected.insert(foul);
        check("fouls", expected, ruling.fouls, describe(expected), describe(ruling.fouls));
    }
    if (expect.turn) {
        const std::optional<Seat> turn = seatOrNobody(*expect.turn);
        check("turn", turn, ruling.turn, seatName(turn), seatName(ruling.turn));
    }
    if (expect.ballInHand) {
        check("ball_in_hand", *expect.ballInHand, ruling.ballInHand,
              ballInHandKey(*expect.ballInHand), ballInHandKey(ruling.ballInHand));
    }
    if (expect.options) {
        check("options", *expect.options, ruling.options, describe(*expect.options),
              describe(ruling.options));
    }
    if (expect.pushOutAllowed) {
        check("push_out_allowed", *expect.pushOutAllowed, ruling.pushOutAllowed,
              yesNo(*expect.pushOutAllowed), yesNo(ruling.pushOutAllowed));
    }
    if (expect.groups) {
        check("groups", *expect.groups, groupsOf(ruling), describe(*expect.groups),
              describe(groupsOf(ruling)));
    }
    if (expect.respotted) {
        check("respotted", *expect.respotted, ruling.respotted, describe(*expect.respotted),
              describe(ruling.respotted));
    }
    if (expect.foulsInARow) {
        check("fouls_in_a_row", *expect.foulsInARow, ruling.foulsInARow,
              describe(*expect.foulsInARow), describe(ruling.foulsInARow));
    }
    if (expect.warning) {
        check("warning", *expect.warning, ruling.warning, yesNo(*expect.warning),
              yesNo(ruling.warning));
    }
    if (expect.rackOver) {
        check("rack_over", *expect.rackOver, ruling.rackOver, yesNo(*expect.rackOver),
              yesNo(ruling.rackOver));
    }
    if (expect.winner) {
        const std::optional<Seat> winner = seatOrNobody(*expect.winner);
        check("winner", winner, ruling.winner, seatName(winner), seatName(ruling.winner));
    }
    if (expect.rerack) {
        check("rerack", *expect.rerack, ruling.rerack, yesNo(*expect.rerack), yesNo(ruling.rerack));
    }
    if (expect.breaker) {
        check("breaker", Seat(*expect.breaker), ruling.breaker, seatName(*expect.breaker),
              seatName(ruling.breaker));
    }
    if (expect.score) {
        check("score", *expect.score, ruling.score, describe(*expect.score),
              describe(ruling.score));
        check("Match::score", *expect.score, match.score(), describe(*expect.score),
              describe(match.score()));
    }
    if (expect.matchWinner) {
        const std::optional<Seat> winner = seatOrNobody(*expect.matchWinner);
        check("match_winner", winner, ruling.matchWinner, seatName(winner),
              seatName(ruling.matchWinner));
        check("Match::winner", winner, match.winner(), seatName(winner), seatName(match.winner()));
    }
    if (expect.onTable) {
        check("balls on the table", *expect.onTable, match.rack().onTable,
              describe(*expect.onTable), describe(match.rack().onTable));
    }
    if (expect.rackNumber) {
        check("rack number", *expect.rackNumber, match.rackNumber(),
              QString::number(*expect.rackNumber), QString::number(match.rackNumber()));
    }
    if (compared == 0)
        problems << QStringLiteral("the row expects nothing");
    return problems.join(QLatin1Char('\n'));
}

// Plays the row's steps through a new match and returns what differs from the row, or why a
// step was refused; empty when the row holds.
inline QString verifyRow(const MatchSetup &setup, const Steps &steps, const Expect &expect)
{
    Match match(setup);
    const Played played = playAll(match, steps);
    if (!played.error.isEmpty())
        return played.error;
    return mismatches(*played.last, match, expect);
}

} // namespace dojo::rules::play

Q_DECLARE_METATYPE(dojo::rules::play::Steps)
Q_DECLARE_METATYPE(dojo::rules::Step)
Q_DECLARE_METATYPE(dojo::rules::play::Expect)
Q_DECLARE_METATYPE(dojo::rules::GameOptions)
Q_DECLARE_METATYPE(dojo::rules::MatchSetup)
