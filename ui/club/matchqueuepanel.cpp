#include "club/matchqueuepanel.h"

#include "club/clubcommand.h"
#include "club/clubtext.h"
#include "club/pairdialog.h"
#include "club/playerpicker.h"
#include "common/uitr.h"

#include <venue/gamenames.h>
#include <venue/matchqueue.h>
#include <venue/tabletime.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dojo::ui {
namespace {

constexpr int kClockMs = 30 * 1000;

enum WaitingColumn { WaitingPlayer, WaitingGame, WaitingRating, WaitingFor };
enum PairColumn { PairPlayers, PairGame, PairGap, PairWaited };

QString ratingText(double rating)
{
    return QString::number(std::lround(rating));
}

} // namespace

MatchQueuePanel::MatchQueuePanel(venue::MatchQueue &queue, venue::VenueModel &model,
                                 QUndoStack &undoStack, ActorOf actor, RatingsOf ratings,
                                 TableTimeOf tableTime, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_actor(std::move(actor))
    , m_ratings(std::move(ratings))
    , m_tableTime(std::move(tableTime))
{
    setObjectName(QStringLiteral("matchQueuePanel"));

    m_picker = new PlayerPicker([this] { return m_model.players(); }, this);
    m_picker->setObjectName(QStringLiteral("queuePicker"));
    m_game = new QComboBox(this);
    m_game->setObjectName(QStringLiteral("queueGame"));
    for (const QString &game : clubGames())
        m_game->addItem(venue::gameName(game), game);
    m_join = new QPushButton(Tr::tr("&Join"), this);
    m_join->setObjectName(QStringLiteral("joinQueue"));
    m_join->setToolTip(Tr::tr("Put the player found in the queue for the game (Enter)"));

    m_waiting = new QTreeWidget(this);
    m_waiting->setObjectName(QStringLiteral("queueWaiting"));
    m_waiting->setRootIsDecorated(false);
    m_waiting->setAllColumnsShowFocus(true);
    m_waiting->setHeaderLabels(
        {Tr::tr("Waiting"), Tr::tr("Game"), Tr::tr("Rating"), Tr::tr("For")});
    m_waiting->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_waiting->header()->setSectionResizeMode(WaitingPlayer, QHeaderView::Stretch);
    m_waiting->header()->setStretchLastSection(false);
    m_leave = new QPushButton(Tr::tr("&Leave"), this);
    m_leave->setObjectName(QStringLiteral("leaveQueue"));
    m_leave->setToolTip(Tr::tr("Take the selected player off the queue (Delete)"));

    m_pairs = new QTreeWidget(this);
    m_pairs->setObjectName(QStringLiteral("queuePairs"));
    m_pairs->setRootIsDecorated(false);
    m_pairs->setAllColumnsShowFocus(true);
    m_pairs->setHeaderLabels(
        {Tr::tr("Proposed pair"), Tr::tr("Game"), Tr::tr("Gap"), Tr::tr("Waited")});
    m_pairs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pairs->header()->setSectionResizeMode(PairPlayers, QHeaderView::Stretch);
    m_pairs->header()->setStretchLastSection(false);
    m_pair = new QPushButton(Tr::tr("&Pair Them…"), this);
    m_pair->setObjectName(QStringLiteral("pairThem"));
    m_pair->setToolTip(Tr::tr("Match the selected pair: both leave the queue (Enter)"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setWordWrap(true);

    auto *leaveAction = new QAction(m_waiting);
    leaveAction->setShortcut(QKeySequence::Delete);
    leaveAction->setShortcutContext(Qt::WidgetShortcut);
    connect(leaveAction, &QAction::triggered, this, &MatchQueuePanel::leaveSelected);
    m_waiting->addAction(leaveAction);

    auto *joinRow = new QHBoxLayout;
    joinRow->addWidget(m_game, 1);
    joinRow->addWidget(m_join);
    auto *leaveRow = new QHBoxLayout;
    leaveRow->addStretch(1);
    leaveRow->addWidget(m_leave);
    auto *pairRow = new QHBoxLayout;
    pairRow->addStretch(1);
    pairRow->addWidget(m_pair);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *pickerLabel = new QLabel(Tr::tr("Player &to join:"), this);
    pickerLabel->setBuddy(m_picker->line());
    layout->addWidget(pickerLabel);
    layout->addWidget(m_picker);
    layout->addLayout(joinRow);
    layout->addWidget(m_waiting, 3);
    layout->addLayout(leaveRow);
    layout->addWidget(m_pairs, 2);
    layout->addLayout(pairRow);
    layout->addWidget(m_status);

    connect(m_join, &QPushButton::clicked, this, &MatchQueuePanel::joinPicked);
    connect(m_picker, &PlayerPicker::activated, this, &MatchQueuePanel::joinPicked);
    connect(m_picker, &PlayerPicker::playerChanged, this, &MatchQueuePanel::updateActions);
    connect(m_leave, &QPushButton::clicked, this, &MatchQueuePanel::leaveSelected);
    connect(m_pair, &QPushButton::clicked, this, &MatchQueuePanel::pairSelected);
    connect(m_pairs, &QTreeWidget::itemActivated, this, &MatchQueuePanel::pairSelected);
    connect(m_waiting, &QTreeWidget::currentItemChanged, this, &MatchQueuePanel::updateActions);
    connect(m_pairs, &QTreeWidget::currentItemChanged, this, &MatchQueuePanel::updateActions);
    connect(&m_queue, &venue::MatchQueue::queueChanged, this, &MatchQueuePanel::showQueue);
    connect(&m_queue, &venue::MatchQueue::reloadFailed, this, &MatchQueuePanel::say);
    connect(&m_model, &venue::VenueModel::venueShown, m_picker, &PlayerPicker::refresh);
    m_clock = new QTimer(this);
    m_clock->setInterval(kClockMs);
    connect(m_clock, &QTimer::timeout, this, &MatchQueuePanel::showQueue);
    m_clock->start();
    showQueue();
}

QString MatchQueuePanel::statusText() const
{
    return m_status->text();
}

double MatchQueuePanel::ratingOf(const venue::WaitingPlayer &player,
                                 const std::map<qint64, double> &ratings) const
{
    const auto rated = ratings.find(player.playerId);
    return rated != ratings.end() ? rated->second : player.starterRating;
}

void MatchQueuePanel::showQueue()
{
    const QTreeWidgetItem *was = m_waiting->currentItem();
    const qint64 wasPlayer = was ? was->data(WaitingPlayer, Qt::UserRole).toLongLong() : 0;
    const int wasPair
        = m_pairs->currentItem() ? m_pairs->indexOfTopLevelItem(m_pairs->currentItem()) : 0;
    const std::map<qint64, double> ratings = m_ratings ? m_ratings() : std::map<qint64, double>{};
    const QDateTime now = m_queue.now();

    m_waiting->clear();
    for (const venue::WaitingPlayer &player : m_queue.waiting()) {
        auto *item = new QTreeWidgetItem(m_waiting, {player.name, venue::gameName(player.game),
                                                     ratingText(ratingOf(player, ratings)),
                                                     waitedText(player.joinedAt.secsTo(now))});
        item->setData(WaitingPlayer, Qt::UserRole, player.playerId);
        item->setTextAlignment(WaitingRating, Qt::AlignRight | Qt::AlignVCenter);
        if (player.playerId == wasPlayer)
            m_waiting->setCurrentItem(item);
    }

    m_proposals = m_queue.proposals(ratings);
    m_pairs->clear();
    for (const venue::ProposedPair &pair : m_proposals) {
        auto *item = new QTreeWidgetItem(
            m_pairs, {Tr::tr("%1 (%2) v %3 (%4)")
                          .arg(pair.first.name, ratingText(ratingOf(pair.first, ratings)),
                               pair.second.name, ratingText(ratingOf(pair.second, ratings))),
                      venue::gameName(pair.first.game), ratingText(pair.gap),
                      waitedText(pair.first.joinedAt.secsTo(now))});
        item->setTextAlignment(PairGap, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_pairs->topLevelItemCount() > 0)
        m_pairs->setCurrentItem(
            m_pairs->topLevelItem(std::clamp(wasPair, 0, m_pairs->topLevelItemCount() - 1)));
    updateActions();
}

void MatchQueuePanel::updateActions()
{
    const bool venueOpen = m_queue.venueId().has_value();
    m_join->setEnabled(venueOpen && m_picker->playerId() != 0);
    m_leave->setEnabled(m_waiting->currentItem() != nullptr);
    m_pair->setEnabled(m_pairs->currentItem() != nullptr);
}

void MatchQueuePanel::say(const QString &sentence)
{
    m_status->setText(sentence);
}

Result<void> MatchQueuePanel::join(qint64 playerId, const QString &game)
{
    const Result<qint64> joined = m_queue.join(playerId, game, m_actor());
    if (!joined)
        return Unexpected(joined.error());
    if (const std::optional<venue::WaitingPlayer> entry = m_queue.waitingEntryOf(playerId))
        say(Tr::tr("%1 waits for a game of %2.").arg(entry->name, venue::gameName(game)));
    return {};
}

Result<void> MatchQueuePanel::leave(qint64 playerId)
{
    const std::optional<venue::WaitingPlayer> entry = m_queue.waitingEntryOf(playerId);
    if (Result<void> left = m_queue.leave(playerId, m_actor()); !left)
        return left;
    if (entry)
        say(Tr::tr("%1 left the queue.").arg(entry->name));
    return {};
}

void MatchQueuePanel::joinPicked()
{
    const qint64 playerId = m_picker->playerId();
    if (playerId == 0 || !m_queue.venueId())
        return;
    const QString game = m_game->currentData().toString();
    m_undoStack.push(new ClubCommand(
        Tr::tr("Put %1 in the queue for %2").arg(m_picker->playerName(), venue::gameName(game)),
        [this, playerId, game] { return join(playerId, game); },
        [this, playerId] { return leave(playerId); },
        [this](const QString &error) { say(error); }));
    m_picker->clear();
}

void MatchQueuePanel::leaveSelected()
{
    const QTreeWidgetItem *item = m_waiting->currentItem();
    if (!item)
        return;
    const qint64 playerId = item->data(WaitingPlayer, Qt::UserRole).toLongLong();
    const std::optional<venue::WaitingPlayer> entry = m_queue.waitingEntryOf(playerId);
    if (!entry)
        return;
    const QString game = entry->game;
    // Undone, the player joins again: from now, so at the back of the queue.
    m_undoStack.push(new ClubCommand(
        Tr::tr("Take %1 off the queue").arg(entry->name),
        [this, playerId] { return leave(playerId); },
        [this, playerId, game] { return join(playerId, game); },
        [this](const QString &error) { say(error); }));
}

std::vector<venue::Table> MatchQueuePanel::freeTables() const
{
    const venue::TableTime *tableTime = m_tableTime ? m_tableTime() : nullptr;
    std::vector<venue::Table> free;
    for (const venue::Table &table : m_model.tables()) {
        if (table.status == venue::TableStatus::Free && !table.outOfOrder
            && !(tableTime && tableTime->sessionAt(table.id)))
            free.push_back(table);
    }
    return free;
}

void MatchQueuePanel::pairSelected()
{
    QTreeWidgetItem *item = m_pairs->currentItem();
    const int row = item ? m_pairs->indexOfTopLevelItem(item) : -1;
    if (row < 0 || size_t(row) >= m_proposals.size())
        return;
    const venue::ProposedPair pair = m_proposals[size_t(row)];
    venue::TableTime *tableTime = m_tableTime ? m_tableTime() : nullptr;
    const bool canSeat = tableTime && tableTime->venueId() == m_queue.venueId();
    PairDialog dialog(pair, freeTables(), canSeat, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Result<void> matched
        = m_queue.matchPair(pair.first.entryId, pair.second.entryId, m_actor());
        !matched) {
        say(matched.error());
        return;
    }
    const QString game = venue::gameName(pair.first.game);
    const std::optional<qint64> tableId = dialog.tableId();
    if (!tableId || !tableTime) {
        say(Tr::tr("%1 and %2 are paired for %3.").arg(pair.first.name, pair.second.name, game));
        return;
    }
    // Their time runs at the member rate only when both are members today.
    const QDate today = m_queue.now().toTimeZone(clubZone(m_model)).date();
    const auto member = [&](qint64 playerId) {
        for (const venue::Player &player : m_model.players()) {
            if (player.id == playerId)
                return player.memberUntil.isValid() && player.memberUntil >= today;
        }
        return false;
    };
    venue::CheckIn checkIn;
    checkIn.tableId = *tableId;
    checkIn.guest = Tr::tr("%1 v %2").arg(pair.first.name, pair.second.name);
    checkIn.member = member(pair.first.playerId) && member(pair.second.playerId);
    const std::optional<venue::Table> table = m_model.table(*tableId);
    const QString tableName = table ? table->name : QString::number(*tableId);
    if (Result<qint64> seated = tableTime->checkIn(checkIn, m_actor()); !seated) {
        say(Tr::tr("%1 and %2 are paired for %3, but %4 could not be checked in: %5")
                .arg(pair.first.name, pair.second.name, game, tableName, seated.error()));
        return;
    }
    say(Tr::tr("%1 and %2 are paired for %3 at %4; their time runs.")
            .arg(pair.first.name, pair.second.name, game, tableName));
}

} // namespace dojo::ui
