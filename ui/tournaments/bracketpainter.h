#pragma once

#include "tournaments/bracketlayout.h"
#include "tournaments/tournamenttext.h"

#include <venue/tournament.h>

#include <optional>

class QPainter;

namespace dojo::ui {

// What the screen adds to the drawing: the selected match and the tables' names.
struct BracketMarks
{
    std::optional<int> selected;
    bool focused = false;
    TableNames tables;
};

// Draws a tournament's draw as laid out (layOutBracket) on any painter, in the layout's units:
// the caller scales it to the screen's zoom, a printer's page or a PDF. Each match a box with
// its number, race and table above its two players (seed, name, racks; the winner bold, "BYE"
// for a bye), connector lines from a winner to the match they go on to, the round headings,
// and for round robin and Swiss the standings table. The background is the caller's.
void paintBracket(QPainter &painter, const venue::TournamentView &view, const BracketLayout &layout,
                  const BracketMarks &marks = {});

} // namespace dojo::ui
