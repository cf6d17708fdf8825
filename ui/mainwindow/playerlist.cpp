#include "mainwindow/playerlist.h"

#include "common/uitr.h"

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
}

void PlayerList::setPlayers(const std::vector<venue::Player> &players)
{
    m_list->clear();
    for (const venue::Player &player : players) {
        const QString text = player.nickname.isEmpty()
                                 ? player.name
                                 : Tr::tr("%1 “%2”").arg(player.name, player.nickname);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, player.id);
    }
    applyFilter();
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
