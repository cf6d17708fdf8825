#include "bookings/bookingtimeline.h"

#include "bookings/bookingcheck.h"
#include "bookings/bookingtext.h"
#include "bookings/timelineaccessible.h"
#include "bookings/timelinepainter.h"
#include "common/paintedlistaccessible.h"
#include "common/uitr.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace dojo::ui {
namespace {

constexpr int kSlotSecs = TimelineScale::kSlotMinutes * 60;
constexpr double kMinPixelsPerMinute = 0.5;     // 30 px an hour: a whole long day at a glance
constexpr double kMaxPixelsPerMinute = 8.0;     // 120 px a slot: a few hours in detail
constexpr double kEveningPixelsPerMinute = 2.0; // 120 px an hour: names and times readable
constexpr int kEdgeGrip = 6;                    // pixels either side of a block's edge that resize

} // namespace

BookingTimeline::BookingTimeline(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("bookingTimeline"));
    setAccessibleName(Tr::tr("Bookings of the day by table"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setObjectName(QLatin1String(kViewportName));
    installTimelineAccessibility();
    m_view.day = QDate::currentDate();
    m_view.zone = QTimeZone::systemTimeZone();
    m_view.now = m_clock();
    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_view.now = m_clock();
        viewport()->update();
    });
    m_tick->start();
    // A scroll by hand keeps the view where it was put.
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::actionTriggered, this, [this] { m_placeView = false; });
    updateRange();
}

void BookingTimeline::setTables(std::vector<BookableTable> tables)
{
    m_view.tables = std::move(tables);
    m_view.cursorRow = std::clamp(m_view.cursorRow, 0, std::max(0, int(m_view.tables.size()) - 1));
    m_drag.reset();
    m_view.ghost.reset();
    updateScrollBars();
    selectUnderCursor();
}

void BookingTimeline::setBookings(std::vector<venue::Booking> bookings)
{
    m_view.bookings = std::move(bookings);
    m_view.now = m_clock();
    placeView();
    if (m_drag && m_drag->original.id != 0 && !m_view.booking(m_drag->original.id)) {
        m_drag.reset();
        m_view.ghost.reset();
    }
    const venue::Booking *selected = m_view.selected ? m_view.booking(*m_view.selected) : nullptr;
    if (selected && m_view.isShown(*selected)) {
        // The selected booking was moved: the cell follows it.
        const int row = m_view.rowOf(selected->tableId);
        const int slot = m_view.scale.slotAt(std::max(selected->from, m_view.scale.start));
        if (m_view.bookingInSlot(m_view.cursorRow, m_view.cursorSlot) != selected) {
            m_view.cursorRow = row;
            m_view.cursorSlot = std::clamp(slot, 0, m_view.scale.slotCount() - 1);
        }
        announceSelection();
        viewport()->update();
        return;
    }
    selectUnderCursor();
}

void BookingTimeline::setDay(const QDate &day, const QTimeZone &zone)
{
    m_view.day = day;
    m_view.zone = zone;
    updateRange();
}

void BookingTimeline::setOpeningHours(const QTime &opens, const QTime &closes)
{
    m_opens = opens;
    m_closes = closes;
    updateRange();
}

void BookingTimeline::setGraceMinutes(int minutes)
{
    m_view.graceMinutes = minutes;
    viewport()->update();
}

void BookingTimeline::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_view.now = m_clock();
    viewport()->update();
}

void BookingTimeline::updateRange()
{
    TimelineScale &s = m_view.scale;
    s.start = QDateTime(m_view.day, m_opens, m_view.zone).toUTC();
    const QDate closingDay = m_closes <= m_opens ? m_view.day.addDays(1) : m_view.day;
    s.end = QDateTime(closingDay, m_closes, m_view.zone).toUTC();
    m_view.cursorSlot = std::clamp(m_view.cursorSlot, 0, std::max(0, s.slotCount() - 1));
    m_drag.reset();
    m_view.ghost.reset();
    m_placeView = true;
    applyZoom();
    updateScrollBars();
    selectUnderCursor();
}

