#pragma once

#include <venue/bracket.h>

namespace dojo::venue::internal {

// Works out every match without a result again from the results: its players from the
// matches it waits for, a bye decided at once (the one player goes through, a match of two
// byes sends nobody on), a double grand final's reset needed or not. Matches before `from`
// wait for none from `from` on (the list's order), so they are left as they are.
void settleDraw(Bracket &bracket, int from = 0);

// A match with a result whose players depend on match `id`'s result, directly or through
// matches decided without play; -1 when there is none.
int resultDependingOn(const Bracket &bracket, int id);

} // namespace dojo::venue::internal
