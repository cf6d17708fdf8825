#include "bookings/bookingsscreen.h"

#include "bookings/bookingdialog.h"
#include "bookings/bookinglist.h"
#include "bookings/timelinelegend.h"
#include "common/uitr.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dojo::ui {

BookingsScreen::BookingsScreen(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bookingsScreen"));
    setWindowTitle(Tr::tr("Bookings"));

    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousDay"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(Tr::tr("The day before (Alt+Left)"));
    previous->setAccessibleName(Tr::tr("The day before"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextDay"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(Tr::tr("The day after (Alt+Right)"));
    next->setAccessibleName(Tr::tr("The day after"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    auto *today = new QPushButton(Tr::tr("T&oday"), this);
    today->setObjectName(QStringLiteral("today"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("bookingsDay"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
    m_date->setAccessibleName(Tr::tr("The day shown"));
    auto *create = new QPushButton(Tr::tr("&New Booking…"), this);
    create->setObjectName(QStringLiteral("newBooking"));
    create->setToolTip(Tr::tr("Book the table and time of the timeline's cell (Ctrl+N)"));
    create->setShortcut(QKeySequence::New);
    m_checkIn = new QPushButton(Tr::tr("Check &In"), this);
    m_checkIn->setObjectName(QStringLiteral("checkIn"));
    m_checkIn->setToolTip(
        Tr::tr("The guests of the selected booking came: start their table time"));
    m_checkIn->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bookingsMessage"));
    m_message->setWordWrap(true);

    m_timeline = new BookingTimeline(this);
    m_list = new BookingList(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("bookingsTabs"));
    auto *dayTab = new QWidget(this);
    auto *dayLayout = new QVBoxLayout(dayTab);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_timeline, 1);
    dayLayout->addWidget(new TimelineLegend(dayTab));
    m_tabs->addTab(dayTab, Tr::tr("&Timeline"));
    m_tabs->addTab(m_list, Tr::tr("&List"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(m_date);
    bar->addWidget(next);
    bar->addWidget(today);
    bar->addSpacing(16);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_checkIn);
    bar->addWidget(create);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(previous, &QToolButton::clicked, this, [this] { goToDay(day().addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { goToDay(day().addDays(1)); });
    connect(today, &QPushButton::clicked, this, [this] {
        // The evening's day: after midnight, until closing, it is still yesterday's.
        const QDateTime now = m_timeline->view().now.toTimeZone(m_timeline->view().zone);
        const bool pastMidnight = m_closes <= m_opens && now.time() < m_closes;
        goToDay(pastMidnight ? now.date().addDays(-1) : now.date());
    });
    connect(m_date, &QDateEdit::dateChanged, this, &BookingsScreen::goToDay);
    connect(create, &QPushButton::clicked, this, [this] {
        if (const std::optional<qint64> table = m_timeline->cursorTable())
            newBooking(*table, m_timeline->cursorTime(), m_timeline->cursorTime().addSecs(3600));
    });

    connect(m_timeline, &BookingTimeline::createRequested, this, &BookingsScreen::newBooking);
    connect(m_timeline, &BookingTimeline::moveRequested, this, &BookingsScreen::moveRequested);
    connect(m_timeline, &BookingTimeline::editRequested, this, &BookingsScreen::editBooking);
    connect(m_timeline, &BookingTimeline::cancelRequested, this, &BookingsScreen::cancelRequested);
    connect(m_timeline, &BookingTimeline::refused, this, &BookingsScreen::showMessage);
    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        if (const std::optional<qint64> id = bookingToCheckIn())
            Q_EMIT checkInRequested(*id);
    });
    connect(m_timeline, &BookingTimeline::selectionChanged, this, [this] {
        m_message->clear();
        m_checkIn->setEnabled(bookingToCheckIn().has_value());
        if (const std::optional<qint64> id = m_timeline->selectedBooking())
            m_list->selectBooking(*id);
    });
    connect(m_list, &BookingList::editRequested, this, &BookingsScreen::editBooking);
    connect(m_list, &BookingList::cancelRequested, this, &BookingsScreen::cancelRequested);
    connect(m_list, &BookingList::selectionChanged, this, [this] {
        if (const std::optional<qint64> id = m_list->selectedBooking();
            id && id != m_timeline->selectedBooking())
            m_timeline->selectBooking(*id);
    });

    const QSignalBlocker quiet(m_date);
    m_date->setDate(m_timeline->day());
    m_list->setZone(m_timeline->view().zone);
}

std::optional<qint64> BookingsScreen::bookingToCheckIn() const
{
    // A booking not checked in yet; a no-show too, for guests who come late.
    const std::optional<qint64> id = m_timeline->selectedBooking();
    const venue::Booking *booking = id ? m_timeline->view().booking(*id) : nullptr;
    if (!booking || booking->checkedIn || booking->cancelled)
        return std::nullopt;
    return booking->id;
}

void BookingsScreen::setTables(std::vector<BookableTable> tables)
{
    m_timeline->setTables(tables);
    m_list->setTables(std::move(tables));
}

void BookingsScreen::setBookings(std::vector<venue::Booking> bookings)
{
    m_timeline->setBookings(bookings);
    m_checkIn->setEnabled(bookingToCheckIn().has_value());
    m_list->setNow(m_timeline->view().now, m_timeline->view().graceMinutes);
    m_list->setBookings(std::move(bookings));
}

void BookingsScreen::setDay(const QDate &day, const QTimeZone &zone)
{
    m_timeline->setDay(day, zone);
    m_list->setZone(zone);
    const QSignalBlocker quiet(m_date);
    m_date->setDate(day);
}

void BookingsScreen::setOpeningHours(const QTime &opens, const QTime &closes)
{
    m_opens = opens;
    m_closes = closes;
    m_timeline->setOpeningHours(opens, closes);
}

void BookingsScreen::setGraceMinutes(int minutes)
{
    m_timeline->setGraceMinutes(minutes);
    m_list->setNow(m_timeline->view().now, minutes);
}

void BookingsScreen::setClock(BookingTimeline::Clock clock)
{
    m_timeline->setClock(std::move(clock));
    m_list->setNow(m_timeline->view().now, m_timeline->view().graceMinutes);
}

void BookingsScreen::goToDay(const QDate &day)
{
    if (!day.isValid() || day == m_timeline->day())
        return;
    setDay(day, m_timeline->view().zone);
    m_message->clear();
    Q_EMIT dayChanged(day);
}

void BookingsScreen::newBooking(qint64 tableId, const QDateTime &from, const QDateTime &to)
{
    venue::Booking booking;
    booking.tableId = tableId;
    booking.from = from;
    booking.to = to;
    openDialog(booking);
}

void BookingsScreen::editBooking(qint64 bookingId)
{
    if (const venue::Booking *booking = m_timeline->view().booking(bookingId))
        openDialog(*booking);
}

void BookingsScreen::showMessage(const QString &text)
{
    m_message->setText(text);
}

void BookingsScreen::openDialog(const venue::Booking &booking)
{
    if (m_dialog)
        return; // one at a time
    m_editing = booking;
    m_dialog = new BookingDialog(m_timeline->view(), booking, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, &BookingsScreen::dialogDone);
    m_dialog->open();
}

void BookingsScreen::dialogDone(int result)
{
    const venue::Booking edited = m_dialog->booking();
    m_dialog = nullptr; // deletes itself on close
    m_timeline->setFocus();
    if (result != QDialog::Accepted)
        return;
    if (edited.id == 0) {
        Q_EMIT bookRequested(edited);
        return;
    }
    if (edited.tableId != m_editing.tableId || edited.from != m_editing.from
        || edited.to != m_editing.to)
        Q_EMIT moveRequested(edited.id, edited.tableId, edited.from, edited.to);
    if (edited.name != m_editing.name)
        Q_EMIT renameRequested(edited.id, edited.name);
}

} // namespace dojo::ui
