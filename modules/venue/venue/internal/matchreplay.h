#pragma once

#include <core/result.h>
#include <rules/match.h>
#include <storage/matchrecords.h>

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace dojo::venue::internal {

struct Replay
{
    rules::Match match;
    std::optional<rules::Ruling> lastRuling;
};

// Rules the stored steps again, in order, on a fresh match. Each step must get exactly the
// ruling it was stored with: rules that changed under a stored match are reported (which
// step, and how the rules now disagree with what was stored), never silently applied.
Result<Replay> replaySteps(const rules::MatchSetup &setup, const std::array<QString, 2> &players,
                           const std::vector<storage::MatchStepRecord> &steps);

} // namespace dojo::venue::internal
