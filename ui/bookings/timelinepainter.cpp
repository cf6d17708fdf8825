#include "bookings/timelinepainter.h"

#include "bookings/bookingtext.h"
#include "common/uitr.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QRect>

#include <algorithm>
#include <optional>

namespace dojo::ui {
namespace {

const QColor kNow(0xd0, 0x34, 0x2c);
const QColor kRefused(0xc6, 0x28, 0x28);

QRect rowsArea(const TimelineView &view, const QRect &area)
{
    const TimelineScale &s = view.scale;
    const int bottom = std::min(area.bottom(), s.rowTop(int(view.tables.size())) - 1);
    const int right = std::min(area.right(), int(s.xOf(s.end)));
    return QRect(QPoint(s.namesWidth, s.headerHeight), QPoint(right, bottom));
}

void paintRows(QPainter &p, const TimelineView &view, const QRect &rows, const QPalette &palette)
{
    const TimelineScale &s = view.scale;
    for (int row = 0; row < int(view.tables.size()); ++row) {
        const QRect band(rows.left(), s.rowTop(row), rows.width(), s.rowHeight);
        p.fillRect(band, row % 2 ? palette.alternateBase() : palette.base());
        if (view.tables[size_t(row)].outOfOrder)
            p.fillRect(band, QBrush(QColor(0, 0, 0, 40), Qt::BDiagPattern));
    }
    // What is past is shaded, so the evening still ahead stands out.
    if (view.now.isValid() && view.now > s.start) {
        const double nowX = std::min(s.xOf(view.now), double(rows.right() + 1));
        p.fillRect(
            QRectF(rows.left(), rows.top(), std::max(0.0, nowX - rows.left()), rows.height()),
            QColor(0, 0, 0, 14));
    }
    const bool quarters = s.pixelsPerMinute * TimelineScale::kSlotMinutes >= 12;
    for (int slot = 0; slot <= s.slotCount(); ++slot) {
        const bool hour = slot % 4 == 0;
        if (!hour && !(quarters || slot % 2 == 0))
            continue;
        const double x = s.xOf(s.slotStart(slot));
        if (x < rows.left() || x > rows.right() + 1)
            continue;
        p.setPen(QPen(hour ? QColor(0, 0, 0, 60) : QColor(0, 0, 0, slot % 2 ? 14 : 28), 1));
        p.drawLine(QPointF(x + 0.5, rows.top()), QPointF(x + 0.5, rows.bottom()));
    }
    p.setPen(QPen(QColor(0, 0, 0, 30), 1));
    for (int row = 1; row <= int(view.tables.size()); ++row)
        p.drawLine(rows.left(), s.rowTop(row), rows.right(), s.rowTop(row));
}

void paintCheckMark(QPainter &p, const QRectF &box, const QColor &colour)
{
    QPainterPath tick;
    tick.moveTo(box.left(), box.center().y());
    tick.lineTo(box.left() + box.width() * 0.38, box.bottom());
    tick.lineTo(box.right(), box.top());
    p.setPen(QPen(colour, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(tick);
}

void paintBlockText(QPainter &p, const TimelineView &view, const venue::Booking &booking,
                    const QRectF &block, BookingState state, const QColor &colour)
{
    QRectF text = block.adjusted(6, 3, -5, -3);
    if (state == BookingState::CheckedIn && text.width() > 40) {
        paintCheckMark(p, QRectF(text.right() - 11, text.top() + 3, 10, 8), colour);
        text.setRight(text.right() - 14);
    }
    if (text.width() < 8)
        return;
    QFont bold = p.font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(p.font());
    QString second = state == BookingState::NoShow
                         ? bookingStateName(state)
                         : BookingText::span(booking.from, booking.to, view.zone);
    if (state != BookingState::NoShow && metrics.horizontalAdvance(second) > text.width())
        second = BookingText::time(booking.from, view.zone); // a short block: when it starts

    p.setPen(colour);
    const bool twoLines = text.height() >= boldMetrics.height() + metrics.height();
    if (!twoLines) {
        p.setFont(bold);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   boldMetrics.elidedText(booking.name, Qt::ElideRight, int(text.width())));
        return;
    }
    const QFont plain = p.font();
    p.setFont(bold);
    p.drawText(QRectF(text.left(), text.top(), text.width(), boldMetrics.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               boldMetrics.elidedText(booking.name, Qt::ElideRight, int(text.width())));
    p.setFont(plain);
    p.drawText(
        QRectF(text.left(), text.bottom() - metrics.height(), text.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(second, Qt::ElideRight, int(text.width())));
}

void paintBlock(QPainter &p, const TimelineView &view, const venue::Booking &booking)
{
    const QRectF block = view.blockRect(booking);
    if (block.isEmpty())
        return;
    const BookingState state = view.stateOf(booking);
    const BlockColours colours = blockColours(state);
    const bool selected = view.selected == booking.id;
    const bool dragged = view.ghost && view.ghost->booking.id == booking.id && booking.id != 0;
    p.setOpacity(dragged ? 0.45 : 1.0); // where it was, while its ghost shows where it goes
    p.setPen(QPen(colours.outline, 1));
    p.setBrush(colours.fill);
    p.drawRoundedRect(block, 5, 5);
    const QFont font = p.font();
    paintBlockText(p, view, booking, block, state, colours.text);
    p.setFont(font);
    if (selected) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0x11, 0x11, 0x11), 2.5));
        p.drawRoundedRect(block.adjusted(-1, -1, 1, 1), 6, 6);
        p.setPen(QPen(Qt::white, 1));
        p.drawRoundedRect(block.adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
    }
    p.setOpacity(1.0);
}

void paintGhost(QPainter &p, const TimelineView &view, const TimelineGhost &ghost)
{
    const QRectF block = view.blockRect(ghost.booking);
    if (block.isEmpty())
        return;
    const QColor fill = ghost.refused
                            ? QColor(kRefused.red(), kRefused.green(), kRefused.blue(), 45)
                            : QColor(0x2f, 0x6d, 0xb5, 90);
    p.setBrush(fill);
    p.setPen(ghost.refused ? QPen(kRefused, 2.5) : QPen(QColor(0x1d, 0x4b, 0x80), 2, Qt::DashLine));
    p.drawRoundedRect(block, 5, 5);
    const QFontMetrics metrics(p.font());
    const QString times = BookingText::span(ghost.booking.from, ghost.booking.to, view.zone);
    p.setPen(ghost.refused ? kRefused.darker(140) : QColor(0x10, 0x2a, 0x48));
    p.drawText(block.adjusted(6, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(times, Qt::ElideRight, int(block.width() - 10)));
}

void paintCursor(QPainter &p, const TimelineView &view, const QPalette &palette)
{
    if (view.selected || !view.tableAt(view.cursorRow))
        return;
    const TimelineScale &s = view.scale;
    const double left = s.xOf(s.slotStart(view.cursorSlot));
    const double right = s.xOf(s.slotStart(view.cursorSlot + 1));
    const QRectF cell(left, s.rowTop(view.cursorRow) + 2, right - left, s.rowHeight - 4);
    QColor colour = palette.color(QPalette::Highlight);
    if (!view.focused)
        colour.setAlpha(110);
    p.setPen(QPen(colour, 2));
    colour.setAlpha(view.focused ? 50 : 20);
    p.setBrush(colour);
    p.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 3, 3);
}

// Where the present moment is on the viewport; none when it is outside the rows shown.
std::optional<double> nowX(const TimelineView &view, const QRect &rows)
{
    const TimelineScale &s = view.scale;
    if (!view.now.isValid() || view.now < s.start || view.now > s.end)
        return std::nullopt;
    const double x = s.xOf(view.now);
    if (x < rows.left() || x > rows.right() + 1)
        return std::nullopt;
    return x;
}

void paintNowLine(QPainter &p, const TimelineView &view, const QRect &rows)
{
    if (const std::optional<double> x = nowX(view, rows)) {
        p.setPen(QPen(kNow, 2));
        p.drawLine(QPointF(*x, rows.top()), QPointF(*x, rows.bottom()));
    }
}

void paintNowMarker(QPainter &p, const TimelineView &view, const QRect &rows)
{
    if (const std::optional<double> x = nowX(view, rows)) {
        const int bottom = view.scale.headerHeight - 1;
        QPainterPath marker;
        marker.moveTo(*x - 6, bottom - 8);
        marker.lineTo(*x + 6, bottom - 8);
        marker.lineTo(*x, bottom);
        marker.closeSubpath();
        p.fillPath(marker, kNow);
    }
}

void paintHeader(QPainter &p, const TimelineView &view, const QRect &area, const QPalette &palette)
{
    const TimelineScale &s = view.scale;
    const QRect header(area.left(), area.top(), area.width(), s.headerHeight);
    p.fillRect(header, palette.window());
    p.save();
    p.setClipRect(QRect(s.namesWidth, 0, area.width() - s.namesWidth, s.headerHeight));
    const QFontMetrics metrics(p.font());
    for (int slot = 0; slot <= s.slotCount(); slot += 4) {
        const QDateTime hour = s.slotStart(slot);
        const double x = s.xOf(hour);
        p.setPen(QPen(QColor(0, 0, 0, 90), 1));
        p.drawLine(QPointF(x + 0.5, s.headerHeight - 8), QPointF(x + 0.5, s.headerHeight));
        p.setPen(palette.color(QPalette::WindowText));
        p.drawText(QPointF(x + 4, s.headerHeight - 12), BookingText::time(hour, view.zone));
    }
    p.restore();
    p.setPen(QPen(QColor(0, 0, 0, 70), 1));
    p.drawLine(area.left(), s.headerHeight - 1, area.right(), s.headerHeight - 1);
}

void paintNames(QPainter &p, const TimelineView &view, const QRect &area, const QPalette &palette)
{
    const TimelineScale &s = view.scale;
    p.fillRect(QRect(0, s.headerHeight, s.namesWidth, area.height()), palette.window());
    p.save();
    p.setClipRect(QRect(0, s.headerHeight, s.namesWidth, area.height()));
    QFont bold = p.font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFont plain = p.font();
    QFont small = plain;
    small.setItalic(true);
    const QFontMetrics smallMetrics(small);
    for (int row = 0; row < int(view.tables.size()); ++row) {
        const BookableTable &table = view.tables[size_t(row)];
        const QRect box(10, s.rowTop(row), s.namesWidth - 18, s.rowHeight);
        if (view.focused && row == view.cursorRow)
            p.fillRect(QRect(0, box.top(), 4, box.height()), palette.highlight());
        p.setFont(bold);
        p.setPen(palette.color(QPalette::WindowText));
        const QString name = boldMetrics.elidedText(table.name, Qt::ElideRight, box.width());
        if (!table.outOfOrder) {
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, name);
            continue;
        }
        const int top
            = box.top() + (box.height() - boldMetrics.height() - smallMetrics.height()) / 2;
        p.drawText(QRect(box.left(), top, box.width(), boldMetrics.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, name);
        p.setFont(small);
        p.setPen(kRefused);
        p.drawText(
            QRect(box.left(), top + boldMetrics.height(), box.width(), smallMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(Tr::tr("Out of order"), Qt::ElideRight, box.width()));
    }
    p.restore();
    p.setFont(plain);
    p.setPen(QPen(QColor(0, 0, 0, 70), 1));
    p.drawLine(s.namesWidth - 1, 0, s.namesWidth - 1, area.bottom());
    // The corner above the names: the day shown.
    p.fillRect(QRect(0, 0, s.namesWidth - 1, s.headerHeight - 1), palette.window());
    p.setPen(palette.color(QPalette::WindowText));
    p.drawText(QRect(10, 0, s.namesWidth - 18, s.headerHeight - 4),
               Qt::AlignLeft | Qt::AlignVCenter,
               QLocale().toString(view.day, QLocale::ShortFormat));
}

} // namespace

void paintTimeline(QPainter &painter, const TimelineView &view, const QRect &area,
                   const QPalette &palette)
{
    painter.fillRect(area, palette.window());
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect rows = rowsArea(view, area);
    painter.save();
    painter.setClipRect(
        QRect(QPoint(view.scale.namesWidth, view.scale.headerHeight), area.bottomRight()));
    paintRows(painter, view, rows, palette);
    paintNowLine(painter, view, rows); // under the blocks: their text stays whole
    // No-shows first: a booking made over a released one is drawn on top of it.
    for (const bool noShows : {true, false})
        for (const venue::Booking &booking : view.bookings)
            if ((view.stateOf(booking) == BookingState::NoShow) == noShows)
                paintBlock(painter, view, booking);
    paintCursor(painter, view, palette);
    if (view.ghost)
        paintGhost(painter, view, *view.ghost);
    painter.restore();
    paintHeader(painter, view, area, palette);
    paintNames(painter, view, area, palette);
    paintNowMarker(painter, view, rows);
}

} // namespace dojo::ui
