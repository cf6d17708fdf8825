#pragma once

#include "rules/foul.h"
#include "rules/game.h"
#include "rules/rack.h"

#include <QString>

#include <array>
#include <optional>

namespace dojo::rules {

struct PlayerStatistics
{
    int racksWon = 0;
    int ballsPocketed = 0; // object balls that stayed down (or scored) on the player's shots
    int shots = 0;
    int innings = 0; // turns at the table
    int fouls = 0;
    std::array<int, kFoulKinds> foulsByKind{};
    int breakAndRuns = 0; // racks won from the break without the opponent shooting
    int safeties = 0;     // shots called as a safety
    int breaks = 0;       // racks broken
    int breaksMade = 0;   // breaks that pocketed a ball without a foul: the breaker shoots on

    int foulsOfKind(Foul foul) const { return foulsByKind[static_cast<size_t>(foul)]; }
    int scratches() const
    {
        return foulsOfKind(Foul::Scratch) + foulsOfKind(Foul::CueBallOffTable);
    }
    double ballsPerInning() const { return innings == 0 ? 0.0 : double(ballsPocketed) / innings; }
    double breakSuccess() const { return breaks == 0 ? 0.0 : double(breaksMade) / breaks; }
};

// Gathers each player's figures step by step as the Match rules them.
class MatchStatistics
{
public:
    void recordShot(Seat shooter, const ShotRecord &shot, const RackStep &step);
    void recordDecision(const RackStep &step);
    void recordRackEnd(std::optional<Seat> winner);
    void recordNewRack(Seat breaker);

    const PlayerStatistics &player(Seat seat) const { return m_players[static_cast<size_t>(seat)]; }

    // "A won 7-4; 2 break-and-runs; B: 5 fouls, 3 of them scratches"
    QString summary(const std::array<QString, 2> &names, const std::array<int, 2> &score,
                    std::optional<Seat> matchWinner) const;

private:
    void followTurn(const Ruling &ruling, std::optional<Seat> shooter);

    std::array<PlayerStatistics, 2> m_players{};
    std::optional<Seat> m_atTable; // whose inning is running
    Seat m_rackBreaker = 0;
    bool m_breakerShot = false;
    bool m_opponentShot = false; // a break-and-run allows the opponent no shot at all
};

} // namespace dojo::rules
