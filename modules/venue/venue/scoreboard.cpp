#include "venue/scoreboard.h"

#include "venue/internal/venuetr.h"

#include <QStringList>

namespace dojo::venue {

using internal::Tr;

namespace {

// The most telling foul of a step, as a sentence naming who fouled.
QString foulSentence(const rules::FoulSet &fouls, const QString &shooter)
{
    using rules::Foul;
    if (fouls.contains(Foul::ThreeFouls))
        return Tr::tr("Foul by %1: a third foul in a row.").arg(shooter);
    if (fouls.contains(Foul::EightBallLost))
        return Tr::tr("Foul by %1: the 8 ball was lost.").arg(shooter);
    if (fouls.contains(Foul::Scratch))
        return Tr::tr("Foul by %1: the cue ball was pocketed.").arg(shooter);
    if (fouls.contains(Foul::CueBallOffTable))
        return Tr::tr("Foul by %1: the cue ball left the table.").arg(shooter);
    if (fouls.contains(Foul::NoContact))
        return Tr::tr("Foul by %1: the cue ball touched no object ball.").arg(shooter);
    if (fouls.contains(Foul::WrongBallFirst))
        return Tr::tr("Foul by %1: the wrong ball was hit first.").arg(shooter);
    if (fouls.contains(Foul::NoRail))
        return Tr::tr("Foul by %1: no ball reached a cushion after contact.").arg(shooter);
    if (fouls.contains(Foul::ObjectBallOffTable))
        return Tr::tr("Foul by %1: an object ball left the table.").arg(shooter);
    if (fouls.contains(Foul::BadBreak) || fouls.contains(Foul::OpeningBreakBreach))
        return Tr::tr("Foul by %1: the break was not legal.").arg(shooter);
    return Tr::tr("Foul by %1: the referee called a foul.").arg(shooter);
}

QString ballInHandSentence(rules::BallInHand ballInHand, const QString &player)
{
    switch (ballInHand) {
    case rules::BallInHand::Anywhere: return Tr::tr("%1 has ball in hand anywhere.").arg(player);
    case rules::BallInHand::BehindHeadString:
        return Tr::tr("%1 has ball in hand behind the head string.").arg(player);
    case rules::BallInHand::None: break;
    }
    return Tr::tr("%1 is at the table.").arg(player);
}

} // namespace

Scoreboard scoreboardAfter(const rules::MatchSetup &setup, const std::array<QString, 2> &players,
                           rules::Seat shooter, const rules::Ruling &ruling, int shots)
{
    Scoreboard board;
    board.hasMatch = true;
    board.game = setup.game;
    board.players = players;
    board.score = ruling.score;
    board.raceTo = setup.raceTo;
    board.turn = ruling.turn;
    board.ballInHand = ruling.ballInHand;
    board.foulsInARow = ruling.foulsInARow;
    board.groupOfFirstSeat = ruling.groupOfFirstSeat;
    board.options = ruling.options;
    board.pushOutAllowed = ruling.pushOutAllowed;
    board.winner = ruling.matchWinner;
    board.shots = shots;
    board.lastRuling = rulingSentence(ruling, players, shooter);
    return board;
}

Scoreboard scoreboardOf(const rules::Match &match, const std::array<QString, 2> &players, int shots,
                        const QString &lastRuling)
{
    const rules::RackState &rack = match.rack();
    Scoreboard board;
    board.hasMatch = true;
    board.game = match.setup().game;
    board.players = players;
    board.score = match.score();
    board.raceTo = match.setup().raceTo;
    if (!match.winner())
        board.turn = rack.turn;
    board.ballInHand = rack.ballInHand;
    board.foulsInARow = rack.foulsInARow;
    board.groupOfFirstSeat = rack.groupOfFirstSeat;
    board.options = rack.options;
    board.pushOutAllowed = rack.pushOutAllowed;
    board.winner = match.winner();
    board.shots = shots;
    board.lastRuling = lastRuling;
    return board;
}

QString rulingSentence(const rules::Ruling &ruling, const std::array<QString, 2> &players,
                       rules::Seat shooter)
{
    const auto name = [&](rules::Seat seat) { return players[size_t(seat == 1 ? 1 : 0)]; };
    if (ruling.matchWinner) {
        return Tr::tr("%1 won the match %2-%3.")
            .arg(name(*ruling.matchWinner))
            .arg(ruling.score[size_t(*ruling.matchWinner)])
            .arg(ruling.score[size_t(rules::other(*ruling.matchWinner))]);
    }
    if (ruling.rackOver && ruling.winner) {
        return Tr::tr("%1 won the rack; the score is %2-%3. %4 breaks next.")
            .arg(name(*ruling.winner))
            .arg(ruling.score[0])
            .arg(ruling.score[1])
            .arg(name(ruling.breaker));
    }
    if (ruling.rackOver || ruling.rerack)
        return Tr::tr("The balls are racked again; %1 breaks.").arg(name(ruling.breaker));
    const QString next = ruling.turn ? name(*ruling.turn) : QString();
    if (ruling.foul) {
        // Two whole sentences: what the foul was, then who has the table.
        return foulSentence(ruling.fouls, name(shooter)) + QLatin1Char(' ')
               + ballInHandSentence(ruling.ballInHand, next);
    }
    if (ruling.turn && *ruling.turn == shooter)
        return Tr::tr("%1 continues at the table.").arg(next);
    return Tr::tr("%1 is at the table.").arg(next);
}

} // namespace dojo::venue
