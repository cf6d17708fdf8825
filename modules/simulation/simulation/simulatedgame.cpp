#include "simulation/simulatedgame.h"

#include "simulation/internal/players/players.h"

namespace dojo::simulation {

SimulatedGame::SimulatedGame(const GameSettings &settings)
    : m_settings(settings)
    , m_players(std::make_unique<internal::Players>(settings))
{
}

SimulatedGame::~SimulatedGame() = default;

const PlayedShot &SimulatedGame::next()
{
    return m_players->next();
}

const rules::Match &SimulatedGame::match() const
{
    return m_players->match();
}

const std::vector<physics::BallPlacement> &SimulatedGame::balls() const
{
    return m_players->balls();
}

const std::vector<QString> &SimulatedGame::problems() const
{
    return m_players->problems();
}

} // namespace dojo::simulation
