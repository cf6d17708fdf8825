#pragma once

#include "bookings/bookabletable.h"

#include <venue/booking.h>

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dojo::ui {

class BookingListModel;

// One day's bookings as a list: sorted by any column (by start first), filtered by a text
// that matches a table, a time, a name or a state. Enter or a double-click edits the booking,
// Delete cancels it; like the timeline, it only asks.
class BookingList : public QWidget
{
    Q_OBJECT

public:
    explicit BookingList(QWidget *parent = nullptr);

    void setTables(std::vector<BookableTable> tables);
    void setBookings(std::vector<venue::Booking> bookings);
    void setZone(const QTimeZone &zone);
    void setNow(const QDateTime &now, int graceMinutes);

    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QSortFilterProxyModel *sorted() const { return m_sorted; }
    std::optional<qint64> selectedBooking() const;
    void selectBooking(qint64 bookingId);

Q_SIGNALS:
    void editRequested(qint64 bookingId);
    void cancelRequested(qint64 bookingId);
    void selectionChanged();

private:
    void keepSelection(const std::function<void()> &change);

    BookingListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace dojo::ui
