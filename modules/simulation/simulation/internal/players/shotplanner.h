#pragma once

#include "simulation/internal/players/random.h"

#include "physics/shotresult.h"
#include "physics/shotsetup.h"
#include "physics/simulator.h"

#include "rules/gameoptions.h"
#include "rules/rackstate.h"

#include "core/shotrecord.h"

#include <optional>
#include <vector>

namespace dojo::simulation::internal {

enum class ShotKind { Break, Pot, Safety, Kick };

// What the player means to do, before the stroke's errors.
struct PlannedShot
{
    ShotKind kind = ShotKind::Pot;
    physics::CueStrike strike;
    std::optional<Call> call; // 8-ball: the pot called, or a safety
    double chance = 0.0;      // of the pot, as the shooter judged it
};

struct Shooter
{
    rules::Seat seat = 0;
    double skill = 0.5;
    double opponentSkill = 0.5;
    int safetiesInARow = 0; // by either player, just before this shot
};

// How a simulated player picks a shot: pots aimed by the ghost ball and corrected for throw,
// safeties that roll the legal ball to a rail, kicks off a rail. Each is played perfectly on
// the physics in the player's head and judged by what the referee would rule on its outcome
// and what it leaves; a pot also by how likely the player's stroke makes it.
class ShotPlanner
{
public:
    ShotPlanner(physics::Simulator &simulator, TableSize table, const rules::GameOptions &options);

    PlannedShot plan(const std::vector<physics::BallPlacement> &balls, const rules::RackState &rack,
                     const Shooter &shooter, Random &random);

private:
    struct Candidate
    {
        PlannedShot shot;
        double value = -1.0;
    };

    void addPots();
    // The legal balls nearest the cue ball, at most `most` of them.
    std::vector<physics::BallPlacement> nearestLegalBalls(size_t most) const;
    void addSafeties();
    void addKicks();
    const physics::ShotResult *simulate(const physics::CueStrike &strike, bool recordPath);
    double valueOf(const physics::ShotResult &result, const std::optional<Call> &call);
    std::optional<Call> callFor(int ball, PocketId pocket) const;
    std::optional<Call> safetyCall() const;
    Vec2 cueBall() const;

    physics::Simulator &m_simulator;
    const physics::TableModel &m_table;
    TableSize m_size;
    rules::GameOptions m_options;
    double m_radius = 0.0;

    // The shot being thought about.
    const std::vector<physics::BallPlacement> *m_balls = nullptr;
    const rules::RackState *m_rack = nullptr;
    Shooter m_shooter;
    rules::BallSet m_legal;
    std::vector<Candidate> m_candidates;
    physics::ShotSetup m_setup;
    physics::ShotResult m_result;
    std::vector<physics::BallPlacement> m_after;
};

} // namespace dojo::simulation::internal
