#pragma once

#include "bookings/bookabletable.h"
#include "bookings/timelinedrag.h"
#include "bookings/timelineview.h"

#include <venue/booking.h>

#include <QAbstractScrollArea>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <functional>
#include <optional>
#include <vector>

class QTimer;

namespace dojo::ui {

// One day's bookings as a timeline: a row per table, the opening hours across, each booking a
// block coloured by its state. It changes nothing itself: a drag or a key asks for a change
// with a signal, and the bookings given back show what became of it.
//
// Mouse: a drag on empty space asks for a new booking (15-minute steps), a block's body moves
// it (also to another table), its edges resize it; a block that would overlap another booking
// is drawn refused and asks for nothing. A double-click edits.
// Keys: the arrows move a cell of 15 minutes between tables and slots, and select the booking
// under it; Enter edits it, or asks for a booking of an hour on an empty cell; Shift+arrows move
// the booking by 15 minutes or to the next table; Ctrl+Shift+Left/Right shorten or lengthen it;
// Delete cancels it; Ctrl+Left/Right jump to the row's previous or next booking; Home/End go to
// the day's first or last slot; Ctrl+Plus/Minus zoom and Ctrl+0 shows the whole day.
class BookingTimeline : public QAbstractScrollArea
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr char kViewportName[] = "bookingTimelineViewport";

    explicit BookingTimeline(QWidget *parent = nullptr);

    void setTables(std::vector<BookableTable> tables);
    void setBookings(std::vector<venue::Booking> bookings);
    // The day shown, in the venue's time zone: from its opening to its closing time.
    void setDay(const QDate &day, const QTimeZone &zone);
    // When the venue opens and closes; a closing time not after the opening is the next day.
    void setOpeningHours(const QTime &opens, const QTime &closes);
    void setGraceMinutes(int minutes);
    void setClock(Clock clock); // the present moment: the line, the no-shows

    const TimelineView &view() const { return m_view; }
    const TimelineScale &scale() const { return m_view.scale; }
    QDate day() const { return m_view.day; }

    // Pixels an hour takes. Until the zoom is chosen, the whole day when it fits the width at
    // 120 pixels an hour, else 120 pixels an hour from an hour before the present moment.
    double pixelsPerHour() const { return m_view.scale.pixelsPerMinute * 60; }
    void setPixelsPerHour(double pixels);
    void zoomBy(double factor);
    void fitDay(); // the whole day in the width, however narrow (Ctrl+0)

    // Where a moment on a table's row is on the viewport (the middle of the row).
    QPoint pointAt(qint64 tableId, const QDateTime &moment) const;
    // A booking's block on the viewport; empty when it is not shown.
    QRect blockRect(qint64 bookingId) const;
    // The sentence a screen reader says for a booking's block.
    QString blockName(qint64 bookingId) const;
    // The bookings with a block, table by table and in time; the block under a viewport point.
    std::vector<qint64> shownBookings() const;
    std::optional<qint64> bookingAt(const QPoint &pos) const;

    std::optional<qint64> selectedBooking() const { return m_view.selected; }
    void selectBooking(qint64 bookingId);
    std::optional<qint64> cursorTable() const;
    QDateTime cursorTime() const; // the start of the keyboard's slot
    void placeCursor(qint64 tableId, const QDateTime &moment);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void createRequested(qint64 tableId, const QDateTime &from, const QDateTime &to);
    void moveRequested(qint64 bookingId, qint64 tableId, const QDateTime &from,
                       const QDateTime &to);
    void editRequested(qint64 bookingId);
    void cancelRequested(qint64 bookingId);
    // A change the timeline would not ask for, and why, as a sentence.
    void refused(const QString &why);
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateRange();
    void applyZoom();
    void placeView();
    void updateScrollBars();
    void syncScroll();
    void moveCursorTo(int row, int slot);
    void selectUnderCursor();
    void ensureCursorVisible();
    void jumpToBooking(int direction);
    void ask(const venue::Booking &candidate); // a move or a new booking, checked first
    void createAtCursor();
    std::optional<QString> refusal(const venue::Booking &candidate) const;
    // The block under a viewport point; a no-show's only when asked, since it holds nothing.
    const venue::Booking *blockAt(const QPoint &pos, bool noShows) const;
    std::optional<TimelineDrag> dragAt(const QPoint &pos) const;
    void updateDrag(const QPoint &pos);
    void endDrag();
    void announceSelection();

    TimelineView m_view;
    QTime m_opens{10, 0};
    QTime m_closes{2, 0};
    Clock m_clock;
    enum class Zoom { Evening, WholeDay, Chosen };
    Zoom m_zoom = Zoom::Evening; // Evening and WholeDay follow the width
    bool m_placeView = true;     // until the day is touched, it shows the present moment

    std::optional<TimelineDrag> m_drag;
    QTimer *m_tick = nullptr; // moves the line of the present moment along
};

} // namespace dojo::ui
