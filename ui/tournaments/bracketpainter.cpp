#include "tournaments/bracketpainter.h"

#include "common/uitr.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <map>

namespace dojo::ui {

using venue::BracketMatch;
using venue::MatchSlot;

namespace {

const QColor kInk(0x26, 0x32, 0x38);
const QColor kMuted(0x78, 0x90, 0x9c);
const QColor kLine(0x90, 0xa4, 0xae);
const QColor kHeader(0xec, 0xef, 0xf1);
const QColor kReady(0x2e, 0x7d, 0x32);
const QColor kReadyHeader(0xe8, 0xf5, 0xe9);
const QColor kTable(0x15, 0x65, 0xc0);
const QColor kSelected(0x19, 0x76, 0xd2);
const QColor kWinnerRow(0xff, 0xf8, 0xe1);
constexpr double kSeedWidth = 26;
constexpr double kRacksWidth = 30;
constexpr double kPad = 6;

QFont fontOf(double pixels, bool bold = false, bool italic = false)
{
    QFont font;
    font.setPixelSize(int(pixels));
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

void drawText(QPainter &painter, const QRectF &rect, int flags, const QString &text)
{
    const QString elided
        = QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, rect.width());
    painter.drawText(rect, flags, elided);
}

void paintConnectors(QPainter &painter, const BracketLayout &layout)
{
    painter.setPen(QPen(kLine, 1.5));
    painter.setBrush(Qt::NoBrush);
    for (const BracketLayout::Connector &connector : layout.connectors) {
        const double middle = connector.to.x() - 22; // the turn, just before the next box
        QPainterPath path(connector.from);
        path.lineTo(middle, connector.from.y());
        path.lineTo(middle, connector.to.y());
        path.lineTo(connector.to);
        painter.drawPath(path);
    }
}

void paintRow(QPainter &painter, const venue::TournamentView &view, const BracketMatch &match,
              const QRectF &box, int slot)
{
    const QRectF row = BracketLayout::rowRect(box, slot);
    const std::optional<int> entrant = slot == 0 ? match.entrantA : match.entrantB;
    const bool won = match.played() && entrant && match.winner == entrant;
    const bool lost = match.played() && entrant && !won;
    if (won)
        painter.fillRect(row.adjusted(1, 0, -1, 0), kWinnerRow);
    if (slot == 1) {
        painter.setPen(QPen(kHeader, 1));
        painter.drawLine(QPointF(row.left() + 1, row.top()), QPointF(row.right() - 1, row.top()));
    }
    const QRectF seedRect(row.left() + 2, row.top(), kSeedWidth - 4, row.height());
    const QRectF nameRect(row.left() + kSeedWidth, row.top(),
                          row.width() - kSeedWidth - kRacksWidth - kPad, row.height());
    const QRectF racksRect(row.right() - kRacksWidth - kPad, row.top(), kRacksWidth, row.height());
    const int middle = int(Qt::AlignVCenter);
    if (!entrant) {
        painter.setPen(kMuted);
        const QString text = slotText(view.draw, match, slot);
        painter.setFont(fontOf(12, text == slotPlaceholder(MatchSlot{}), true));
        drawText(painter, nameRect.adjusted(4, 0, 0, 0), middle | int(Qt::AlignLeft), text);
        return;
    }
    painter.setPen(kMuted);
    painter.setFont(fontOf(11));
    painter.drawText(seedRect, middle | int(Qt::AlignRight), QString::number(*entrant + 1));
    painter.setPen(lost ? kMuted : kInk);
    painter.setFont(fontOf(13, won));
    drawText(painter, nameRect.adjusted(4, 0, 0, 0), middle | int(Qt::AlignLeft),
             view.entrantName(*entrant));
    if (match.played()) {
        painter.setFont(fontOf(13, won));
        painter.drawText(racksRect, middle | int(Qt::AlignRight),
                         QString::number(slot == 0 ? match.racksA : match.racksB));
    }
}

void paintBox(QPainter &painter, const venue::TournamentView &view, const BracketMatch &match,
              const QRectF &box, const BracketMarks &marks)
{
    const bool ready = !match.decided && match.entrantA && match.entrantB;
    const bool bye = match.decided && !match.played();
    const auto table = view.tables.find(match.id);
    const bool onTable = table != view.tables.end() && !match.decided;

    painter.setPen(Qt::NoPen);
    painter.setBrush(bye ? QColor(0xfa, 0xfa, 0xfa) : QColor(Qt::white));
    painter.drawRoundedRect(box, 4, 4);
    const QRectF header(box.left(), box.top(), box.width(), BracketLayout::kHeaderHeight);
    QPainterPath headerPath;
    headerPath.addRoundedRect(header, 4, 4);
    headerPath.addRect(header.adjusted(0, header.height() / 2, 0, 0));
    painter.fillPath(headerPath.simplified(), ready ? kReadyHeader : kHeader);

    painter.setFont(fontOf(11, true));
    painter.setPen(kMuted);
    const QRectF headerText = header.adjusted(kPad, 0, -kPad, 0);
    const int middle = int(Qt::AlignVCenter);
    painter.drawText(headerText, middle | int(Qt::AlignLeft), matchNumber(match.id));
    QString right;
    if (onTable) {
        const auto name = marks.tables.find(table->second);
        right = name == marks.tables.end() ? Tr::tr("Table %1").arg(table->second) : name->second;
        painter.setPen(kTable);
    } else if (bye) {
        right = match.entrantA || match.entrantB ? Tr::tr("Bye") : Tr::tr("Not played");
    } else if (!match.played()) {
        right = raceText(venue::raceOf(view, match.id));
    }
    painter.setFont(fontOf(11, onTable));
    drawText(painter, headerText.adjusted(40, 0, 0, 0), middle | int(Qt::AlignRight), right);

    paintRow(painter, view, match, box, 0);
    paintRow(painter, view, match, box, 1);

    painter.setBrush(Qt::NoBrush);
    if (marks.selected == match.id) {
        painter.setPen(QPen(kSelected, 3));
        painter.drawRoundedRect(box.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5);
        if (marks.focused) {
            painter.setPen(QPen(kSelected, 1, Qt::DotLine));
            painter.drawRoundedRect(box.adjusted(-5, -5, 5, 5), 7, 7);
        }
    } else {
        QPen pen(ready ? kReady : kLine, ready ? 1.6 : 1);
        if (bye)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawRoundedRect(box, 4, 4);
    }
}

// Won, lost and racks of each entrant in the draw's played matches.
struct Record
{
    int won = 0;
    int lost = 0;
    int racksFor = 0;
    int racksAgainst = 0;
};

std::map<int, Record> recordsOf(const venue::Bracket &draw)
{
    std::map<int, Record> records;
    for (const BracketMatch &match : draw.matches) {
        if (!match.played() || !match.entrantA || !match.entrantB)
            continue;
        Record &a = records[*match.entrantA];
        Record &b = records[*match.entrantB];
        (match.winner == match.entrantA ? a.won : a.lost) += 1;
        (match.winner == match.entrantB ? b.won : b.lost) += 1;
        a.racksFor += match.racksA;
        a.racksAgainst += match.racksB;
        b.racksFor += match.racksB;
        b.racksAgainst += match.racksA;
    }
    return records;
}

void paintStandings(QPainter &painter, const venue::TournamentView &view, const QRectF &area)
{
    if (area.isEmpty())
        return;
    const double rowHeight = BracketLayout::kStandingsRowHeight;
    const std::vector<double> columns{0.13, 0.51, 0.12, 0.12, 0.12};
    const auto cells = [&](double y) {
        std::vector<QRectF> rects;
        double x = area.left();
        for (const double share : columns) {
            rects.emplace_back(x + kPad, y, area.width() * share - 2 * kPad, rowHeight);
            x += area.width() * share;
        }
        return rects;
    };
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(area);
    double y = area.top();
    painter.fillRect(QRectF(area.left(), y, area.width(), rowHeight), kHeader);
    painter.setPen(kInk);
    painter.setFont(fontOf(12, true));
    const int middle = int(Qt::AlignVCenter);
    const std::vector<QRectF> head = cells(y);
    painter.drawText(head[0], middle | int(Qt::AlignLeft), Tr::tr("Place"));
    painter.drawText(head[1], middle | int(Qt::AlignLeft), Tr::tr("Player"));
    painter.drawText(head[2], middle | int(Qt::AlignRight), Tr::tr("Won"));
    painter.drawText(head[3], middle | int(Qt::AlignRight), Tr::tr("Lost"));
    painter.drawText(head[4], middle | int(Qt::AlignRight), Tr::tr("Racks"));
    y += rowHeight;

    const std::map<int, Record> records = recordsOf(view.draw);
    const std::vector<venue::Standing> standings = venue::bracketStandings(view.draw);
    const bool groups = std::any_of(standings.begin(), standings.end(),
                                    [](const venue::Standing &s) { return s.group > 0; });
    int shownGroup = -1;
    for (const venue::Standing &standing : standings) {
        if (groups && standing.group != shownGroup) {
            shownGroup = standing.group;
            painter.setFont(fontOf(12, true));
            painter.setPen(kMuted);
            painter.drawText(
                cells(y)[1], middle | int(Qt::AlignLeft),
                Tr::tr("Group %1").arg(QChar(QLatin1Char('A').unicode() + shownGroup)));
            y += rowHeight;
        }
        for (const int entrant : standing.entrants) {
            if (y + rowHeight > area.bottom() + 0.5)
                break;
            const std::vector<QRectF> row = cells(y);
            const auto found = records.find(entrant);
            const Record record = found == records.end() ? Record{} : found->second;
            painter.setPen(QPen(kHeader, 1));
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            painter.setPen(kInk);
            painter.setFont(fontOf(13, standing.place == 1));
            painter.drawText(row[0], middle | int(Qt::AlignLeft), QString::number(standing.place));
            drawText(painter, row[1], middle | int(Qt::AlignLeft), seededName(view, entrant));
            painter.drawText(row[2], middle | int(Qt::AlignRight), QString::number(record.won));
            painter.drawText(row[3], middle | int(Qt::AlignRight), QString::number(record.lost));
            painter.drawText(row[4], middle | int(Qt::AlignRight),
                             Tr::tr("%1–%2").arg(record.racksFor).arg(record.racksAgainst));
            y += rowHeight;
        }
    }
    painter.setPen(QPen(kLine, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(area.topLeft(), QSizeF(area.width(), y - area.top())));
}

} // namespace

void paintBracket(QPainter &painter, const venue::TournamentView &view, const BracketLayout &layout,
                  const BracketMarks &marks)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintConnectors(painter, layout);
    painter.setFont(fontOf(13, true));
    painter.setPen(kInk);
    for (const BracketLayout::Heading &heading : layout.headings)
        drawText(painter, heading.rect, int(Qt::AlignLeft | Qt::AlignBottom), heading.text);
    for (const auto &[id, box] : layout.boxes) {
        if (id >= 0 && size_t(id) < view.draw.matches.size())
            paintBox(painter, view, view.draw.matches.at(size_t(id)), box, marks);
    }
    paintStandings(painter, view, layout.standings);
    painter.restore();
}

} // namespace dojo::ui
