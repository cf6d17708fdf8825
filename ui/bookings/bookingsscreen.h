#pragma once

#include "bookings/bookabletable.h"
#include "bookings/bookingtimeline.h"

#include <venue/booking.h>

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>
#include <QWidget>

#include <optional>
#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace dojo::ui {

class BookingDialog;
class BookingList;

// The front desk's reservations: a day picker (previous, next, today), the day as a timeline
// and as a list. It is given the tables and the day's bookings as plain values and asks for
// every change with a signal; the bookings given back show what became of it. A new booking
// (a drag, Enter on a free slot, New Booking…) asks for the guest's name first.
class BookingsScreen : public QWidget
{
    Q_OBJECT

public:
    explicit BookingsScreen(QWidget *parent = nullptr);

    void setTables(std::vector<BookableTable> tables);
    void setBookings(std::vector<venue::Booking> bookings);
    void setDay(const QDate &day, const QTimeZone &zone);
    void setOpeningHours(const QTime &opens, const QTime &closes);
    void setGraceMinutes(int minutes);
    void setClock(BookingTimeline::Clock clock);

    QDate day() const { return m_timeline->day(); }
    BookingTimeline *timeline() const { return m_timeline; }
    BookingList *list() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }
    // The dialog open for a new or changed booking; null when none is.
    BookingDialog *dialog() const { return m_dialog; }

    // Opens the dialog for a new booking, or for changing booking `id`.
    void newBooking(qint64 tableId, const QDateTime &from, const QDateTime &to);
    void editBooking(qint64 bookingId);
    // Says in the screen's line what happened or why something was refused.
    void showMessage(const QString &text);

Q_SIGNALS:
    // The lead's model loads this day's bookings and gives them to setBookings.
    void dayChanged(const QDate &day);
    // A new booking (id 0) with its table, times and name.
    void bookRequested(const venue::Booking &booking);
    // A booking moved or resized, on the timeline or in the dialog.
    void moveRequested(qint64 bookingId, qint64 tableId, const QDateTime &from,
                       const QDateTime &to);
    // The dialog changed who the booking is for.
    void renameRequested(qint64 bookingId, const QString &name);
    void cancelRequested(qint64 bookingId);
    // The guests of the selected booking came (Check In); their table time starts.
    void checkInRequested(qint64 bookingId);

private:
    void goToDay(const QDate &day);
    void openDialog(const venue::Booking &booking);
    void dialogDone(int result);
    std::optional<qint64> bookingToCheckIn() const;

    BookingTimeline *m_timeline = nullptr;
    BookingList *m_list = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_checkIn = nullptr;
    BookingDialog *m_dialog = nullptr;
    QTime m_opens{10, 0};
    QTime m_closes{2, 0};
    venue::Booking m_editing; // the booking as it was when the dialog opened
};

} // namespace dojo::ui
