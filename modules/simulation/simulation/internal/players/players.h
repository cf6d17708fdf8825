#pragma once

#include "simulation/internal/players/random.h"
#include "simulation/internal/players/shotplanner.h"
#include "simulation/simulatedgame.h"

#include "physics/shotsetup.h"
#include "physics/simulator.h"

#include "rules/match.h"

#include <QString>

#include <vector>

namespace dojo::simulation::internal {

// The two simulated players at the table and their referee: the match, the balls as they lie,
// the dice. Breaks, shots, ball in hand, the choices the rules offer, spotting and racking.
class Players
{
public:
    explicit Players(const GameSettings &settings);

    const PlayedShot &next();

    const rules::Match &match() const { return m_match; }
    const std::vector<physics::BallPlacement> &balls() const { return m_balls; }
    const std::vector<QString> &problems() const { return m_problems; }

private:
    bool play();
    void answerChoices();
    rules::Choice choose() const;
    void follow(const rules::Ruling &ruling);
    void rack();
    void setCueBall(Vec2 position);
    void removeCueBall();
    bool hasCueBall() const;
    PlannedShot planBreak(double skill);
    physics::CueStrike withErrors(const physics::CueStrike &strike, double skill, double aimScale);
    double pauseBefore(bool rackStarts, bool ballInHand);
    void abandonRack(const QString &problem);

    GameSettings m_settings;
    physics::Simulator m_simulator;
    const physics::TableModel &m_table;
    double m_radius = 0.0;
    Random m_random;
    rules::Match m_match;
    ShotPlanner m_planner;
    std::vector<physics::BallPlacement> m_balls; // at rest, sorted by number
    bool m_rackStarts = true;
    int m_shotsInRack = 0;
    int m_safetiesInARow = 0;
    PlayedShot m_played;
    std::vector<rules::Step> m_stepsBefore; // choices and stalemates since the last shot
    std::vector<QString> m_problems;
};

} // namespace dojo::simulation::internal
