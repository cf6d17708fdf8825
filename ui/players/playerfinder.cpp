#include "players/playerfinder.h"

#include "common/uitr.h"
#include "players/ratingtext.h"

#include <venue/playersearch.h>

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dojo::ui {

namespace {

enum Column { NameColumn, RatingColumn };

QString shownName(const venue::Player &player)
{
    return player.nickname.isEmpty() ? player.name
                                     : Tr::tr("%1 “%2”").arg(player.name, player.nickname);
}

} // namespace

PlayerFinder::PlayerFinder(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("playerSearch"));
    m_search->setPlaceholderText(Tr::tr("Find a player by name, nickname or contact"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("playersFound"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({Tr::tr("Player"), Tr::tr("Rating")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(RatingColumn, QHeaderView::ResizeToContents);
    m_list->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("playersFoundCount"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, [this] { find(true); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
        if (id == m_current)
            return;
        m_current = id;
        Q_EMIT currentPlayerChanged(id);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT playerActivated(item->data(NameColumn, Qt::UserRole).toLongLong());
    });
}

void PlayerFinder::setPlayers(const std::vector<venue::Player> &players,
                              const std::map<qint64, venue::PlayerRating> &ratings)
{
    m_players = players;
    m_ratings = ratings;
    find(false);
}

void PlayerFinder::setCompact(bool compact)
{
    // Six rows and the header, whatever the font: a dialog keeps its size as the list fills.
    const int row = m_list->fontMetrics().lineSpacing() + 4;
    if (compact) {
        m_list->setFixedHeight(7 * row + 2 * m_list->frameWidth());
    } else {
        m_list->setMinimumHeight(0);
        m_list->setMaximumHeight(QWIDGETSIZE_MAX);
    }
    setSizePolicy(QSizePolicy::Preferred, compact ? QSizePolicy::Fixed : QSizePolicy::Preferred);
    m_count->setVisible(!compact);
}

void PlayerFinder::setPlaceholderText(const QString &text)
{
    m_search->setPlaceholderText(text);
}

qint64 PlayerFinder::currentPlayerId() const
{
    return m_current;
}

int PlayerFinder::foundCount() const
{
    return m_list->topLevelItemCount();
}

void PlayerFinder::selectPlayer(qint64 playerId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(NameColumn, Qt::UserRole).toLongLong() == playerId) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
}

void PlayerFinder::find(bool bestFirst)
{
    const qint64 kept = m_current;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    QTreeWidgetItem *keptItem = nullptr;
    for (const venue::Player &player : venue::findPlayers(m_players, m_search->text())) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, shownName(player));
        item->setData(NameColumn, Qt::UserRole, player.id);
        if (!player.contact.isEmpty())
            item->setToolTip(NameColumn, player.contact);
        if (const auto rating = m_ratings.find(player.id); rating != m_ratings.end()) {
            item->setText(RatingColumn, ratingText(rating->second.rating, rating->second.racks));
            item->setTextAlignment(RatingColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (isProvisional(rating->second.racks))
                item->setForeground(RatingColumn, palette().brush(QPalette::PlaceholderText));
        }
        if (player.id == kept)
            keptItem = item;
    }
    m_count->setText(Tr::tr("%n players found", nullptr, m_list->topLevelItemCount()));
    // Typing selects the best found, so Enter opens it; a refill keeps the player selected.
    // An empty box selects nobody new, so a dialog never starts with a player it guessed.
    const bool typed = bestFirst && !m_search->text().trimmed().isEmpty();
    QTreeWidgetItem *current = typed ? m_list->topLevelItem(0) : keptItem;
    m_list->setCurrentItem(current);
    const qint64 now = current ? current->data(NameColumn, Qt::UserRole).toLongLong() : 0;
    if (now != m_current) {
        m_current = now;
        Q_EMIT currentPlayerChanged(now);
    }
}

bool PlayerFinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            if (m_list->topLevelItemCount() == 0)
                return true;
            m_list->setFocus();
            if (!m_list->currentItem())
                m_list->setCurrentItem(m_list->topLevelItem(0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_current != 0) {
                Q_EMIT playerActivated(m_current);
                return true;
            }
            break;
        default: break;
        }
    } else if (watched == m_list) {
        const bool onFirst = m_list->currentItem() == m_list->topLevelItem(0);
        if (key->key() == Qt::Key_Up && onFirst) {
            m_search->setFocus();
            return true;
        }
        // Handled here: the view would also pass Enter on to a dialog's default button.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_current != 0) {
            Q_EMIT playerActivated(m_current);
            return true;
        }
        // Typing in the list goes on in the search box.
        if (!key->text().isEmpty() && key->text().at(0).isPrint()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            m_search->setFocus();
            m_search->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dojo::ui
