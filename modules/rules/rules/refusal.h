#pragma once

#include "rules/game.h"

#include <QString>

#include <cstdint>

namespace dojo::rules {

// Why the rules refuse a step; the match is then exactly as it was. A plain code with its
// particulars: refusalText() turns it into a sentence in the user's language at the edge.
enum class RefusalReason : std::uint8_t {
    MatchOver,
    RackOver,
    ChoicePending,          // `choices` are offered and must be taken first
    NoBreakDue,             // a break shot while the rack is under way
    NoSuchBall,             // `ball` is not 0-15
    BallNotOnTable,         // `ball` cannot take part in the shot
    BallPocketedTwice,      // `ball` dropped twice in one shot
    BallPocketedAndOff,     // `ball` is listed as pocketed and off the table
    PocketedWithoutContact, // `ball` dropped though the cue ball touched nothing
    ChoiceNotOffered,       // `choice` is not among the options
    CorrectionChangesGame,
};

// The part of a SHOT a refusal is about (FORMAT.md's keys).
enum class ShotField : std::uint8_t { None, FirstContact, Pocketed, Rails, OffTable, Call };

struct Refusal
{
    RefusalReason reason = RefusalReason::MatchOver;
    ShotField field = ShotField::None;
    int ball = 0;
    Choice choice = Choice::Shoot;
    Choices choices;

    friend bool operator==(const Refusal &, const Refusal &) = default;
};

// "first_contact: ball 3 is not on the table", translated.
QString refusalText(const Refusal &refusal);

} // namespace dojo::rules
