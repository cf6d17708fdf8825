#pragma once

#include <core/shotrecord.h>
#include <rules/match.h>
#include <storage/matchrecords.h>

#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace dojo::venue::internal {

// One step of a match before it is ruled: what the tracker, a player or the referee did.
struct MatchStep
{
    storage::MatchStepKind kind = storage::MatchStepKind::Shot;
    ShotRecord shot;
    rules::Choice choice = rules::Choice::Shoot;
    rules::Correction correction;
};

// The input column of match_steps: the shot, {"choice": key}, {} for a stalemate, or the
// correction with players by name.
QJsonObject stepInputToJson(const MatchStep &step, const std::array<QString, 2> &players);

struct MatchStepParse
{
    std::optional<MatchStep> step;
    QString error; // names the field
};

MatchStepParse stepFromInput(storage::MatchStepKind kind, const QJsonObject &input,
                             const std::array<QString, 2> &players);

// Rules the step on the match; a refused step leaves the match as it was.
rules::StepOutcome applyStep(rules::Match &match, const MatchStep &step);

} // namespace dojo::venue::internal
