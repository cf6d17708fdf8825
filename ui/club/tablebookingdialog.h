#pragma once

#include "bookings/bookabletable.h"
#include "common/checkedform.h"

#include <venue/booking.h>

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

#include <optional>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QSpinBox;

namespace dojo::ui {

// What the challenges screen knows when it books a table: the venue's tables, the bookings of
// the day the bookings book shows, its time zone, the clock and the booking grace.
struct TableBookingDay
{
    std::vector<BookableTable> tables;
    std::vector<venue::Booking> bookings;
    QTimeZone zone = QTimeZone::utc();
    QDateTime now;
    int graceMinutes = venue::kDefaultGraceMinutes;
};

// A table booked for two players (a challenge): the table, when and for how long, under the
// name the booking will have. A time another booking of the shown day holds is said with the
// booking's sentence and OK stays off (bookings/bookingcheck.h); the database checks every day.
// The first table free at the suggested time is chosen. Enter books.
class TableBookingDialog : public QDialog
{
    Q_OBJECT

public:
    TableBookingDialog(const TableBookingDay &day, const QString &bookedAs, int suggestedMinutes,
                       QWidget *parent = nullptr);

    qint64 tableId() const;
    QDateTime from() const; // UTC
    QDateTime to() const;   // UTC
    std::optional<QString> problem() const;

private:
    venue::Booking candidate() const;
    void check();

    TableBookingDay m_day;
    QComboBox *m_table = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QSpinBox *m_minutes = nullptr;
    CheckedForm m_form;
};

} // namespace dojo::ui
