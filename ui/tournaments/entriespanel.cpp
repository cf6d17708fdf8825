#include "tournaments/entriespanel.h"

#include "tournaments/tournamenttext.h"

#include "common/uitr.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dojo::ui {

using venue::EntryState;
using venue::TournamentState;

namespace {

enum EntryColumn { kSeedColumn, kPlayerColumn, kRatingColumn, kStateColumn, kPaidColumn };

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *made = new QPushButton(text, parent);
    made->setObjectName(name);
    return made;
}

} // namespace

EntriesPanel::EntriesPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("entriesPanel"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("playerSearch"));
    m_search->setPlaceholderText(Tr::tr("Find a player by name or nickname"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_choices = new QListWidget(this);
    m_choices->setObjectName(QStringLiteral("playerChoices"));
    m_choices->setAccessibleName(Tr::tr("Players to enter"));
    m_choices->installEventFilter(this);
    m_enter = button(Tr::tr("E&nter Player"), QStringLiteral("enterPlayer"), this);

    m_entries = new QTreeWidget(this);
    m_entries->setObjectName(QStringLiteral("entryList"));
    m_entries->setAccessibleName(Tr::tr("Entries"));
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setHeaderLabels(
        {Tr::tr("Seed"), Tr::tr("Player"), Tr::tr("Rating"), Tr::tr("State"), Tr::tr("Fee")});
    m_entries->header()->setSectionResizeMode(kPlayerColumn, QHeaderView::Stretch);
    m_entries->header()->setStretchLastSection(false);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("entryCounts"));

    m_checkIn = button(Tr::tr("Chec&k In"), QStringLiteral("checkInEntry"), this);
    m_entered = button(Tr::tr("Back to Ente&red"), QStringLiteral("backToEntered"), this);
    m_noShow = button(Tr::tr("No-&Show"), QStringLiteral("noShowEntry"), this);
    m_withdraw = button(Tr::tr("&Withdraw"), QStringLiteral("withdrawEntry"), this);
    m_paid = button(Tr::tr("&Paid"), QStringLiteral("paidEntry"), this);
    m_paid->setCheckable(true);
    m_up = button(Tr::tr("Move &Up"), QStringLiteral("moveEntryUp"), this);
    m_down = button(Tr::tr("Move &Down"), QStringLiteral("moveEntryDown"), this);
    m_draw = button(Tr::tr("&Make the Draw"), QStringLiteral("makeDraw"), this);
    m_reopen = button(Tr::tr("Re&open Sign-Up"), QStringLiteral("reopenSignUp"), this);

    auto *players = new QVBoxLayout;
    players->addWidget(new QLabel(Tr::tr("The venue's players:"), this));
    players->addWidget(m_search);
    players->addWidget(m_choices, 1);
    players->addWidget(m_enter);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_checkIn, m_entered, m_noShow, m_withdraw, m_paid, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_draw);
    buttons->addWidget(m_reopen);

    auto *entries = new QVBoxLayout;
    entries->addWidget(m_counts);
    entries->addWidget(m_entries, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(players, 2);
    layout->addLayout(entries, 4);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &EntriesPanel::fillPlayers);
    connect(m_search, &QLineEdit::returnPressed, this, &EntriesPanel::enterChosen);
    connect(m_choices, &QListWidget::itemActivated, this, &EntriesPanel::enterChosen);
    connect(m_enter, &QPushButton::clicked, this, &EntriesPanel::enterChosen);
    connect(m_entries, &QTreeWidget::currentItemChanged, this, &EntriesPanel::updateButtons);
    connect(m_choices, &QListWidget::currentRowChanged, this, &EntriesPanel::updateButtons);
    const auto askState = [this](EntryState state) {
        if (const std::optional<qint64> entry = selectedEntry())
            Q_EMIT stateRequested(*entry, state);
    };
    connect(m_checkIn, &QPushButton::clicked, this,
            [askState] { askState(EntryState::CheckedIn); });
    connect(m_entered, &QPushButton::clicked, this, [askState] { askState(EntryState::Entered); });
    connect(m_noShow, &QPushButton::clicked, this, [askState] { askState(EntryState::NoShow); });
    connect(m_withdraw, &QPushButton::clicked, this,
            [askState] { askState(EntryState::Withdrawn); });
    connect(m_paid, &QPushButton::clicked, this, [this] {
        if (const std::optional<qint64> id = selectedEntry(); id && entry(*id))
            Q_EMIT paidRequested(*id, !entry(*id)->paid);
    });
    connect(m_up, &QPushButton::clicked, this, [this] {
        if (const std::optional<qint64> id = selectedEntry())
            Q_EMIT moveRequested(*id, true);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        if (const std::optional<qint64> id = selectedEntry())
            Q_EMIT moveRequested(*id, false);
    });
    connect(m_draw, &QPushButton::clicked, this, &EntriesPanel::drawRequested);
    connect(m_reopen, &QPushButton::clicked, this, &EntriesPanel::reopenRequested);
    updateButtons();
}

const venue::TournamentEntry *EntriesPanel::entry(qint64 entryId) const
{
    const auto found = std::find_if(m_view.entries.begin(), m_view.entries.end(),
                                    [entryId](const auto &e) { return e.id == entryId; });
    return found == m_view.entries.end() ? nullptr : &*found;
}

