#pragma once

#include <rules/match.h>
#include <storage/matchrecords.h>

#include <QString>

#include <array>

namespace dojo::venue::internal {

// What a ruled step did to the racks and the match, read from the match before and after
// it, for the rows the step's transaction writes besides the step itself.
storage::MatchStepEffects stepEffects(const rules::Match &before, const rules::Match &after,
                                      const rules::Ruling &ruling,
                                      const std::array<QString, 2> &players);

} // namespace dojo::venue::internal
