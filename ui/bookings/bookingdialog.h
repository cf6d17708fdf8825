#pragma once

#include "bookings/timelineview.h"
#include "common/checkedform.h"

#include <venue/booking.h>

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace dojo::ui {

// A booking made or changed by hand: its table, day, times and who it is for. A time before the
// venue opens is after midnight; an end not after the start is the next day. What cannot be
// booked (no name, an overlap, a table out of order) is said in a sentence and OK stays off;
// Enter accepts. It knows the shown day's bookings only: the database checks every day.
class BookingDialog : public QDialog
{
    Q_OBJECT

public:
    // `day` gives the tables, the other bookings, the venue's time zone and opening time.
    BookingDialog(const TimelineView &day, const venue::Booking &booking,
                  QWidget *parent = nullptr);

    // The booking as the fields say; its id is the one given (0: a new booking).
    venue::Booking booking() const;
    // Why it cannot be booked as it stands; none: OK is on.
    std::optional<QString> problem() const;

private:
    void check();

    TimelineView m_day;
    venue::Booking m_booking;
    QComboBox *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QLineEdit *m_name = nullptr;
    CheckedForm m_form;
};

} // namespace dojo::ui
