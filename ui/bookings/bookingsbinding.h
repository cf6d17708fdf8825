#pragma once

#include <venue/staff.h>

#include <QObject>

#include <functional>

class QUndoStack;

namespace dojo::venue {
class BookingBook;
class VenueModel;
} // namespace dojo::venue

namespace dojo::ui {

class BookingsScreen;

// Keeps a bookings screen on the venue's BookingBook: the day's bookings shown as they change,
// another day read when the screen asks, and each booking, move, resize and cancel put on the
// window's undo stack as an edit by the member of staff signed in. What the database refuses
// (the booking in the way, by name) is said on the screen. Lives as long as the screen (its
// child).
class BookingsBinding : public QObject
{
    Q_OBJECT

public:
    using ActorOf = std::function<venue::Actor()>;

    BookingsBinding(BookingsScreen &screen, venue::BookingBook &book, venue::VenueModel &model,
                    QUndoStack &undoStack, ActorOf actor);

private:
    void showBook();
    void book(qint64 tableId, const QDateTime &from, const QDateTime &to, const QString &name);
    void move(qint64 bookingId, qint64 tableId, const QDateTime &from, const QDateTime &to);
    void cancel(qint64 bookingId);
    void checkIn(qint64 bookingId);

    BookingsScreen &m_screen;
    venue::BookingBook &m_book;
    venue::VenueModel &m_model;
    QUndoStack &m_undoStack;
    ActorOf m_actor;
};

} // namespace dojo::ui