void EntriesPanel::showTournament(const venue::TournamentView &view,
                                  const std::vector<qint64> &handOrder,
                                  const std::vector<venue::Player> &players)
{
    const std::optional<qint64> selected = selectedEntry();
    m_view = view;
    m_players = players;

    // Seeds once drawn; by hand before the draw; else as entered.
    m_order.clear();
    const bool byHand = view.tournament.state == TournamentState::SignUp
                        && !view.tournament.settings.seedByRating;
    if (byHand) {
        for (const qint64 id : handOrder) {
            if (entry(id))
                m_order.push_back(id);
        }
    }
    for (const venue::TournamentEntry &e : view.entries) {
        if (std::find(m_order.begin(), m_order.end(), e.id) == m_order.end())
            m_order.push_back(e.id);
    }

    m_entries->clear();
    int checkedIn = 0;
    int inDraw = 0;
    int paid = 0;
    int number = 0;
    for (const qint64 id : m_order) {
        const venue::TournamentEntry &e = *entry(id);
        const bool in = e.state == EntryState::Entered || e.state == EntryState::CheckedIn;
        auto *item = new QTreeWidgetItem(m_entries);
        item->setData(0, Qt::UserRole, e.id);
        item->setText(kSeedColumn, e.seed ? QString::number(*e.seed)
                                   : in   ? QStringLiteral("(%1)").arg(++number)
                                          : QString());
        item->setText(kPlayerColumn, e.name);
        item->setText(kRatingColumn, QString::number(qRound(e.rating)));
        item->setText(kStateColumn, entryStateName(e.state));
        item->setText(kPaidColumn, e.paid ? Tr::tr("Paid") : Tr::tr("Not paid"));
        item->setTextAlignment(kRatingColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!in) {
            for (int column = 0; column < m_entries->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        inDraw += in ? 1 : 0;
        checkedIn += e.state == EntryState::CheckedIn ? 1 : 0;
        paid += e.paid && in ? 1 : 0;
    }
    for (int column : {kSeedColumn, kRatingColumn, kStateColumn, kPaidColumn})
        m_entries->resizeColumnToContents(column);
    m_counts->setText(
        Tr::tr("%n players in, %1 checked in, %2 paid.", nullptr, inDraw).arg(checkedIn).arg(paid));
    if (selected)
        selectEntry(*selected);
    fillPlayers();
    updateButtons();
}

void EntriesPanel::fillPlayers()
{
    const std::optional<qint64> chosen = chosenPlayer();
    const QString wanted = m_search->text().trimmed();
    m_choices->clear();
    for (const venue::Player &player : m_players) {
        const bool entered
            = std::any_of(m_view.entries.begin(), m_view.entries.end(), [&player](const auto &e) {
                  return e.playerId == player.id
                         && (e.state == EntryState::Entered || e.state == EntryState::CheckedIn);
              });
        if (entered)
            continue;
        const bool matches = wanted.isEmpty() || player.name.contains(wanted, Qt::CaseInsensitive)
                             || player.nickname.contains(wanted, Qt::CaseInsensitive);
        if (!matches)
            continue;
        auto *item = new QListWidgetItem(player.nickname.isEmpty()
                                             ? player.name
                                             : Tr::tr("%1 “%2”").arg(player.name, player.nickname),
                                         m_choices);
        item->setData(Qt::UserRole, player.id);
        if (chosen == player.id)
            m_choices->setCurrentItem(item);
    }
    if (!m_choices->currentItem() && m_choices->count() > 0)
        m_choices->setCurrentRow(0);
    updateButtons();
}

std::optional<qint64> EntriesPanel::selectedEntry() const
{
    const QTreeWidgetItem *item = m_entries->currentItem();
    return item ? std::optional<qint64>(item->data(0, Qt::UserRole).toLongLong()) : std::nullopt;
}

void EntriesPanel::selectEntry(qint64 entryId)
{
    for (int row = 0; row < m_entries->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_entries->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toLongLong() == entryId) {
            m_entries->setCurrentItem(item);
            return;
        }
    }
}

std::optional<qint64> EntriesPanel::chosenPlayer() const
{
    const QListWidgetItem *item = m_choices->currentItem();
    return item ? std::optional<qint64>(item->data(Qt::UserRole).toLongLong()) : std::nullopt;
}

void EntriesPanel::enterChosen()
{
    if (const std::optional<qint64> player = chosenPlayer())
        Q_EMIT enterRequested(*player);
}

bool EntriesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // From the search box, Down goes to the players found; from their list, typing searches.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int row
                = std::clamp(m_choices->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1), 0,
                             std::max(0, m_choices->count() - 1));
            m_choices->setCurrentRow(row);
            return true;
        }
        if (watched == m_choices && !key->text().isEmpty()
            && key->text().at(0).isLetterOrNumber()) {
            m_search->setFocus();
            m_search->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntriesPanel::updateButtons()
{
    const TournamentState state = m_view.tournament.state;
    const bool signUp = state == TournamentState::SignUp;
    const bool open = signUp || (state == TournamentState::Running && !m_view.started());
    const std::optional<qint64> id = selectedEntry();
    const venue::TournamentEntry *e = id ? entry(*id) : nullptr;
    m_enter->setEnabled(open && chosenPlayer().has_value());
    m_checkIn->setEnabled(e && signUp && e->state != EntryState::CheckedIn);
    m_entered->setEnabled(e && signUp && e->state != EntryState::Entered);
    m_noShow->setEnabled(e && signUp && e->state != EntryState::NoShow);
    m_withdraw->setEnabled(e && signUp && e->state != EntryState::Withdrawn);
    m_paid->setEnabled(e && state != TournamentState::Cancelled);
    m_paid->setChecked(e && e->paid);
    const bool byHand = signUp && !m_view.tournament.settings.seedByRating;
    const auto at = id ? std::find(m_order.begin(), m_order.end(), *id) : m_order.end();
    m_up->setEnabled(e && byHand && at != m_order.begin());
    m_down->setEnabled(e && byHand && at != m_order.end() && at + 1 != m_order.end());
    m_draw->setEnabled(signUp);
    m_reopen->setEnabled(state == TournamentState::Running && !m_view.started());
}

} // namespace dojo::ui