void BookingTimeline::applyZoom()
{
    TimelineScale &s = m_view.scale;
    const int width = viewport()->width() - s.namesWidth - 1;
    if (m_zoom == Zoom::Chosen || s.minutes() <= 0 || width <= 0)
        return;
    const double fit = double(width) / s.minutes();
    const double least = m_zoom == Zoom::Evening ? kEveningPixelsPerMinute : kMinPixelsPerMinute;
    s.pixelsPerMinute = std::clamp(fit, least, kMaxPixelsPerMinute);
}

void BookingTimeline::placeView()
{
    if (!m_placeView || viewport()->width() <= m_view.scale.namesWidth)
        return;
    const TimelineScale &s = m_view.scale;
    // An hour of the past for context; a day not today from its first booking.
    QDateTime from = s.start;
    const bool today = m_view.now >= s.start && m_view.now < s.end;
    if (today) {
        from = m_view.now.addSecs(-60 * 60);
    } else {
        for (const venue::Booking &b : m_view.bookings)
            if (m_view.isShown(b) && (from == s.start || b.from.addSecs(-30 * 60) < from))
                from = b.from.addSecs(-30 * 60);
    }
    horizontalScrollBar()->setValue(
        int(std::lround(s.start.secsTo(from) / 60.0 * s.pixelsPerMinute)));
    syncScroll();
    m_view.cursorSlot = std::clamp(s.slotAt(today ? m_view.now : std::max(from, s.start)), 0,
                                   std::max(0, s.slotCount() - 1));
    selectUnderCursor();
}

void BookingTimeline::setPixelsPerHour(double pixels)
{
    TimelineScale &s = m_view.scale;
    const double middle = s.namesWidth + (viewport()->width() - s.namesWidth) / 2.0;
    const QDateTime kept = s.timeAt(middle);
    s.pixelsPerMinute = std::clamp(pixels / 60.0, kMinPixelsPerMinute, kMaxPixelsPerMinute);
    m_zoom = Zoom::Chosen;
    m_placeView = false;
    updateScrollBars();
    // The moment in the middle stays in the middle.
    horizontalScrollBar()->setValue(int(
        std::lround(s.start.secsTo(kept) / 60.0 * s.pixelsPerMinute - (middle - s.namesWidth))));
    syncScroll();
    viewport()->update();
}

void BookingTimeline::zoomBy(double factor)
{
    setPixelsPerHour(pixelsPerHour() * factor);
}

void BookingTimeline::fitDay()
{
    m_zoom = Zoom::WholeDay;
    applyZoom();
    updateScrollBars();
    viewport()->update();
}

void BookingTimeline::updateScrollBars()
{
    const TimelineScale &s = m_view.scale;
    const int width = std::max(0, viewport()->width() - s.namesWidth);
    const int height = std::max(0, viewport()->height() - s.headerHeight);
    horizontalScrollBar()->setRange(0, std::max(0, s.contentWidth() - width));
    horizontalScrollBar()->setPageStep(width);
    horizontalScrollBar()->setSingleStep(
        std::max(1, int(s.pixelsPerMinute * TimelineScale::kSlotMinutes)));
    verticalScrollBar()->setRange(0,
                                  std::max(0, s.contentHeight(int(m_view.tables.size())) - height));
    verticalScrollBar()->setPageStep(height);
    verticalScrollBar()->setSingleStep(s.rowHeight);
    syncScroll();
    placeView();
}

void BookingTimeline::syncScroll()
{
    m_view.scale.scrollX = horizontalScrollBar()->value();
    m_view.scale.scrollY = verticalScrollBar()->value();
}

void BookingTimeline::scrollContentsBy(int, int)
{
    syncScroll();
    viewport()->update();
}

QPoint BookingTimeline::pointAt(qint64 tableId, const QDateTime &moment) const
{
    const TimelineScale &s = m_view.scale;
    return QPoint(int(std::lround(s.xOf(moment))),
                  s.rowTop(m_view.rowOf(tableId)) + s.rowHeight / 2);
}

