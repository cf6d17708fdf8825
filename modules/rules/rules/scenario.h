#pragma once

#include "rules/gameoptions.h"
#include "rules/ruling.h"

#include <core/shotrecord.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace dojo::rules {

// One step of a rack scenario (FORMAT.md): a shot, a choice or a stalemate. A step that
// could not be read keeps its reason, so the steps before it are still ruled.
struct ScenarioStep
{
    enum class Kind { Shot, Decision, Stalemate };
    Kind kind = Kind::Shot;
    ShotRecord shot;
    Choice choice = Choice::Shoot;
    QString error;
};

struct Scenario
{
    QString name;
    std::array<QString, 2> players;
    MatchSetup setup;
    std::vector<ScenarioStep> steps;
};

struct ScenarioParse
{
    std::optional<Scenario> scenario;
    QString error; // what is wrong with the scenario as a whole
};

// Reads a dojopool-rack/1 scenario. The steps' `expect` blocks are never read.
ScenarioParse parseScenario(const QByteArray &json);

// FORMAT.md's referee output for one step.
QJsonObject rulingToJson(int step, const Ruling &ruling, const std::array<QString, 2> &players);

} // namespace dojo::rules
