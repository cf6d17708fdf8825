#include "mainwindow/playerlist.h"

#include "common/uitr.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace dojo::ui {

PlayerList::PlayerList(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("playerSearch"));
    m_search->setPlaceholderText(Tr::tr("Find a player"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("playerList"));
    m_list->setAlternatingRowColors(true);
    m_count = new QLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &PlayerList::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT playerActivated(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &PlayerList::selectionChanged);
}

qint64 PlayerList::selectedPlayerId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PlayerList::selectPlayer(qint64 playerId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == playerId)
            m_list->setCurrentRow(i);
    }
}

void PlayerList::setPlayerActions(const QList<QAction *> &actions)
{
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : actions) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_list->addAction(action);
    }
}

void PlayerList::setPlayers(const std::vector<venue::Player> &players)
{
    const qint64 selected = selectedPlayerId(); // kept when the list is read again
    m_list->clear();
    for (const venue::Player &player : players) {
        const QString text = player.nickname.isEmpty()
                                 ? player.name
                                 : Tr::tr("%1 “%2”").arg(player.name, player.nickname);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, player.id);
    }
    applyFilter();
    selectPlayer(selected);
}

int PlayerList::visibleCount() const
{
    int count = 0;
    for (int i = 0; i < m_list->count(); ++i)
        count += m_list->item(i)->isHidden() ? 0 : 1;
    return count;
}

void PlayerList::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
    m_count->setText(Tr::tr("Players: %1").arg(visibleCount()));
}

} // namespace dojo::ui
