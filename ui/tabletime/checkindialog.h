#pragma once

#include <venue/booking.h>
#include <venue/floor.h>
#include <venue/tabletime.h>

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace dojo::ui {

// Check In…: a table, a booking of it or a walk-in, who plays (a name or one of the venue's
// players) and whether they pay the member rate. Keyboard-first: the name has the focus.
class CheckInDialog : public QDialog
{
    Q_OBJECT

public:
    using BookingsOf = std::function<std::vector<venue::Booking>(qint64 tableId)>;

    // `tables` are those a session may start on; `table` is chosen first when among them.
    CheckInDialog(const std::vector<venue::Table> &tables,
                  const std::vector<venue::Player> &players, std::optional<qint64> table,
                  BookingsOf bookingsOf, QWidget *parent = nullptr);

    venue::CheckIn checkIn() const;

    void setGuest(const QString &name);
    void setMember(bool member);

private:
    void fillBookings();
    void takeBooking();
    void updateOk();

    std::vector<venue::Table> m_tables;
    std::vector<venue::Player> m_players;
    std::vector<venue::Booking> m_bookings;
    BookingsOf m_bookingsOf;
    QComboBox *m_table = nullptr;
    QComboBox *m_booking = nullptr;
    QComboBox *m_guest = nullptr;
    QCheckBox *m_member = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace dojo::ui
