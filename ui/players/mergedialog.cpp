#include "players/mergedialog.h"

#include "common/uitr.h"

#include <venue/playersearch.h>

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dojo::ui {

namespace {

enum Role { FirstRole = Qt::UserRole, SecondRole };

QString whyText(const venue::LikelyDuplicate &pair)
{
    if (pair.sameName && pair.sameContact)
        return Tr::tr("The same name and contact");
    return pair.sameName ? Tr::tr("The same name") : Tr::tr("The same contact");
}

QString described(const venue::Player &player)
{
    return player.contact.isEmpty() ? player.name
                                    : Tr::tr("%1 (%2)").arg(player.name, player.contact);
}

QTreeWidget *newList(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::Stretch);
    return list;
}

} // namespace

MergeDialog::MergeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(Tr::tr("Merge Duplicates"));
    setSizeGripEnabled(true);

    m_duplicates = newList({Tr::tr("First"), Tr::tr("Second"), Tr::tr("Why")},
                           QStringLiteral("likelyDuplicates"), this);
    m_duplicates->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_duplicatesNote = new QLabel(this);
    m_duplicatesNote->setWordWrap(true);
    m_keepFirst = new QPushButton(Tr::tr("Keep the &First"), this);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond = new QPushButton(Tr::tr("Keep the &Second"), this);
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    connect(m_keepFirst, &QPushButton::clicked, this, [this] { mergeSelected(true); });
    connect(m_keepSecond, &QPushButton::clicked, this, [this] { mergeSelected(false); });
    auto *pairButtons = new QHBoxLayout;
    pairButtons->addWidget(m_duplicatesNote, 1);
    pairButtons->addWidget(m_keepFirst);
    pairButtons->addWidget(m_keepSecond);
    auto *pairsBox = new QGroupBox(Tr::tr("Likely duplicates"), this);
    auto *pairsLayout = new QVBoxLayout(pairsBox);
    pairsLayout->addWidget(m_duplicates, 1);
    pairsLayout->addLayout(pairButtons);

    m_merged = newList({Tr::tr("Duplicate"), Tr::tr("Merged into")},
                       QStringLiteral("mergedPlayers"), this);
    m_unmerge = new QPushButton(Tr::tr("Se&parate"), this);
    m_unmerge->setObjectName(QStringLiteral("unmerge"));
    m_unmerge->setToolTip(Tr::tr("The duplicate is a player of their own again, with their own "
                                 "matches and results"));
    connect(m_unmerge, &QPushButton::clicked, this, &MergeDialog::unmergeSelected);
    auto *mergedButtons = new QHBoxLayout;
    mergedButtons->addStretch(1);
    mergedButtons->addWidget(m_unmerge);
    auto *mergedBox = new QGroupBox(Tr::tr("Merged so far"), this);
    auto *mergedLayout = new QVBoxLayout(mergedBox);
    mergedLayout->addWidget(m_merged, 1);
    mergedLayout->addLayout(mergedButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pairsBox, 3);
    layout->addWidget(mergedBox, 2);
    layout->addWidget(buttons);
    connect(m_duplicates, &QTreeWidget::currentItemChanged, this, &MergeDialog::updateButtons);
    connect(m_merged, &QTreeWidget::currentItemChanged, this, &MergeDialog::updateButtons);
    resize(820, 520);
}

void MergeDialog::setPlayers(const std::vector<venue::Player> &players,
                             const std::vector<venue::Player> &merged)
{
    m_players = players;
    const int pairRow = std::max(0, m_duplicates->indexOfTopLevelItem(m_duplicates->currentItem()));
    m_duplicates->clear();
    for (const venue::LikelyDuplicate &pair : venue::likelyDuplicates(players)) {
        auto *item = new QTreeWidgetItem(m_duplicates);
        item->setText(0, described(pair.first));
        item->setText(1, described(pair.second));
        item->setText(2, whyText(pair));
        item->setData(0, FirstRole, pair.first.id);
        item->setData(0, SecondRole, pair.second.id);
    }
    m_duplicatesNote->setText(
        m_duplicates->topLevelItemCount() == 0
            ? Tr::tr("No two players look like one person.")
            : Tr::tr("Keep one of the pair: the other is merged into them, and their matches "
                     "and results count for the one kept."));
    if (m_duplicates->topLevelItemCount() > 0)
        m_duplicates->setCurrentItem(
            m_duplicates->topLevelItem(std::min(pairRow, m_duplicates->topLevelItemCount() - 1)));

    m_merged->clear();
    for (const venue::Player &duplicate : merged) {
        const auto into = std::find_if(players.begin(), players.end(), [&](const auto &player) {
            return duplicate.mergedInto && player.id == *duplicate.mergedInto;
        });
        auto *item = new QTreeWidgetItem(m_merged);
        item->setText(0, described(duplicate));
        item->setText(1, into != players.end() ? into->name : QString());
        item->setData(0, FirstRole, duplicate.id);
    }
    if (m_merged->topLevelItemCount() > 0)
        m_merged->setCurrentItem(m_merged->topLevelItem(0));
    updateButtons();
}

void MergeDialog::mergeSelected(bool keepFirst)
{
    const QTreeWidgetItem *item = m_duplicates->currentItem();
    if (!item)
        return;
    const qint64 first = item->data(0, FirstRole).toLongLong();
    const qint64 second = item->data(0, SecondRole).toLongLong();
    if (keepFirst)
        Q_EMIT mergeRequested(second, first);
    else
        Q_EMIT mergeRequested(first, second);
}

void MergeDialog::unmergeSelected()
{
    if (const QTreeWidgetItem *item = m_merged->currentItem())
        Q_EMIT unmergeRequested(item->data(0, FirstRole).toLongLong());
}

void MergeDialog::updateButtons()
{
    const QTreeWidgetItem *pair = m_duplicates->currentItem();
    m_keepFirst->setEnabled(pair);
    m_keepSecond->setEnabled(pair);
    m_keepFirst->setToolTip(pair ? Tr::tr("Keep %1").arg(pair->text(0)) : QString());
    m_keepSecond->setToolTip(pair ? Tr::tr("Keep %1").arg(pair->text(1)) : QString());
    m_unmerge->setEnabled(m_merged->currentItem());
}

} // namespace dojo::ui
