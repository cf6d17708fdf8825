#include "tabletime/walkinpanel.h"

#include "common/uitr.h"

#include <venue/tabletime.h>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dojo::ui {

WalkInPanel::WalkInPanel(venue::TableTime &tableTime, Tables tables, ActorOf actor, QWidget *parent)
    : QWidget(parent)
    , m_tableTime(tableTime)
    , m_tables(std::move(tables))
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("walkInPanel"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("walkInList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {Tr::tr("Party"), Tr::tr("People"), Tr::tr("Waiting since"), Tr::tr("Expected wait")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_add = new QPushButton(Tr::tr("&Add Party…"), this);
    m_seat = new QPushButton(Tr::tr("&Seat…"), this);
    m_left = new QPushButton(Tr::tr("&Left"), this);
    m_add->setObjectName(QStringLiteral("addWalkIn"));
    m_seat->setObjectName(QStringLiteral("seatWalkIn"));
    m_left->setObjectName(QStringLiteral("walkInLeft"));
    connect(m_add, &QPushButton::clicked, this, &WalkInPanel::addParty);
    connect(m_seat, &QPushButton::clicked, this, &WalkInPanel::seatSelected);
    connect(m_left, &QPushButton::clicked, this, &WalkInPanel::selectedLeft);
    connect(m_list, &QTreeWidget::itemActivated, this, &WalkInPanel::seatSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_seat->setEnabled(selectedId() != 0);
        m_left->setEnabled(selectedId() != 0);
    });
    connect(&m_tableTime, &venue::TableTime::walkInsChanged, this, &WalkInPanel::showQueue);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_seat);
    buttons->addWidget(m_left);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    showQueue();
}

QString WalkInPanel::tableName(qint64 tableId) const
{
    for (const venue::Table &table : m_tables())
        if (table.id == tableId)
            return table.name;
    return QString();
}

void WalkInPanel::showQueue()
{
    const qint64 selected = selectedId();
    m_list->clear();
    const QLocale locale;
    for (const venue::WalkIn &walkIn : m_tableTime.walkIns()) {
        QString wait;
        if (!walkIn.wait.tableId)
            wait = Tr::tr("No table of that kind");
        else if (walkIn.wait.minutes == 0)
            wait = Tr::tr("Now: %1").arg(tableName(*walkIn.wait.tableId));
        else
            wait = Tr::tr("%n min: %1", nullptr, walkIn.wait.minutes)
                       .arg(tableName(*walkIn.wait.tableId));
        const QString name = walkIn.rateClass.isEmpty()
                                 ? walkIn.name
                                 : Tr::tr("%1 (%2)").arg(walkIn.name, walkIn.rateClass);
        auto *item = new QTreeWidgetItem(
            m_list,
            {name, QString::number(walkIn.party),
             locale.toString(walkIn.addedAt.toLocalTime().time(), QLocale::ShortFormat), wait});
        item->setData(0, Qt::UserRole, walkIn.id);
        if (walkIn.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_seat->setEnabled(selectedId() != 0);
    m_left->setEnabled(selectedId() != 0);
}

qint64 WalkInPanel::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void WalkInPanel::addParty()
{
    QDialog dialog(this);
    dialog.setWindowTitle(Tr::tr("Add to the Queue"));
    auto *name = new QLineEdit(&dialog);
    auto *people = new QSpinBox(&dialog);
    people->setRange(1, 12);
    people->setValue(2);
    auto *kind = new QComboBox(&dialog);
    kind->addItem(Tr::tr("Any table"), QString());
    for (const QString &rateClass : m_tableTime.rateClasses())
        kind->addItem(rateClass, rateClass);
    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Name:"), name);
    form->addRow(Tr::tr("&People:"), people);
    form->addRow(Tr::tr("&Table:"), kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<qint64> added = m_tableTime.addWalkIn(name->text(), people->value(),
                                                       kind->currentData().toString(), m_actor());
    if (!added)
        Q_EMIT failed(Tr::tr("The party could not be added to the queue."), added.error());
}

void WalkInPanel::seatSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const auto walkIn = std::find_if(m_tableTime.walkIns().begin(), m_tableTime.walkIns().end(),
                                     [id](const venue::WalkIn &w) { return w.id == id; });
    if (walkIn == m_tableTime.walkIns().end())
        return;
    QStringList names;
    std::vector<qint64> ids;
    int suggested = 0;
    for (const venue::Table &table : m_tables()) {
        if (m_tableTime.sessionAt(table.id) || table.outOfOrder)
            continue;
        if (walkIn->wait.tableId == table.id)
            suggested = int(names.size());
        names.append(table.name);
        ids.push_back(table.id);
    }
    if (names.isEmpty()) {
        Q_EMIT failed(Tr::tr("The party could not be seated."),
                      Tr::tr("Every table is taken or out of order."));
        return;
    }
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, Tr::tr("Seat %1").arg(walkIn->name),
                                               Tr::tr("&Table:"), names, suggested, false, &chosen);
    if (!chosen)
        return;
    const qint64 tableId = ids[size_t(names.indexOf(name))];
    const Result<qint64> seated = m_tableTime.seatWalkIn(id, tableId, false, m_actor());
    if (!seated)
        Q_EMIT failed(Tr::tr("The party could not be seated."), seated.error());
}

void WalkInPanel::selectedLeft()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    if (Result<void> left = m_tableTime.walkInLeft(id, m_actor()); !left)
        Q_EMIT failed(Tr::tr("The party could not be taken off the queue."), left.error());
}

} // namespace dojo::ui
