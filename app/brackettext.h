#pragma once

#include <venue/bracket.h>

#include <QString>

namespace dojo::app {

// The draw as a person reads it: each round's matches with their players (or where they come
// from), the results played and the places.
QString bracketText(const venue::Bracket &bracket);

// "P3": an entrant's name in the bracket command, by seed.
QString seedName(int entrant);

} // namespace dojo::app
