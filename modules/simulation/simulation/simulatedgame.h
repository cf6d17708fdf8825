#pragma once

#include "physics/shotresult.h"
#include "physics/shotsetup.h"

#include "rules/game.h"
#include "rules/match.h"
#include "rules/ruling.h"
#include "rules/step.h"

#include "core/shotrecord.h"
#include "core/tablespec.h"

#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace dojo::simulation {

namespace internal {
class Players;
}

// A simulated player: skill 0 (a beginner: several degrees of aiming error, poor speed) to
// 1 (a professional: a tenth of a degree, good position and safeties).
struct SimulatedPlayer
{
    QString name;
    double skill = 0.6;
};

struct GameSettings
{
    rules::Game game = rules::Game::NineBall; // eight-ball or nine-ball
    TableSize table = TableSize::NineFoot;
    unsigned long long seed = 1;
    std::array<SimulatedPlayer, 2> players{
        {{QStringLiteral("Ada"), 0.7}, {QStringLiteral("Bo"), 0.5}}};
    double meanPause = 4.0; // seconds the balls rest between two shots, as real players take
};

// One shot of the simulated match, as it was played.
struct PlayedShot
{
    int number = 0; // from 1, over the whole match
    rules::Seat shooter = 0;
    bool rackStarts = false;                    // the balls were racked just before this shot
    double pause = 0.0;                         // seconds at rest before the strike
    std::vector<physics::BallPlacement> before; // at rest before the strike (cue ball placed)
    physics::CueStrike strike;                  // as the player's cue delivered it, errors and all
    physics::ShotResult result;                 // the physics' shot, with its path recorded
    ShotRecord shot;      // what the referee reads: the physics' record plus the call
    rules::Ruling ruling; // the referee's answer
    // The choices the players took and the stalemates the referee declared since the shot
    // before, in order: what a venue's players and referee enter at the table.
    std::vector<rules::Step> stepsBefore;
    std::array<QString, 2> players;
};

// Two simulated players playing racks of 8-ball or 9-ball on the physics engine, forever:
// breaks, cut shots aimed at a pocket with the aiming error of the skill, safeties when
// nothing is on, misses, scratches; fouls and ball in hand as the referee (rules::Match)
// rules them; the balls racked again when a rack ends. Deterministic: the same settings give
// the same shots.
class SimulatedGame
{
public:
    explicit SimulatedGame(const GameSettings &settings);
    ~SimulatedGame();
    SimulatedGame(const SimulatedGame &) = delete;
    SimulatedGame &operator=(const SimulatedGame &) = delete;

    const GameSettings &settings() const { return m_settings; }

    // Plays the next shot (after any choice the rules offered, which the player answers).
    const PlayedShot &next();

    // For checks: the referee's match, the balls at rest now (sorted by number; no cue ball
    // while it is in hand before a break or a placement) and what went wrong, one sentence
    // each (a shot the simulator or the referee refused; the rack was then racked again),
    // empty in a sound game.
    const rules::Match &match() const;
    const std::vector<physics::BallPlacement> &balls() const;
    const std::vector<QString> &problems() const;

private:
    GameSettings m_settings;
    std::unique_ptr<internal::Players> m_players;
};

} // namespace dojo::simulation