QRect BookingTimeline::blockRect(qint64 bookingId) const
{
    const venue::Booking *booking = m_view.booking(bookingId);
    return booking ? m_view.blockRect(*booking).toRect() : QRect();
}

QString BookingTimeline::blockName(qint64 bookingId) const
{
    const venue::Booking *booking = m_view.booking(bookingId);
    if (!booking)
        return {};
    return BookingText::description(*booking, m_view.tableName(booking->tableId),
                                    m_view.stateOf(*booking), m_view.zone);
}

std::vector<qint64> BookingTimeline::shownBookings() const
{
    std::vector<const venue::Booking *> shown;
    for (const venue::Booking &b : m_view.bookings)
        if (m_view.isShown(b))
            shown.push_back(&b);
    std::sort(shown.begin(), shown.end(), [this](const venue::Booking *a, const venue::Booking *b) {
        return std::pair(m_view.rowOf(a->tableId), a->from)
               < std::pair(m_view.rowOf(b->tableId), b->from);
    });
    std::vector<qint64> ids;
    for (const venue::Booking *b : shown)
        ids.push_back(b->id);
    return ids;
}

std::optional<qint64> BookingTimeline::bookingAt(const QPoint &pos) const
{
    const venue::Booking *block = blockAt(pos, true);
    return block ? std::optional(block->id) : std::nullopt;
}

void BookingTimeline::selectBooking(qint64 bookingId)
{
    const venue::Booking *booking = m_view.booking(bookingId);
    if (!booking || !m_view.isShown(*booking))
        return;
    m_placeView = false;
    m_view.cursorRow = m_view.rowOf(booking->tableId);
    m_view.cursorSlot = std::clamp(m_view.scale.slotAt(std::max(booking->from, m_view.scale.start)),
                                   0, m_view.scale.slotCount() - 1);
    m_view.selected = bookingId;
    ensureCursorVisible();
    announceSelection();
    Q_EMIT selectionChanged();
    viewport()->update();
}

std::optional<qint64> BookingTimeline::cursorTable() const
{
    const BookableTable *table = m_view.tableAt(m_view.cursorRow);
    return table ? std::optional(table->id) : std::nullopt;
}

QDateTime BookingTimeline::cursorTime() const
{
    return m_view.scale.slotStart(m_view.cursorSlot);
}

void BookingTimeline::placeCursor(qint64 tableId, const QDateTime &moment)
{
    const int row = m_view.rowOf(tableId);
    if (row < 0)
        return;
    m_placeView = false;
    moveCursorTo(row, m_view.scale.slotAt(moment));
}

QSize BookingTimeline::sizeHint() const
{
    const TimelineScale &s = m_view.scale;
    return QSize(s.namesWidth + 16 * 60,
                 s.headerHeight + s.rowHeight * std::max<int>(6, int(m_view.tables.size())) + 20);
}

QSize BookingTimeline::minimumSizeHint() const
{
    const TimelineScale &s = m_view.scale;
    return QSize(s.namesWidth + 240, s.headerHeight + s.rowHeight * 2);
}

void BookingTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    m_view.focused = hasFocus();
    paintTimeline(painter, m_view, viewport()->rect(), palette());
}

void BookingTimeline::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    applyZoom();
    updateScrollBars();
}

void BookingTimeline::moveCursorTo(int row, int slot)
{
    if (m_view.tables.empty())
        return;
    m_view.cursorRow = std::clamp(row, 0, int(m_view.tables.size()) - 1);
    m_view.cursorSlot = std::clamp(slot, 0, std::max(0, m_view.scale.slotCount() - 1));
    ensureCursorVisible();
    selectUnderCursor();
}

