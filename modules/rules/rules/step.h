#pragma once

#include "rules/game.h"
#include "rules/rackstate.h"

#include <core/shotrecord.h>

#include <QString>

#include <array>
#include <optional>
#include <variant>

namespace dojo::rules {

// The referee declares the rack a stalemate: it is racked again (WPA 1.x, 6.x).
struct Stalemate
{
    friend bool operator==(Stalemate, Stalemate) = default;
};

// What a referee may correct after a ruling: the rack then continues from this state.
struct Correction
{
    RackState rack;
    std::array<int, 2> score{};

    friend bool operator==(const Correction &, const Correction &) = default;
};

// One step of a match: a shot, the choice a rule offered, the referee's stalemate or the
// referee's correction. The tracker, a phone, the venue screen, a scenario file and the
// stored match all speak in steps; Match::apply rules each one.
using Step = std::variant<ShotRecord, Choice, Stalemate, Correction>;

enum class StepKind { Shot, Decision, Stalemate, Correction };

StepKind kindOf(const Step &step);

// "shot", "decision", "stalemate", "correction": the stored kind of a step.
QString stepKindKey(StepKind kind);
std::optional<StepKind> stepKindFromKey(const QString &key);

} // namespace dojo::rules
