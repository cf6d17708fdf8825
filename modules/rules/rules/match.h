#pragma once

#include "rules/gameoptions.h"
#include "rules/rack.h"
#include "rules/rackstate.h"
#include "rules/ruling.h"
#include "rules/statistics.h"

#include <core/shotrecord.h>

#include <QString>

#include <array>
#include <optional>

namespace dojo::rules {

struct StepOutcome
{
    std::optional<Ruling> ruling;
    QString error; // why the step was refused; the match is then unchanged
};

// What a referee may correct after a ruling: the rack then continues from this state.
struct Correction
{
    RackState rack;
    std::array<int, 2> score{};
};

// A match at one table: racks one after another until someone reaches the race. Fed by
// shots, choices and the referee's calls; every step gives a Ruling or is refused whole.
class Match
{
public:
    explicit Match(const MatchSetup &setup);

    StepOutcome shoot(const ShotRecord &shot);
    StepOutcome decide(Choice choice);
    StepOutcome declareStalemate();
    // The referee overrules the last ruling: the match goes on from the corrected state.
    StepOutcome correct(const Correction &correction);

    const MatchSetup &setup() const { return m_setup; }
    const RackState &rack() const { return m_rack; }
    const std::array<int, 2> &score() const { return m_score; }
    std::optional<Seat> winner() const { return m_winner; }
    int rackNumber() const { return m_rackNumber; }
    const MatchStatistics &statistics() const { return m_statistics; }

private:
    StepOutcome settle(RackStep step);
    QString refusal() const;

    MatchSetup m_setup;
    RackState m_rack;
    std::array<int, 2> m_score{};
    std::optional<Seat> m_winner;
    int m_rackNumber = 1;
    MatchStatistics m_statistics;
};

} // namespace dojo::rules
