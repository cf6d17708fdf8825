#pragma once

#include "rules/gameoptions.h"
#include "rules/rack.h"
#include "rules/rackstate.h"
#include "rules/refusal.h"
#include "rules/ruling.h"
#include "rules/statistics.h"
#include "rules/step.h"

#include <core/result.h>

#include <array>
#include <optional>

namespace dojo::rules {

// A match at one table: racks one after another until someone reaches the race. Fed by
// steps (shots, choices and the referee's calls); each gives a Ruling or is refused whole,
// and a refused step leaves the match exactly as it was.
class Match
{
public:
    explicit Match(const MatchSetup &setup);

    // A correction overrules the last ruling: the match goes on from the corrected state.
    Result<Ruling, Refusal> apply(const Step &step);

    const MatchSetup &setup() const { return m_setup; }
    const RackState &rack() const { return m_rack; }
    const std::array<int, 2> &score() const { return m_score; }
    std::optional<Seat> winner() const { return m_winner; }
    int rackNumber() const { return m_rackNumber; }
    const MatchStatistics &statistics() const { return m_statistics; }

private:
    Result<RackStep, Refusal> rackStep(const Step &step);
    Ruling settle(RackStep step);

    MatchSetup m_setup;
    RackState m_rack;
    std::array<int, 2> m_score{};
    std::optional<Seat> m_winner;
    int m_rackNumber = 1;
    MatchStatistics m_statistics;
};

} // namespace dojo::rules
