#pragma once

#include <venue/tournament.h>

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace dojo::ui {

// Where everything of a draw goes, in the picture's own units (a pixel at 100 %): the same
// layout is painted on the screen, a printer and a PDF, and read by the view's keys and mouse.
struct BracketLayout
{
    struct Heading
    {
        QRectF rect;
        QString text;
    };
    // A winner's way on: from the right of one box to the left of the next, at its slot.
    struct Connector
    {
        QPointF from;
        QPointF to;
    };

    // A box's measures, shared by the painter.
    static constexpr double kBoxWidth = 210;
    static constexpr double kHeaderHeight = 18;
    static constexpr double kRowHeight = 22;
    static constexpr double kBoxHeight = kHeaderHeight + 2 * kRowHeight;
    static constexpr double kStandingsRowHeight = 22;

    QSizeF size;
    std::map<int, QRectF> boxes; // by match id
    std::vector<Heading> headings;
    std::vector<Connector> connectors;
    QRectF standings; // round robin and Swiss: the standings table; empty otherwise

    // The box under a point, if any.
    std::optional<int> matchAt(const QPointF &point) const;
    // The nearest box from `matchId` toward a side (Qt::Key_Left, _Right, _Up, _Down); none
    // when there is nothing that way.
    std::optional<int> neighbour(int matchId, int key) const;
    // The first box in reading order: top left.
    std::optional<int> first() const;
    // A slot's row within a match's box (0: the first player).
    static QRectF rowRect(const QRectF &box, int slot);
};

// Elimination draws as the classic bracket: the winners' bracket on top, the losers' bracket
// below, the grand final(s) to the right, each round a column under its heading, each match
// between the two it waits for. Round robin and Swiss: a column per round (a band per group)
// and the standings table to the right.
BracketLayout layOutBracket(const venue::TournamentView &view);

} // namespace dojo::ui
