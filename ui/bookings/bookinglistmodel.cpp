#include "bookings/bookinglistmodel.h"

#include "bookings/bookingstate.h"
#include "bookings/bookingtext.h"
#include "common/uitr.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace dojo::ui {

BookingListModel::BookingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BookingListModel::setTables(std::vector<BookableTable> tables)
{
    beginResetModel();
    m_tables = std::move(tables);
    endResetModel();
}

void BookingListModel::setBookings(std::vector<venue::Booking> bookings)
{
    beginResetModel();
    m_bookings = std::move(bookings);
    endResetModel();
}

void BookingListModel::setZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

void BookingListModel::setNow(const QDateTime &now, int graceMinutes)
{
    m_now = now;
    m_graceMinutes = graceMinutes;
    if (!m_bookings.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BookingListModel::rowOf(qint64 bookingId) const
{
    const auto found = std::find_if(m_bookings.begin(), m_bookings.end(),
                                    [&](const venue::Booking &b) { return b.id == bookingId; });
    return found == m_bookings.end() ? -1 : int(found - m_bookings.begin());
}

int BookingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int BookingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BookingListModel::tableName(qint64 tableId) const
{
    const int position = tablePosition(tableId);
    return position < 0 ? Tr::tr("Table #%1").arg(tableId) : m_tables[size_t(position)].name;
}

int BookingListModel::tablePosition(qint64 tableId) const
{
    const auto found = std::find_if(m_tables.begin(), m_tables.end(),
                                    [&](const BookableTable &t) { return t.id == tableId; });
    return found == m_tables.end() ? -1 : int(found - m_tables.begin());
}

QVariant BookingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const venue::Booking &booking = m_bookings[size_t(index.row())];
    const BookingState state = bookingState(booking, m_now, m_graceMinutes);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TableColumn: return tableName(booking.tableId);
        case FromColumn: return BookingText::time(booking.from, m_zone);
        case ToColumn: return BookingText::time(booking.to, m_zone);
        case NameColumn: return booking.name;
        case StateColumn: return bookingStateName(state);
        }
        break;
    case kSortRole:
        switch (index.column()) {
        case TableColumn: return tablePosition(booking.tableId);
        case FromColumn: return booking.from;
        case ToColumn: return booking.to;
        case NameColumn: return booking.name.toLower();
        case StateColumn: return int(state);
        }
        break;
    case kIdRole: return booking.id;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return BookingText::description(booking, tableName(booking.tableId), state, m_zone);
    case Qt::ForegroundRole:
        if (state == BookingState::NoShow || state == BookingState::Cancelled)
            return QBrush(blockColours(state).text);
        break;
    case Qt::FontRole:
        if (state == BookingState::Cancelled) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        break;
    }
    return {};
}

QVariant BookingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TableColumn: return Tr::tr("Table");
    case FromColumn: return Tr::tr("From");
    case ToColumn: return Tr::tr("To");
    case NameColumn: return Tr::tr("Name");
    case StateColumn: return Tr::tr("State");
    }
    return {};
}

} // namespace dojo::ui
