#include "tournaments/bracketlayout.h"

#include "tournaments/tournamenttext.h"

#include "common/uitr.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dojo::ui {

using venue::BracketMatch;
using venue::BracketSection;
using venue::MatchSlot;

namespace {

constexpr double kMargin = 16;
constexpr double kColumnGap = 64;
constexpr double kBoxGap = 14;
constexpr double kHeadingHeight = 28;
constexpr double kSectionGap = 44;
constexpr double kStandingsWidth = 400;
constexpr double kW = BracketLayout::kBoxWidth;
constexpr double kH = BracketLayout::kBoxHeight;

double columnX(int column)
{
    return kMargin + column * (kW + kColumnGap);
}

// The matches of a section, by their round in it and number.
std::map<int, std::vector<const BracketMatch *>> roundsOf(const venue::Bracket &draw,
                                                          BracketSection section)
{
    std::map<int, std::vector<const BracketMatch *>> rounds;
    for (const BracketMatch &match : draw.matches) {
        if (match.section == section)
            rounds[match.sectionRound].push_back(&match);
    }
    for (auto &[round, matches] : rounds) {
        std::sort(matches.begin(), matches.end(), [](const BracketMatch *a, const BracketMatch *b) {
            return a->number < b->number;
        });
    }
    return rounds;
}

// The middle of the boxes a match waits for as a winner, among those placed so far.
std::optional<double> feedersMiddle(const BracketMatch &match, const BracketLayout &layout,
                                    std::optional<BracketSection> within,
                                    const venue::Bracket &draw)
{
    double sum = 0;
    int count = 0;
    for (const MatchSlot &slot : {match.slotA, match.slotB}) {
        if (slot.from != MatchSlot::From::WinnerOf)
            continue;
        const auto box = layout.boxes.find(slot.index);
        if (box == layout.boxes.end())
            continue;
        if (within && draw.matches.at(size_t(slot.index)).section != *within)
            continue;
        sum += box->second.center().y();
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

// Lays out one section's rounds as columns from `firstColumn`, under headings at `top`; the
// bottom of its lowest box.
double layOutSection(const venue::Bracket &draw, BracketSection section, double top,
                     BracketLayout &layout)
{
    double bottom = top;
    const double boxesTop = top + kHeadingHeight;
    int column = 0;
    for (const auto &[round, matches] : roundsOf(draw, section)) {
        const double x = columnX(column);
        layout.headings.push_back(
            {QRectF(x, top, kW, kHeadingHeight - 6), roundHeading(draw, *matches.front())});
        // Each box between the two it waits for; the first round stacked top to bottom.
        std::vector<std::pair<double, int>> wanted;
        double stacked = boxesTop;
        for (const BracketMatch *match : matches) {
            const std::optional<double> middle = feedersMiddle(*match, layout, section, draw);
            const double y = middle ? *middle - kH / 2 : stacked;
            stacked = y + kH + kBoxGap;
            wanted.emplace_back(y, match->id);
        }
        std::stable_sort(wanted.begin(), wanted.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        double free = boxesTop; // nothing overlaps: a box goes below the one above it
        for (const auto &[y, id] : wanted) {
            const double placed = std::max(y, free);
            layout.boxes[id] = QRectF(x, placed, kW, kH);
            free = placed + kH + kBoxGap;
            bottom = std::max(bottom, placed + kH);
        }
        ++column;
    }
    return bottom;
}

int columnsOf(const venue::Bracket &draw, BracketSection section)
{
    return int(roundsOf(draw, section).size());
}

void layOutElimination(const venue::Bracket &draw, BracketLayout &layout)
{
    double bottom = layOutSection(draw, BracketSection::Winners, kMargin, layout);
    if (columnsOf(draw, BracketSection::Losers) > 0)
        bottom = layOutSection(draw, BracketSection::Losers, bottom + kSectionGap, layout);
    const int finalColumn = std::max(columnsOf(draw, BracketSection::Winners),
                                     columnsOf(draw, BracketSection::Losers));

    // The grand final to the right, between the two finals it waits for; the reset beside it.
    int column = finalColumn;
    for (const BracketSection section :
         {BracketSection::GrandFinal, BracketSection::GrandFinalReset}) {
        for (const auto &[round, matches] : roundsOf(draw, section)) {
            for (const BracketMatch *match : matches) {
                const std::optional<double> middle
                    = feedersMiddle(*match, layout, std::nullopt, draw);
                const double y = std::max(middle ? *middle - kH / 2 : kMargin + kHeadingHeight,
                                          kMargin + kHeadingHeight);
                const double x = columnX(column);
                layout.boxes[match->id] = QRectF(x, y, kW, kH);
                layout.headings.push_back({QRectF(x, y - kHeadingHeight, kW, kHeadingHeight - 6),
                                           roundHeading(draw, *match)});
                ++column;
            }
        }
    }

    // The third-place match under the final.
    for (const auto &[round, matches] : roundsOf(draw, BracketSection::ThirdPlace)) {
        for (const BracketMatch *match : matches) {
            double y = kMargin + kHeadingHeight;
            double x = columnX(std::max(finalColumn - 1, 0));
            for (const auto &[id, box] : layout.boxes) {
                if (std::abs(box.x() - x) < 1)
                    y = std::max(y, box.bottom() + kBoxGap + kHeadingHeight + kBoxGap);
            }
            layout.boxes[match->id] = QRectF(x, y, kW, kH);
            layout.headings.push_back({QRectF(x, y - kHeadingHeight, kW, kHeadingHeight - 6),
                                       roundHeading(draw, *match)});
        }
    }
}

void layOutRounds(const venue::Bracket &draw, BracketLayout &layout)
{
    int groups = 1;
    for (const BracketMatch &match : draw.matches)
        groups = std::max(groups, match.group + 1);
    double top = kMargin;
    double right = kMargin;
    for (int group = 0; group < groups; ++group) {
        if (groups > 1) {
            layout.headings.push_back(
                {QRectF(kMargin, top, kW * 2, kHeadingHeight - 6),
                 Tr::tr("Group %1").arg(QChar(QLatin1Char('A').unicode() + group))});
            top += kHeadingHeight;
        }
        std::map<int, std::vector<const BracketMatch *>> rounds;
        for (const BracketMatch &match : draw.matches) {
            if (match.group == group)
                rounds[match.round].push_back(&match);
        }
        double bottom = top + kHeadingHeight;
        int column = 0;
        for (auto &[round, matches] : rounds) {
            std::sort(matches.begin(), matches.end(),
                      [](const auto *a, const auto *b) { return a->number < b->number; });
            const double x = columnX(column);
            layout.headings.push_back(
                {QRectF(x, top, kW, kHeadingHeight - 6), roundHeading(draw, *matches.front())});
            double y = top + kHeadingHeight;
            for (const BracketMatch *match : matches) {
                layout.boxes[match->id] = QRectF(x, y, kW, kH);
                y += kH + kBoxGap;
            }
            bottom = std::max(bottom, y - kBoxGap);
            right = std::max(right, x + kW);
            ++column;
        }
        top = bottom + kSectionGap;
    }
    const double rows = draw.entrants + 1 + (groups > 1 ? groups : 0);
    const double x = right + kColumnGap;
    layout.headings.push_back(
        {QRectF(x, kMargin, kStandingsWidth, kHeadingHeight - 6), Tr::tr("Standings")});
    layout.standings = QRectF(x, kMargin + kHeadingHeight, kStandingsWidth,
                              rows * BracketLayout::kStandingsRowHeight);
}

} // namespace

std::optional<int> BracketLayout::matchAt(const QPointF &point) const
{
    for (const auto &[id, box] : boxes) {
        if (box.contains(point))
            return id;
    }
    return std::nullopt;
}

std::optional<int> BracketLayout::neighbour(int matchId, int key) const
{
    const auto from = boxes.find(matchId);
    if (from == boxes.end())
        return first();
    const QPointF start = from->second.center();
    std::optional<int> best;
    double bestScore = std::numeric_limits<double>::max();
    for (const auto &[id, box] : boxes) {
        if (id == matchId)
            continue;
        const QPointF d = box.center() - start;
        double ahead = 0;
        double aside = 0;
        switch (key) {
        case Qt::Key_Right: ahead = d.x(), aside = d.y(); break;
        case Qt::Key_Left: ahead = -d.x(), aside = d.y(); break;
        case Qt::Key_Down: ahead = d.y(), aside = d.x(); break;
        case Qt::Key_Up: ahead = -d.y(), aside = d.x(); break;
        default: return std::nullopt;
        }
        if (ahead < 1)
            continue;
        // Straight on first: a box beside the way counts three times its distance aside.
        const double score = ahead + 3 * std::abs(aside);
        if (score < bestScore) {
            bestScore = score;
            best = id;
        }
    }
    return best;
}

std::optional<int> BracketLayout::first() const
{
    std::optional<int> found;
    QPointF at;
    for (const auto &[id, box] : boxes) {
        const bool before = !found || box.x() < at.x() - 1
                            || (std::abs(box.x() - at.x()) < 1 && box.y() < at.y());
        if (before) {
            found = id;
            at = box.topLeft();
        }
    }
    return found;
}

QRectF BracketLayout::rowRect(const QRectF &box, int slot)
{
    return QRectF(box.x(), box.y() + kHeaderHeight + slot * kRowHeight, box.width(), kRowHeight);
}

BracketLayout layOutBracket(const venue::TournamentView &view)
{
    BracketLayout layout;
    const venue::Bracket &draw = view.draw;
    if (draw.matches.empty())
        return layout;
    const venue::BracketFormat format = draw.options.format;
    if (format == venue::BracketFormat::RoundRobin || format == venue::BracketFormat::Swiss)
        layOutRounds(draw, layout);
    else
        layOutElimination(draw, layout);

    for (const BracketMatch &match : draw.matches) {
        const auto to = layout.boxes.find(match.id);
        if (to == layout.boxes.end())
            continue;
        int slot = 0;
        for (const MatchSlot &from : {match.slotA, match.slotB}) {
            const auto source = layout.boxes.find(from.index);
            if (from.from == MatchSlot::From::WinnerOf && source != layout.boxes.end()) {
                const QRectF row = BracketLayout::rowRect(to->second, slot);
                layout.connectors.push_back(
                    {QPointF(source->second.right(), source->second.center().y()),
                     QPointF(to->second.left(), row.center().y())});
            }
            ++slot;
        }
    }

    QRectF bounds = layout.standings;
    for (const auto &[id, box] : layout.boxes)
        bounds = bounds.united(box);
    for (const BracketLayout::Heading &heading : layout.headings)
        bounds = bounds.united(heading.rect);
    layout.size = QSizeF(bounds.right() + kMargin, bounds.bottom() + kMargin);
    return layout;
}

} // namespace dojo::ui
