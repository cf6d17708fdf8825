#pragma once

// A Friday evening at a six-table hall, for the bookings screens' tests: it is 19:40, Kim has
// checked in on Table 1, Johansson did not come for Table 2, Table 6 is out of order.

#include <bookings/bookabletable.h>
#include <venue/booking.h>

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace bookingevening {

using dojo::ui::BookableTable;
using dojo::venue::Booking;

inline const QDate kDay(2026, 12, 4);
inline const QTimeZone kZone = QTimeZone::utc(); // the tests read times as the screen shows them

enum Table : qint64 { T1 = 11, T2, T3, T4, T5, T6 };
enum Id : qint64 {
    Kim = 1,
    TeamBlue,
    Johansson,
    Alex,
    Sophie,
    Ruiz,
    Ben,
    Priya,
    LateLeague,
    Li,
    Practice,
    NightOwls,
};

// A moment of the evening: hours before 10 are after midnight.
inline QDateTime at(int hour, int minute = 0, int second = 0)
{
    return QDateTime(hour < 10 ? kDay.addDays(1) : kDay, QTime(hour, minute, second), kZone);
}

inline QDateTime now()
{
    return at(19, 40);
}

inline std::vector<BookableTable> tables()
{
    return {{T1, QStringLiteral("Table 1"), false}, {T2, QStringLiteral("Table 2"), false},
            {T3, QStringLiteral("Table 3"), false}, {T4, QStringLiteral("Table 4"), false},
            {T5, QStringLiteral("Table 5"), false}, {T6, QStringLiteral("Table 6"), true}};
}

inline std::vector<Booking> bookings()
{
    auto booking = [](Id id, Table table, QDateTime from, QDateTime to, const char *name,
                      std::optional<QDateTime> checkedIn = std::nullopt) {
        Booking made{id,
                     table,
                     from,
                     to,
                     QString::fromUtf8(name),
                     checkedIn,
                     false,
                     checkedIn ? dojo::venue::BookingState::CheckedIn
                               : dojo::venue::BookingState::Booked,
                     QString(),
                     0};
        return made;
    };
    return {
        booking(Kim, T1, at(19, 30), at(21, 30), "Kim Nguyen", at(19, 32)),
        booking(TeamBlue, T1, at(22), at(0), "League night: Team Blue"),
        booking(Johansson, T2, at(19), at(20, 30), "Johansson"),
        booking(Alex, T2, at(21, 30), at(23), "Alex Meyer"),
        booking(Sophie, T3, at(20), at(21, 30), "Sophie's birthday"),
        booking(Ruiz, T3, at(22, 30), at(1), "Ruiz brothers"),
        booking(Ben, T4, at(19, 45), at(21), "Ben Okafor"),
        booking(Priya, T4, at(21, 15), at(22, 15), "Priya Sharma"),
        booking(LateLeague, T4, at(23), at(2), "Late league"),
        booking(Li, T5, at(20, 30), at(21), "Li Wei"),
        booking(Practice, T5, at(21), at(23, 30), "Friday 9-ball practice group of the club"),
        booking(NightOwls, T5, at(0), at(1, 30), "Night owls"),
    };
}

} // namespace bookingevening
