#include "bookings/bookinglist.h"

#include "bookings/bookinglistmodel.h"
#include "common/uitr.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dojo::ui {

BookingList::BookingList(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bookingList"));
    m_model = new BookingListModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(BookingListModel::kSortRole);
    m_sorted->setFilterKeyColumn(-1);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("bookingFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(Tr::tr("Filter by table, time, name or state"));
    m_filter->setAccessibleName(Tr::tr("Filter the bookings"));
    connect(m_filter, &QLineEdit::textChanged, m_sorted,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("bookingTable"));
    m_view->setAccessibleName(Tr::tr("Bookings of the day"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BookingListModel::FromColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(BookingListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false); // Tab leaves the list, the arrows move in it

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT editRequested(index.data(BookingListModel::kIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BookingList::selectionChanged);
    auto *cancel = new QAction(Tr::tr("Cancel Booking"), m_view);
    cancel->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    cancel->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(cancel);
    connect(cancel, &QAction::triggered, this, [this] {
        if (const std::optional<qint64> id = selectedBooking())
            Q_EMIT cancelRequested(*id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
}

void BookingList::keepSelection(const std::function<void()> &change)
{
    const std::optional<qint64> selected = selectedBooking();
    change();
    if (selected)
        selectBooking(*selected);
}

void BookingList::setTables(std::vector<BookableTable> tables)
{
    keepSelection([&] { m_model->setTables(std::move(tables)); });
}

void BookingList::setBookings(std::vector<venue::Booking> bookings)
{
    keepSelection([&] { m_model->setBookings(std::move(bookings)); });
}

void BookingList::setZone(const QTimeZone &zone)
{
    keepSelection([&] { m_model->setZone(zone); });
}

void BookingList::setNow(const QDateTime &now, int graceMinutes)
{
    m_model->setNow(now, graceMinutes);
}

std::optional<qint64> BookingList::selectedBooking() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    return current.data(BookingListModel::kIdRole).toLongLong();
}

void BookingList::selectBooking(qint64 bookingId)
{
    const int row = m_model->rowOf(bookingId);
    if (row < 0)
        return;
    const QModelIndex shown = m_sorted->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(shown);
}

} // namespace dojo::ui