void BookingTimeline::selectUnderCursor()
{
    const venue::Booking *under = m_view.bookingInSlot(m_view.cursorRow, m_view.cursorSlot);
    const std::optional<qint64> selected = under ? std::optional(under->id) : std::nullopt;
    const bool changed = selected != m_view.selected;
    m_view.selected = selected;
    announceSelection();
    if (changed)
        Q_EMIT selectionChanged();
    viewport()->update();
}

void BookingTimeline::ensureCursorVisible()
{
    const TimelineScale &s = m_view.scale;
    const double left = s.xOf(s.slotStart(m_view.cursorSlot));
    const double right = s.xOf(s.slotStart(m_view.cursorSlot + 1));
    QScrollBar *across = horizontalScrollBar();
    if (left < s.namesWidth)
        across->setValue(across->value() - int(std::ceil(s.namesWidth - left)));
    else if (right > viewport()->width())
        across->setValue(across->value() + int(std::ceil(right - viewport()->width())));
    const int top = s.rowTop(m_view.cursorRow);
    QScrollBar *down = verticalScrollBar();
    if (top < s.headerHeight)
        down->setValue(down->value() - (s.headerHeight - top));
    else if (top + s.rowHeight > viewport()->height())
        down->setValue(down->value() + top + s.rowHeight - viewport()->height());
    syncScroll();
}

void BookingTimeline::jumpToBooking(int direction)
{
    const BookableTable *table = m_view.tableAt(m_view.cursorRow);
    if (!table)
        return;
    const QDateTime here = cursorTime();
    const venue::Booking *best = nullptr;
    for (const venue::Booking &b : m_view.bookings) {
        if (b.tableId != table->id || !m_view.isShown(b) || b.id == m_view.selected
            || m_view.stateOf(b) == BookingState::NoShow)
            continue;
        const bool ahead = direction > 0 ? b.from > here : b.from < here;
        if (ahead && (!best || (direction > 0 ? b.from < best->from : b.from > best->from)))
            best = &b;
    }
    if (best)
        selectBooking(best->id);
}

std::optional<QString> BookingTimeline::refusal(const venue::Booking &candidate) const
{
    const TimelineScale &s = m_view.scale;
    if (candidate.from < s.start || candidate.to > s.end)
        return Tr::tr("The venue is closed then: the day runs from %1 to %2.")
            .arg(BookingText::time(s.start, m_view.zone), BookingText::time(s.end, m_view.zone));
    return whyRefused(candidate, m_view.tables, m_view.bookings, m_view.now, m_view.graceMinutes,
                      m_view.zone);
}

void BookingTimeline::ask(const venue::Booking &candidate)
{
    if (const std::optional<QString> why = refusal(candidate)) {
        Q_EMIT refused(*why);
        return;
    }
    if (candidate.id == 0)
        Q_EMIT createRequested(candidate.tableId, candidate.from, candidate.to);
    else
        Q_EMIT moveRequested(candidate.id, candidate.tableId, candidate.from, candidate.to);
}

void BookingTimeline::createAtCursor()
{
    const BookableTable *table = m_view.tableAt(m_view.cursorRow);
    if (!table)
        return;
    venue::Booking candidate;
    candidate.tableId = table->id;
    candidate.from = cursorTime();
    candidate.to = std::min(candidate.from.addSecs(60 * 60), m_view.scale.end);
    // An hour, or up to the table's next booking when that comes sooner.
    while (const std::optional<venue::Booking> next
           = venue::firstOverlap(m_view.bookings, candidate, m_view.now, m_view.graceMinutes)) {
        if (next->from <= candidate.from)
            break;
        candidate.to = next->from;
    }
    ask(candidate);
}

const venue::Booking *BookingTimeline::blockAt(const QPoint &pos, bool noShows) const
{
    const venue::Booking *noShow = nullptr;
    for (const venue::Booking &b : m_view.bookings) {
        if (!m_view.blockRect(b).adjusted(-2, 0, 2, 0).contains(pos))
            continue;
        if (m_view.stateOf(b) != BookingState::NoShow)
            return &b; // drawn on top
        noShow = noShow ? noShow : &b;
    }
    return noShows ? noShow : nullptr;
}

