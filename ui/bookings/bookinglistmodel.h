#pragma once

#include "bookings/bookabletable.h"

#include <venue/booking.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace dojo::ui {

// One day's bookings as rows for a table view: table, from, to, name, state. It holds plain
// values; each change of them resets it.
class BookingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TableColumn, FromColumn, ToColumn, NameColumn, StateColumn, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole;   // what a column sorts by
    static constexpr int kIdRole = Qt::UserRole + 1; // the booking's id, on every column

    explicit BookingListModel(QObject *parent = nullptr);

    void setTables(std::vector<BookableTable> tables);
    void setBookings(std::vector<venue::Booking> bookings);
    void setZone(const QTimeZone &zone);
    void setNow(const QDateTime &now, int graceMinutes);

    const venue::Booking &bookingAt(int row) const { return m_bookings[size_t(row)]; }
    int rowOf(qint64 bookingId) const; // -1: not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString tableName(qint64 tableId) const;
    int tablePosition(qint64 tableId) const;

    std::vector<BookableTable> m_tables;
    std::vector<venue::Booking> m_bookings;
    QTimeZone m_zone = QTimeZone::utc();
    QDateTime m_now;
    int m_graceMinutes = venue::kDefaultGraceMinutes;
};

} // namespace dojo::ui
