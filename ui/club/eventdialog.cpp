#include "club/eventdialog.h"

#include "common/uitr.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeEdit>

namespace dojo::ui {
namespace {

constexpr int kMostPlayers = 512;

} // namespace

EventDialog::EventDialog(const QDate &day, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_zone(zone)
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(Tr::tr("New Event"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("eventName"));
    m_name->setPlaceholderText(Tr::tr("Tuesday League"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("eventKind"));
    for (const venue::EventKind kind :
         {venue::EventKind::LeagueNight, venue::EventKind::OpenPlay, venue::EventKind::Tournament})
        m_kind->addItem(venue::eventKindName(kind), int(kind));
    m_day = new QDateEdit(day, this);
    m_day->setObjectName(QStringLiteral("eventDay"));
    m_day->setCalendarPopup(true);
    m_from = new QTimeEdit(QTime(19, 0), this);
    m_from->setObjectName(QStringLiteral("eventFrom"));
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to = new QTimeEdit(QTime(23, 0), this);
    m_to->setObjectName(QStringLiteral("eventTo"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    m_cap = new QSpinBox(this);
    m_cap->setObjectName(QStringLiteral("eventCap"));
    m_cap->setRange(0, kMostPlayers);
    m_cap->setSpecialValueText(Tr::tr("No cap"));
    m_cap->setSuffix(Tr::tr(" players"));
    m_cap->setValue(16);

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Name:"), m_name);
    form->addRow(Tr::tr("&Kind:"), m_kind);
    form->addRow(Tr::tr("&Day:"), m_day);
    form->addRow(Tr::tr("&From:"), m_from);
    form->addRow(Tr::tr("&To:"), m_to);
    form->addRow(Tr::tr("Ca&p:"), m_cap);

    m_form = layOutCheckedForm(this, form, QStringLiteral("eventProblem"), Tr::tr("C&reate"));

    connect(m_name, &QLineEdit::textChanged, this, &EventDialog::check);
    connect(m_from, &QTimeEdit::timeChanged, this, &EventDialog::check);
    connect(m_to, &QTimeEdit::timeChanged, this, &EventDialog::check);
    m_name->setFocus();
    check();
}

venue::NewEvent EventDialog::event() const
{
    venue::NewEvent event;
    event.name = m_name->text().simplified();
    event.kind = venue::EventKind(m_kind->currentData().toInt());
    const QDate endDay = m_to->time() <= m_from->time() ? m_day->date().addDays(1) : m_day->date();
    event.from = QDateTime(m_day->date(), m_from->time(), m_zone).toUTC();
    event.to = QDateTime(endDay, m_to->time(), m_zone).toUTC();
    event.cap = m_cap->value();
    return event;
}

std::optional<QString> EventDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return Tr::tr("Name the event, as players will look for it.");
    return std::nullopt;
}

void EventDialog::check()
{
    m_form.show(problem());
}

} // namespace dojo::ui
