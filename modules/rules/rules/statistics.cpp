#include "rules/statistics.h"

#include "rules/internal/rulestr.h"

#include <QStringList>

namespace dojo::rules {

using internal::Tr;

void MatchStatistics::recordShot(Seat shooter, const ShotRecord &shot, const RackStep &step)
{
    PlayerStatistics &player = m_players[static_cast<size_t>(shooter)];
    if (m_atTable != shooter)
        ++player.innings;
    ++player.shots;
    player.ballsPocketed += step.ballsPocketed;
    if (shot.call && shot.call->safety)
        ++player.safeties;
    if (step.ruling.foul) {
        ++player.fouls;
        for (int kind = 0; kind < kFoulKinds; ++kind) {
            if (step.ruling.fouls.contains(static_cast<Foul>(kind)))
                ++player.foulsByKind[static_cast<size_t>(kind)];
        }
    }
    if (shooter == m_rackBreaker && !m_breakerShot && !m_opponentShot) { // the break
        ++player.breaks;
        if (step.ballsPocketed > 0 && !step.ruling.foul)
            ++player.breaksMade;
    }
    if (shooter == m_rackBreaker)
        m_breakerShot = true;
    else
        m_opponentShot = true;
    followTurn(step.ruling, shooter);
}

void MatchStatistics::recordDecision(const RackStep &step)
{
    // A choice on the player's own shot (the 8 respotted after his clean break, WPA 3.3)
    // leaves him at the table: his inning goes on.
    followTurn(step.ruling, m_atTable);
}

void MatchStatistics::followTurn(const Ruling &ruling, std::optional<Seat> shooter)
{
    // The inning goes on while the same player keeps the table, choosing or shooting.
    const bool keeps = shooter && ruling.turn == shooter && !ruling.rackOver;
    m_atTable = keeps ? shooter : std::nullopt;
}

void MatchStatistics::recordRackEnd(std::optional<Seat> winner)
{
    if (!winner)
        return;
    PlayerStatistics &player = m_players[static_cast<size_t>(*winner)];
    ++player.racksWon;
    if (*winner == m_rackBreaker && m_breakerShot && !m_opponentShot)
        ++player.breakAndRuns;
}

void MatchStatistics::recordNewRack(Seat breaker)
{
    m_atTable.reset();
    m_rackBreaker = breaker;
    m_breakerShot = false;
    m_opponentShot = false;
}

QString MatchStatistics::summary(const std::array<QString, 2> &names,
                                 const std::array<int, 2> &score,
                                 std::optional<Seat> matchWinner) const
{
    QStringList parts;
    if (matchWinner) {
        const Seat w = *matchWinner;
        parts << Tr::tr("%1 won %2-%3")
                     .arg(names[size_t(w)])
                     .arg(score[size_t(w)])
                     .arg(score[size_t(other(w))]);
    } else if (score[0] == score[1]) {
        parts << Tr::tr("%1 and %2 are level at %3-%3").arg(names[0], names[1]).arg(score[0]);
    } else {
        const Seat leader = score[0] > score[1] ? 0 : 1;
        parts << Tr::tr("%1 leads %2-%3")
                     .arg(names[size_t(leader)])
                     .arg(score[size_t(leader)])
                     .arg(score[size_t(other(leader))]);
    }
    const int breakAndRuns = m_players[0].breakAndRuns + m_players[1].breakAndRuns;
    if (breakAndRuns > 0)
        parts << Tr::tr("%n break-and-run(s)", nullptr, breakAndRuns);
    for (Seat seat : {0, 1}) {
        const PlayerStatistics &player = m_players[size_t(seat)];
        if (player.fouls == 0)
            continue;
        const QString &name = names[size_t(seat)];
        if (player.scratches() == 0) {
            parts << Tr::tr("%1: %n foul(s)", nullptr, player.fouls).arg(name);
            continue;
        }
        parts << Tr::tr("%1: %2, %n of them scratches", nullptr, player.scratches())
                     .arg(name, Tr::tr("%n foul(s)", nullptr, player.fouls));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace dojo::rules
