#pragma once

#include <venue/playerhistory.h>

#include <QString>

namespace dojo::ui {

// A rating counts as established from this many racks on; below it is provisional: a few
// matches more may still move it by a hundred points or so (Fargo's own line is 200 racks for
// an established rating; a venue's players rarely reach that in a season, so half of it).
inline constexpr int kEstablishedRacks = 100;

inline bool isProvisional(int racks)
{
    return racks < kEstablishedRacks;
}

// "612 (148 racks)", or "480 (12 racks, provisional)".
QString ratingText(double rating, int racks);
// "612": a rating as the Fargo scale shows it, a whole number.
QString ratingNumber(double rating);
// "Established" or "Provisional".
QString robustnessText(int racks);
// "Won", "Lost", "Drawn", "Unfinished", "Abandoned".
QString outcomeText(venue::MatchOutcome outcome);
// "2 h 05 min", "45 min".
QString minutesText(int minutes);
// "56%": a chance or a share, whole per cent.
QString percentText(double ratio);

} // namespace dojo::ui