std::optional<TimelineDrag> BookingTimeline::dragAt(const QPoint &pos) const
{
    const TimelineScale &s = m_view.scale;
    const int row = s.rowAt(pos.y());
    const BookableTable *table = m_view.tableAt(row);
    if (!table || pos.x() < s.namesWidth)
        return std::nullopt;
    TimelineDrag drag;
    drag.pressPos = pos;
    drag.pressTime = s.timeAt(pos.x());
    const venue::Booking *hit = blockAt(pos, false);
    if (!hit) {
        drag.original.tableId = table->id;
        return drag;
    }
    drag.original = *hit;
    const QRectF block = m_view.blockRect(*hit);
    const double grip = std::min<double>(kEdgeGrip, block.width() / 4);
    if (pos.x() <= block.left() + grip && hit->from >= s.start)
        drag.kind = TimelineDrag::Kind::ResizeStart;
    else if (pos.x() >= block.right() - grip && hit->to <= s.end)
        drag.kind = TimelineDrag::Kind::ResizeEnd;
    else
        drag.kind = TimelineDrag::Kind::Move;
    return drag;
}

void BookingTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_placeView = false;
    const QPoint pos = event->position().toPoint();
    m_drag = dragAt(pos);
    if (!m_drag)
        return;
    if (m_drag->original.id != 0) {
        selectBooking(m_drag->original.id);
    } else {
        moveCursorTo(m_view.scale.rowAt(pos.y()), m_view.scale.slotAt(m_drag->pressTime));
    }
}

void BookingTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_drag) {
        // Show which edges resize.
        const std::optional<TimelineDrag> under = dragAt(pos);
        const bool edge = under
                          && (under->kind == TimelineDrag::Kind::ResizeStart
                              || under->kind == TimelineDrag::Kind::ResizeEnd);
        viewport()->setCursor(edge ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_drag->started
        && (pos - m_drag->pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_drag->started = true;
    if (!m_drag->started)
        return;
    // Near an edge the day scrolls along, a slot a move, to reach the hours out of sight.
    const int edge = 24;
    const int slot = horizontalScrollBar()->singleStep();
    if (pos.x() > viewport()->width() - edge)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + slot);
    else if (pos.x() < m_view.scale.namesWidth + edge && pos.x() > m_view.scale.namesWidth - edge)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - slot);
    syncScroll();
    updateDrag(pos);
}

void BookingTimeline::updateDrag(const QPoint &pos)
{
    const TimelineScale &s = m_view.scale;
    const BookableTable *over = m_view.tableAt(s.rowAt(pos.y()));
    const venue::Booking candidate
        = draggedBooking(*m_drag, s, s.timeAt(pos.x()), over ? over->id : 0);
    m_view.ghost = TimelineGhost{candidate, refusal(candidate).has_value()};
    viewport()->update();
}

void BookingTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_drag)
        return;
    if (m_drag->started)
        updateDrag(event->position().toPoint());
    endDrag();
}

void BookingTimeline::endDrag()
{
    const std::optional<TimelineDrag> drag = std::exchange(m_drag, std::nullopt);
    const std::optional<TimelineGhost> ghost = std::exchange(m_view.ghost, std::nullopt);
    viewport()->update();
    if (!drag || !drag->started || !ghost)
        return;
    const venue::Booking &to = ghost->booking;
    if (drag->original.id != 0 && to.tableId == drag->original.tableId
        && to.from == drag->original.from && to.to == drag->original.to)
        return; // put back where it was
    ask(to);
}

void BookingTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drag.reset();
    m_view.ghost.reset();
    const QPoint pos = event->position().toPoint();
    if (const venue::Booking *block = blockAt(pos, true))
        Q_EMIT editRequested(block->id);
    else if (dragAt(pos))
        createAtCursor();
}

