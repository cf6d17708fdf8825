#include "club/pairdialog.h"

#include "common/uitr.h"

#include <venue/gamenames.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace dojo::ui {

PairDialog::PairDialog(const venue::ProposedPair &pair, const std::vector<venue::Table> &freeTables,
                       bool canSeat, QWidget *parent)
    : QDialog(parent)
    , m_canSeat(canSeat)
{
    setObjectName(QStringLiteral("pairDialog"));
    setWindowTitle(Tr::tr("Pair Them"));

    auto *question = new QLabel(
        Tr::tr("Pair %1 and %2 for %3? Their ratings are %4 points apart. Both leave the queue; "
               "this cannot be undone.")
            .arg(pair.first.name, pair.second.name, venue::gameName(pair.first.game))
            .arg(std::lround(pair.gap)),
        this);
    question->setWordWrap(true);
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("pairTable"));
    m_table->addItem(Tr::tr("Not now"), QVariant());
    for (const venue::Table &table : freeTables)
        m_table->addItem(table.name, table.id);
    if (m_table->count() > 1)
        m_table->setCurrentIndex(1); // the first free table: Enter pairs and seats them
    auto *form = new QFormLayout;
    form->addRow(question);
    if (canSeat) {
        form->addRow(Tr::tr("&Seat them at:"), m_table);
        if (freeTables.empty())
            form->addRow(new QLabel(Tr::tr("No table is free now."), this));
    } else {
        m_table->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("&Pair Them"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

std::optional<qint64> PairDialog::tableId() const
{
    const QVariant table = m_table->currentData();
    if (!m_canSeat || !table.isValid())
        return std::nullopt;
    return table.toLongLong();
}

} // namespace dojo::ui
