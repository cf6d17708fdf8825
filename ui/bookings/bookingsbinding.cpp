#include "bookings/bookingsbinding.h"

#include "bookings/bookingsscreen.h"
#include "common/editcommand.h"
#include "common/uitr.h"

#include <venue/bookingbook.h>
#include <venue/bookingedit.h>
#include <venue/venuemodel.h>

#include <QUndoStack>

#include <memory>

namespace dojo::ui {

BookingsBinding::BookingsBinding(BookingsScreen &screen, venue::BookingBook &book,
                                 venue::VenueModel &model, QUndoStack &undoStack, ActorOf actor)
    : QObject(&screen)
    , m_screen(screen)
    , m_book(book)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_actor(std::move(actor))
{
    if (const std::optional<venue::Venue> venue = m_model.currentVenue();
        venue && venue->id != m_book.venueId()) {
        if (Result<void> shown = m_book.showVenue(venue->id); !shown)
            m_screen.showMessage(shown.error());
    }
    showBook();
    connect(&m_book, &venue::BookingBook::bookingsChanged, this, &BookingsBinding::showBook);
    connect(&m_book, &venue::BookingBook::bookingChanged, this, &BookingsBinding::showBook);
    connect(&m_screen, &BookingsScreen::dayChanged, this, [this](const QDate &day) {
        if (Result<void> loaded = m_book.load(day); !loaded)
            m_screen.showMessage(loaded.error());
    });
    connect(&m_screen, &BookingsScreen::bookRequested, this, [this](const venue::Booking &asked) {
        this->book(asked.tableId, asked.from, asked.to, asked.name);
    });
    connect(&m_screen, &BookingsScreen::moveRequested, this, &BookingsBinding::move);
    connect(&m_screen, &BookingsScreen::cancelRequested, this, &BookingsBinding::cancel);
    connect(&m_screen, &BookingsScreen::checkInRequested, this, &BookingsBinding::checkIn);
    connect(&m_screen, &BookingsScreen::renameRequested, this, [this] {
        m_screen.showMessage(Tr::tr("A booking keeps the name it was made for: cancel it and book "
                                    "the table again for the other name."));
    });
}

void BookingsBinding::showBook()
{
    m_screen.setDay(m_book.day(), m_book.timeZone());
    m_screen.setBookings(m_book.bookings());
}

void BookingsBinding::book(qint64 tableId, const QDateTime &from, const QDateTime &to,
                           const QString &name)
{
    const std::optional<venue::Table> table = m_model.table(tableId);
    if (!table) {
        m_screen.showMessage(Tr::tr("That table is no longer in the venue."));
        return;
    }
    m_undoStack.push(
        new EditCommand(m_model,
                        std::make_unique<venue::BookTableEdit>(m_book, tableId, table->name, from,
                                                               to, name, m_actor()),
                        [this](const QString &error) { m_screen.showMessage(error); }));
}

void BookingsBinding::move(qint64 bookingId, qint64 tableId, const QDateTime &from,
                           const QDateTime &to)
{
    const std::optional<venue::Booking> before = m_book.booking(bookingId);
    if (!before) {
        m_screen.showMessage(Tr::tr("That booking is no longer on this day."));
        return;
    }
    m_undoStack.push(new EditCommand(
        m_model,
        std::make_unique<venue::MoveBookingEdit>(m_book, *before, tableId, from, to, m_actor()),
        [this](const QString &error) { m_screen.showMessage(error); }));
}

void BookingsBinding::cancel(qint64 bookingId)
{
    const std::optional<venue::Booking> booking = m_book.booking(bookingId);
    if (!booking) {
        m_screen.showMessage(Tr::tr("That booking is no longer on this day."));
        return;
    }
    m_undoStack.push(new EditCommand(
        m_model, std::make_unique<venue::CancelBookingEdit>(m_book, *booking, m_actor()),
        [this](const QString &error) { m_screen.showMessage(error); }));
}

void BookingsBinding::checkIn(qint64 bookingId)
{
    if (Result<venue::Booking> checked = m_book.checkIn(bookingId, m_actor()); !checked)
        m_screen.showMessage(checked.error());
}

} // namespace dojo::ui
