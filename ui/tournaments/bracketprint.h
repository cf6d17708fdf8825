#pragma once

#include "tournaments/tournamenttext.h"

#include <core/result.h>
#include <venue/tournament.h>

#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace dojo::ui {

// Paints a tournament's bracket on one A4 landscape page of a paged device (the window's
// QPrinter, a QPdfWriter): the tournament's name, game, format and date above, the draw as the
// screen shows it fitted to the rest of the page. A printer that lacks A4 keeps its own page.
Result<void> paintBracketPage(QPagedPaintDevice &device, const venue::TournamentView &view,
                              const TableNames &tables);
// What paintBracketPage paints, on a painter's `page` (its paintable area) at `dpi`: for a
// picture of the page.
void paintBracketSheet(QPainter &painter, const QRectF &page, double dpi,
                       const venue::TournamentView &view, const TableNames &tables);
// The same page as a PDF file, written whole or not at all.
Result<void> writeBracketPdf(const venue::TournamentView &view, const TableNames &tables,
                             const QString &file);

} // namespace dojo::ui
