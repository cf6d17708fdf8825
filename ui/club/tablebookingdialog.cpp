#include "club/tablebookingdialog.h"

#include "bookings/bookingcheck.h"
#include "common/uitr.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace dojo::ui {
namespace {

constexpr int kSlotMinutes = 15;

// The next quarter of an hour from `now`, in `zone`, so the suggested start is a round time.
QDateTime nextQuarter(const QDateTime &now, const QTimeZone &zone)
{
    QDateTime local = now.toTimeZone(zone);
    local.setTime(QTime(local.time().hour(), local.time().minute() / kSlotMinutes * kSlotMinutes));
    return local.addSecs(kSlotMinutes * 60);
}

} // namespace

TableBookingDialog::TableBookingDialog(const TableBookingDay &day, const QString &bookedAs,
                                       int suggestedMinutes, QWidget *parent)
    : QDialog(parent)
    , m_day(day)
{
    setObjectName(QStringLiteral("tableBookingDialog"));
    setWindowTitle(Tr::tr("Book a Table"));

    auto *name = new QLabel(bookedAs, this);
    name->setObjectName(QStringLiteral("bookedAs"));
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("bookingTable"));
    for (const BookableTable &table : m_day.tables)
        m_table->addItem(table.name, table.id);
    // The edit holds the venue's wall-clock time as UTC fields: Qt 6.4's edit knows no zones.
    const QDateTime suggested = nextQuarter(m_day.now, m_day.zone);
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("bookingFrom"));
    m_from->setTimeSpec(Qt::UTC);
    m_from->setDateTime(QDateTime(suggested.date(), suggested.time(), Qt::UTC));
    m_from->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    m_from->setCalendarPopup(true);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("bookingMinutes"));
    m_minutes->setRange(kSlotMinutes, 12 * 60);
    m_minutes->setSingleStep(kSlotMinutes);
    m_minutes->setSuffix(Tr::tr(" min"));
    m_minutes->setValue(suggestedMinutes);

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("Booked as:"), name);
    form->addRow(Tr::tr("&Table:"), m_table);
    form->addRow(Tr::tr("&From:"), m_from);
    form->addRow(Tr::tr("&Length:"), m_minutes);

    m_form = layOutCheckedForm(this, form, QStringLiteral("bookingProblem"), Tr::tr("&Book"));

    // The first table free then, so Enter alone books a table that can be had.
    for (int i = 0; i < m_table->count(); ++i) {
        m_table->setCurrentIndex(i);
        if (!problem())
            break;
    }
    connect(m_table, &QComboBox::currentIndexChanged, this, &TableBookingDialog::check);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &TableBookingDialog::check);
    connect(m_minutes, &QSpinBox::valueChanged, this, &TableBookingDialog::check);
    m_table->setFocus();
    check();
}

qint64 TableBookingDialog::tableId() const
{
    return m_table->currentData().toLongLong();
}

QDateTime TableBookingDialog::from() const
{
    return QDateTime(m_from->date(), m_from->time(), m_day.zone).toUTC();
}

QDateTime TableBookingDialog::to() const
{
    return from().addSecs(qint64(m_minutes->value()) * 60);
}

venue::Booking TableBookingDialog::candidate() const
{
    venue::Booking booking;
    booking.tableId = tableId();
    booking.from = from();
    booking.to = to();
    return booking;
}

std::optional<QString> TableBookingDialog::problem() const
{
    if (m_table->count() == 0)
        return Tr::tr("The venue has no tables to book.");
    return whyRefused(candidate(), m_day.tables, m_day.bookings, m_day.now, m_day.graceMinutes,
                      m_day.zone);
}

void TableBookingDialog::check()
{
    m_form.show(problem());
}

} // namespace dojo::ui
