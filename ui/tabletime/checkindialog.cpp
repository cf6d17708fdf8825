#include "tabletime/checkindialog.h"

#include "common/uitr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dojo::ui {

CheckInDialog::CheckInDialog(const std::vector<venue::Table> &tables,
                             const std::vector<venue::Player> &players, std::optional<qint64> table,
                             BookingsOf bookingsOf, QWidget *parent)
    : QDialog(parent)
    , m_tables(tables)
    , m_players(players)
    , m_bookingsOf(std::move(bookingsOf))
{
    setObjectName(QStringLiteral("checkInDialog"));
    setWindowTitle(Tr::tr("Check In"));

    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("checkInTable"));
    for (const venue::Table &each : m_tables)
        m_table->addItem(Tr::tr("%1 (%2)").arg(each.name, venue::tableStatusName(each.status)),
                         each.id);
    if (table) {
        if (const int index = m_table->findData(*table); index >= 0)
            m_table->setCurrentIndex(index);
    }
    m_booking = new QComboBox(this);
    m_booking->setObjectName(QStringLiteral("checkInBooking"));
    m_guest = new QComboBox(this);
    m_guest->setObjectName(QStringLiteral("checkInGuest"));
    m_guest->setEditable(true);
    m_guest->setInsertPolicy(QComboBox::NoInsert);
    m_guest->addItem(QString());
    for (const venue::Player &player : m_players)
        m_guest->addItem(player.name, player.id);
    m_guest->lineEdit()->setPlaceholderText(Tr::tr("Name, or one of the players"));
    m_member = new QCheckBox(Tr::tr("Pays the &member rate"), this);
    m_member->setObjectName(QStringLiteral("checkInMember"));

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Table:"), m_table);
    form->addRow(Tr::tr("&Booking:"), m_booking);
    form->addRow(Tr::tr("&Who plays:"), m_guest);
    form->addRow(QString(), m_member);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(Tr::tr("&Check In"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_table, &QComboBox::currentIndexChanged, this, &CheckInDialog::fillBookings);
    connect(m_booking, &QComboBox::currentIndexChanged, this, &CheckInDialog::takeBooking);
    connect(m_guest, &QComboBox::editTextChanged, this, &CheckInDialog::updateOk);
    fillBookings();
    m_guest->setFocus();
}

void CheckInDialog::fillBookings()
{
    m_booking->clear();
    m_booking->addItem(Tr::tr("Walk-in, no booking"));
    m_bookings.clear();
    const qint64 tableId = m_table->currentData().toLongLong();
    if (m_bookingsOf && m_table->currentIndex() >= 0)
        m_bookings = m_bookingsOf(tableId);
    const QLocale locale;
    for (const venue::Booking &booking : m_bookings) {
        m_booking->addItem(
            Tr::tr("%1, %2–%3")
                .arg(booking.name,
                     locale.toString(booking.from.toLocalTime().time(), QLocale::ShortFormat),
                     locale.toString(booking.to.toLocalTime().time(), QLocale::ShortFormat)),
            booking.id);
    }
    // A table booked now is most likely checked in by its booking.
    m_booking->setCurrentIndex(m_bookings.empty() ? 0 : 1);
    updateOk();
}

void CheckInDialog::takeBooking()
{
    const int index = m_booking->currentIndex() - 1;
    if (index >= 0 && size_t(index) < m_bookings.size())
        m_guest->setEditText(m_bookings[size_t(index)].name);
    updateOk();
}

void CheckInDialog::setGuest(const QString &name)
{
    m_guest->setEditText(name);
}

void CheckInDialog::setMember(bool member)
{
    m_member->setChecked(member);
}

void CheckInDialog::updateOk()
{
    m_ok->setEnabled(m_table->currentIndex() >= 0 && !m_guest->currentText().trimmed().isEmpty());
}

venue::CheckIn CheckInDialog::checkIn() const
{
    venue::CheckIn request;
    request.tableId = m_table->currentData().toLongLong();
    request.guest = m_guest->currentText().trimmed();
    const auto player
        = std::find_if(m_players.begin(), m_players.end(),
                       [&](const venue::Player &p) { return p.name == request.guest; });
    if (player != m_players.end())
        request.playerId = player->id;
    request.member = m_member->isChecked();
    if (m_booking->currentIndex() > 0)
        request.bookingId = m_booking->currentData().toLongLong();
    return request;
}

} // namespace dojo::ui
