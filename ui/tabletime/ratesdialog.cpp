#include "tabletime/ratesdialog.h"

#include "common/uitr.h"
#include "tabletime/moneytext.h"

#include <venue/ratetext.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dojo::ui {
namespace {

enum Column { ClassColumn, HourColumn, MemberColumn, BlockColumn, MinimumColumn, HappyColumn };

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

RatesDialog::RatesDialog(const std::vector<venue::RateRule> &rates, const QStringList &rateClasses,
                         const QString &currency, Save save, QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("ratesDialog"));
    setWindowTitle(Tr::tr("Rates"));

    m_table = new QTableWidget(int(rateClasses.size()), 6, this);
    m_table->setObjectName(QStringLiteral("ratesTable"));
    m_table->setHorizontalHeaderLabels({Tr::tr("Tables"), Tr::tr("Per hour (%1)").arg(currency),
                                        Tr::tr("Members (%1)").arg(currency), Tr::tr("Billed in"),
                                        Tr::tr("Minimum (%1)").arg(currency),
                                        Tr::tr("Happy hours")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(HappyColumn, QHeaderView::Stretch);
    for (int row = 0; row < rateClasses.size(); ++row) {
        const QString rateClass = rateClasses[row];
        const auto found = std::find_if(rates.begin(), rates.end(), [&](const venue::RateRule &r) {
            return r.rateClass == rateClass;
        });
        venue::RateRule rule;
        rule.rateClass = rateClass;
        const bool known = found != rates.end();
        if (known)
            rule = *found;
        auto *name = textItem(rateClass);
        name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        m_table->setItem(row, ClassColumn, name);
        m_table->setItem(row, HourColumn,
                         textItem(known ? moneyText(rule.centsPerHour) : QString()));
        m_table->setItem(row, MemberColumn,
                         textItem(rule.memberCentsPerHour >= 0 ? moneyText(rule.memberCentsPerHour)
                                                               : QString()));
        auto *block = new QComboBox(m_table);
        block->addItem(Tr::tr("15-minute blocks"), 15);
        block->addItem(Tr::tr("30-minute blocks"), 30);
        block->setCurrentIndex(rule.blockMinutes == 30 ? 1 : 0);
        m_table->setCellWidget(row, BlockColumn, block);
        m_table->setItem(row, MinimumColumn, textItem(moneyText(rule.minimumCents)));
        m_table->setItem(row, HappyColumn, textItem(venue::happyHoursText(rule.happyHours)));
    }
    m_table->resizeColumnsToContents();
    m_table->setMinimumWidth(760);

    auto *help = new QLabel(
        Tr::tr("A class without a price per hour has no rate. Members: empty for the usual "
               "price. Happy hours: the days (1 Monday … 7 Sunday), start, end and the price per "
               "hour in cents, several separated by “;”; an end before the start runs past "
               "midnight. For example: 1234 16:00 19:00 600;56 22:00 02:00 600"),
        this);
    help->setWordWrap(true);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("ratesOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (trySave())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(help);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    m_table->setFocus();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, HourColumn);
}

Result<std::vector<venue::RateRule>> RatesDialog::rates() const
{
    std::vector<venue::RateRule> rates;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString rateClass = m_table->item(row, ClassColumn)->text();
        const QString hour = m_table->item(row, HourColumn)->text().trimmed();
        if (hour.isEmpty())
            continue; // no rate for this class
        venue::RateRule rule;
        rule.rateClass = rateClass;
        const auto money = [&](int column, const QString &field) -> Result<venue::Cents> {
            const std::optional<venue::Cents> cents
                = centsFromText(m_table->item(row, column)->text());
            if (!cents)
                return Unexpected(Tr::tr("“%1” tables: the %2 is not an amount like 12.50.")
                                      .arg(rateClass, field));
            return *cents;
        };
        const Result<venue::Cents> perHour = money(HourColumn, Tr::tr("price per hour"));
        if (!perHour)
            return Unexpected(perHour.error());
        rule.centsPerHour = *perHour;
        if (!m_table->item(row, MemberColumn)->text().trimmed().isEmpty()) {
            const Result<venue::Cents> member = money(MemberColumn, Tr::tr("member price"));
            if (!member)
                return Unexpected(member.error());
            rule.memberCentsPerHour = *member;
        }
        const Result<venue::Cents> minimum
            = m_table->item(row, MinimumColumn)->text().trimmed().isEmpty()
                  ? Result<venue::Cents>(0)
                  : money(MinimumColumn, Tr::tr("minimum charge"));
        if (!minimum)
            return Unexpected(minimum.error());
        rule.minimumCents = *minimum;
        rule.blockMinutes = qobject_cast<QComboBox *>(m_table->cellWidget(row, BlockColumn))
                                ->currentData()
                                .toInt();
        const Result<std::vector<venue::HappyHour>> happy
            = venue::happyHoursFromText(m_table->item(row, HappyColumn)->text());
        if (!happy)
            return Unexpected(Tr::tr("“%1” tables: %2").arg(rateClass, happy.error()));
        rule.happyHours = *happy;
        rates.push_back(rule);
    }
    return rates;
}

bool RatesDialog::trySave()
{
    const Result<std::vector<venue::RateRule>> typed = rates();
    if (!typed) {
        m_outcome->setText(typed.error());
        return false;
    }
    const Result<void> saved = m_save ? m_save(*typed) : Result<void>();
    if (!saved) {
        m_outcome->setText(saved.error());
        return false;
    }
    return true;
}

} // namespace dojo::ui
