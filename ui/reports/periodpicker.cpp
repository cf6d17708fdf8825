#include "reports/periodpicker.h"

#include "common/uitr.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace dojo::ui {

PeriodPicker::PeriodPicker(QDate today, QWidget *parent)
    : QWidget(parent)
    , m_today(today)
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("periodChoice"));
    m_choice->addItem(Tr::tr("This week"), int(Choice::ThisWeek));
    m_choice->addItem(Tr::tr("Last week"), int(Choice::LastWeek));
    m_choice->addItem(Tr::tr("This month"), int(Choice::ThisMonth));
    m_choice->addItem(Tr::tr("Custom dates"), int(Choice::Custom));

    const auto dateEdit = [this](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    m_first = dateEdit(QStringLiteral("periodFirst"));
    m_last = dateEdit(QStringLiteral("periodLast"));

    auto *choiceLabel = new QLabel(Tr::tr("&Period:"), this);
    choiceLabel->setBuddy(m_choice);
    auto *firstLabel = new QLabel(Tr::tr("&From:"), this);
    firstLabel->setBuddy(m_first);
    auto *lastLabel = new QLabel(Tr::tr("T&o:"), this);
    lastLabel->setBuddy(m_last);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(choiceLabel);
    layout->addWidget(m_choice);
    layout->addSpacing(12);
    layout->addWidget(firstLabel);
    layout->addWidget(m_first);
    layout->addWidget(lastLabel);
    layout->addWidget(m_last);
    layout->addStretch();

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        showChoice();
        Q_EMIT periodChanged();
    });
    connect(m_first, &QDateEdit::dateChanged, this, [this] { datesEdited(true); });
    connect(m_last, &QDateEdit::dateChanged, this, [this] { datesEdited(false); });
    showChoice();
}

venue::ReportPeriod PeriodPicker::period() const
{
    return {m_first->date(), m_last->date()};
}

PeriodPicker::Choice PeriodPicker::choice() const
{
    return Choice(m_choice->currentData().toInt());
}

void PeriodPicker::choose(Choice choice)
{
    m_choice->setCurrentIndex(m_choice->findData(int(choice)));
}

void PeriodPicker::setPeriod(const venue::ReportPeriod &period)
{
    {
        const QSignalBlocker blocker(m_choice);
        choose(Choice::Custom);
    }
    m_showing = true;
    m_first->setDate(period.first);
    m_last->setDate(period.last);
    m_showing = false;
    showChoice();
    Q_EMIT periodChanged();
}

void PeriodPicker::setToday(QDate today)
{
    m_today = today;
    if (choice() != Choice::Custom) {
        showChoice();
        Q_EMIT periodChanged();
    }
}

void PeriodPicker::showChoice()
{
    const bool custom = choice() == Choice::Custom;
    m_first->setEnabled(custom);
    m_last->setEnabled(custom);
    if (custom)
        return;
    const venue::ReportPeriod shown = choice() == Choice::ThisWeek   ? venue::weekOf(m_today)
                                      : choice() == Choice::LastWeek ? venue::weekBefore(m_today)
                                                                     : venue::monthOf(m_today);
    m_showing = true;
    m_first->setDate(shown.first);
    m_last->setDate(shown.last);
    m_showing = false;
}

void PeriodPicker::datesEdited(bool firstEdited)
{
    if (m_showing)
        return;
    // The last day follows the first, so the period never runs backwards.
    if (m_last->date() < m_first->date()) {
        m_showing = true;
        if (firstEdited)
            m_last->setDate(m_first->date());
        else
            m_first->setDate(m_last->date());
        m_showing = false;
    }
    Q_EMIT periodChanged();
}

} // namespace dojo::ui