void BookingTimeline::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    m_placeView = false;
    if (event->modifiers() & Qt::ControlModifier) {
        // Zoom around the moment under the pointer.
        TimelineScale &s = m_view.scale;
        const double x = event->position().x();
        const QDateTime kept = s.timeAt(x);
        setPixelsPerHour(pixelsPerHour() * std::pow(1.25, delta.y() / 120.0));
        horizontalScrollBar()->setValue(
            int(std::lround(s.start.secsTo(kept) / 60.0 * s.pixelsPerMinute - (x - s.namesWidth))));
        syncScroll();
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier && delta.x() == 0) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void BookingTimeline::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods
        = event->modifiers()
          & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = event->key();
    const bool arrow
        = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    const int step = key == Qt::Key_Left || key == Qt::Key_Up ? -1 : 1;
    const bool across = key == Qt::Key_Left || key == Qt::Key_Right;
    const venue::Booking *selected = m_view.selected ? m_view.booking(*m_view.selected) : nullptr;

    if (key == Qt::Key_Escape && m_drag) {
        m_drag.reset();
        m_view.ghost.reset();
        viewport()->update();
    } else if (arrow && mods == Qt::NoModifier) {
        if (across)
            moveCursorTo(m_view.cursorRow, m_view.cursorSlot + step);
        else
            moveCursorTo(m_view.cursorRow + step, m_view.cursorSlot);
    } else if (arrow && across && mods == Qt::ControlModifier) {
        jumpToBooking(step);
    } else if (arrow && mods == Qt::ShiftModifier && selected) {
        venue::Booking moved = *selected;
        if (across) {
            moved.from = moved.from.addSecs(step * kSlotSecs);
            moved.to = moved.to.addSecs(step * kSlotSecs);
        } else if (const BookableTable *next
                   = m_view.tableAt(m_view.rowOf(selected->tableId) + step)) {
            moved.tableId = next->id;
        } else {
            return;
        }
        ask(moved);
    } else if (arrow && across && mods == (Qt::ControlModifier | Qt::ShiftModifier) && selected) {
        venue::Booking resized = *selected;
        resized.to = resized.to.addSecs(step * kSlotSecs);
        ask(resized);
    } else if ((key == Qt::Key_Return || key == Qt::Key_Enter) && mods == Qt::NoModifier) {
        if (selected)
            Q_EMIT editRequested(selected->id);
        else
            createAtCursor();
    } else if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && selected) {
        Q_EMIT cancelRequested(selected->id);
    } else if (key == Qt::Key_Home && mods == Qt::NoModifier) {
        moveCursorTo(m_view.cursorRow, 0);
    } else if (key == Qt::Key_End && mods == Qt::NoModifier) {
        moveCursorTo(m_view.cursorRow, m_view.scale.slotCount() - 1);
    } else if ((key == Qt::Key_Plus || key == Qt::Key_Equal) && mods & Qt::ControlModifier) {
        zoomBy(1.25);
    } else if (key == Qt::Key_Minus && mods & Qt::ControlModifier) {
        zoomBy(0.8);
    } else if (key == Qt::Key_0 && mods & Qt::ControlModifier) {
        fitDay();
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    m_placeView = false;
    event->accept();
}

void BookingTimeline::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    announceSelection();
    viewport()->update();
}

void BookingTimeline::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool BookingTimeline::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const venue::Booking *block = blockAt(help->pos(), true))
            QToolTip::showText(help->globalPos(), blockName(block->id), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void BookingTimeline::announceSelection()
{
    // What a screen reader says as the keyboard's cell moves: the booking, or the free slot.
    QString text;
    if (m_view.selected) {
        text = blockName(*m_view.selected);
    } else if (const BookableTable *table = m_view.tableAt(m_view.cursorRow)) {
        text = table->outOfOrder
                   ? Tr::tr("%1 is out of order.").arg(table->name)
                   : Tr::tr("%1 is free at %2.")
                         .arg(table->name, BookingText::time(cursorTime(), m_view.zone));
    }
    announceToScreenReaders(this, text, m_view.selected);
}

} // namespace dojo::ui
