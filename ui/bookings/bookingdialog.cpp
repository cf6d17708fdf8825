#include "bookings/bookingdialog.h"

#include "bookings/bookingcheck.h"
#include "common/uitr.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>

namespace dojo::ui {
namespace {

constexpr qint64 kLongestBookingSecs = 12 * 60 * 60;

} // namespace

BookingDialog::BookingDialog(const TimelineView &day, const venue::Booking &booking,
                             QWidget *parent)
    : QDialog(parent)
    , m_day(day)
    , m_booking(booking)
{
    setObjectName(QStringLiteral("bookingDialog"));
    setWindowTitle(booking.id == 0 ? Tr::tr("New Booking") : Tr::tr("Edit Booking"));

    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("bookingTable"));
    for (const BookableTable &table : m_day.tables)
        m_table->addItem(table.name, table.id);
    m_table->setCurrentIndex(m_table->findData(booking.tableId));

    const QDateTime from = booking.from.toTimeZone(m_day.zone);
    const QDateTime to = booking.to.toTimeZone(m_day.zone);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("bookingDay"));
    m_date->setCalendarPopup(true);
    // The day the evening belongs to: a booking after midnight is on the day before.
    const QTime opens = m_day.scale.start.toTimeZone(m_day.zone).time();
    m_date->setDate(from.time() < opens ? from.date().addDays(-1) : from.date());
    m_from = new QTimeEdit(from.time(), this);
    m_from->setObjectName(QStringLiteral("bookingFrom"));
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to = new QTimeEdit(to.time(), this);
    m_to->setObjectName(QStringLiteral("bookingTo"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    m_name = new QLineEdit(booking.name, this);
    m_name->setObjectName(QStringLiteral("bookingName"));
    m_name->setPlaceholderText(Tr::tr("Who the table is for"));

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Table:"), m_table);
    form->addRow(Tr::tr("&Day:"), m_date);
    form->addRow(Tr::tr("&From:"), m_from);
    form->addRow(Tr::tr("T&o:"), m_to);
    form->addRow(Tr::tr("&Name:"), m_name);

    m_form = layOutCheckedForm(this, form, QStringLiteral("bookingProblem"), QString());

    connect(m_table, &QComboBox::currentIndexChanged, this, &BookingDialog::check);
    connect(m_date, &QDateEdit::dateChanged, this, &BookingDialog::check);
    connect(m_from, &QTimeEdit::timeChanged, this, &BookingDialog::check);
    connect(m_to, &QTimeEdit::timeChanged, this, &BookingDialog::check);
    connect(m_name, &QLineEdit::textChanged, this, &BookingDialog::check);
    m_name->setFocus();
    check();
}

venue::Booking BookingDialog::booking() const
{
    venue::Booking booking = m_booking;
    booking.tableId = m_table->currentData().toLongLong();
    booking.name = m_name->text().simplified();
    const QTime opens = m_day.scale.start.toTimeZone(m_day.zone).time();
    const QDate fromDay = m_from->time() < opens ? m_date->date().addDays(1) : m_date->date();
    const QDate toDay = m_to->time() <= m_from->time() ? fromDay.addDays(1) : fromDay;
    booking.from = QDateTime(fromDay, m_from->time(), m_day.zone).toUTC();
    booking.to = QDateTime(toDay, m_to->time(), m_day.zone).toUTC();
    return booking;
}

std::optional<QString> BookingDialog::problem() const
{
    const venue::Booking candidate = booking();
    if (candidate.name.isEmpty())
        return Tr::tr("Write who the table is booked for.");
    if (candidate.from.secsTo(candidate.to) > kLongestBookingSecs)
        return Tr::tr("A booking lasts 12 hours at most.");
    return whyRefused(candidate, m_day.tables, m_day.bookings, m_day.now, m_day.graceMinutes,
                      m_day.zone);
}

void BookingDialog::check()
{
    const std::optional<QString> why = problem();
    m_form.show(why);
    m_form.problem->setVisible(why.has_value());
}

} // namespace dojo::ui
