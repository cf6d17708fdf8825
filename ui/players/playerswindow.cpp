#include "players/playerswindow.h"

#include "common/editcommand.h"
#include "common/uitr.h"
#include "players/handresultdialog.h"
#include "players/headtoheadpage.h"
#include "players/leaderboardpage.h"
#include "players/mergedialog.h"
#include "players/mergeintodialog.h"
#include "players/playerfinder.h"
#include "players/profiledialog.h"
#include "players/resultcommands.h"

#include <venue/playeredits.h>
#include <venue/ratingsbook.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace dojo::ui {

namespace {

constexpr int kProfilePauseMs = 150; // the profile follows the keys once they rest
constexpr int kReloadPauseMs = 1500; // another desk's burst of writes read once

std::optional<venue::Player> findIn(const std::vector<venue::Player> &players, qint64 id)
{
    const auto found = std::find_if(players.begin(), players.end(),
                                    [id](const venue::Player &player) { return player.id == id; });
    return found != players.end() ? std::optional(*found) : std::nullopt;
}

} // namespace

PlayersWindow::PlayersWindow(venue::VenueModel &model, venue::RatingsBook &ratings,
                             PlayerRecords records, QUndoStack &undoStack,
                             std::function<venue::Actor()> actor, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_book(ratings)
    , m_records(std::move(records))
    , m_undoStack(undoStack)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("playersWindow"));
    setWindowFlag(Qt::Window);
    const std::optional<venue::Venue> venue = m_model.currentVenue();
    m_venueId = venue ? venue->id : 0;
    setWindowTitle(venue ? Tr::tr("Players of %1").arg(venue->name) : Tr::tr("Players"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("playersSummary"));
    m_summary->setWordWrap(true);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("playersPages"));
    m_pages->addTab(makePlayersPage(), Tr::tr("&Players"));
    m_leaderboard = new LeaderboardPage(this);
    m_pages->addTab(m_leaderboard, Tr::tr("&Leaderboards"));
    m_headToHead = new HeadToHeadPage(this);
    m_pages->addTab(m_headToHead, Tr::tr("&Head to Head"));
    if (venue)
        m_profile->setTimeZone(QTimeZone(venue->timeZone.toUtf8()));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("playersStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    auto *mergeButton = new QPushButton(Tr::tr("Merge &Duplicates…"), this);
    mergeButton->setObjectName(QStringLiteral("mergeDuplicates"));
    connect(mergeButton, &QPushButton::clicked, this, &PlayersWindow::openMergeDialog);
    auto *resultButton = new QPushButton(Tr::tr("Enter &Result…"), this);
    resultButton->setObjectName(QStringLiteral("enterResult"));
    resultButton->setEnabled(m_records.isSet());
    connect(resultButton, &QPushButton::clicked, this, &PlayersWindow::askForResult);
    auto *closeButton = new QPushButton(Tr::tr("Close"), this);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    for (QPushButton *button : {mergeButton, resultButton, closeButton})
        button->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(mergeButton);
    bottom->addWidget(resultButton);
    bottom->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);

    // Keyboard: Ctrl+F finds, F2 edits the profile, Ctrl+1..3 the pages, F5 reads again, the
    // window's own undo and redo, Esc closes.
    const auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addShortcut(QKeySequence::Find, [this] {
        showPage(Page::Players);
        m_finder->searchBox()->setFocus();
        m_finder->searchBox()->selectAll();
    });
    addShortcut(QKeySequence(Qt::Key_F2), [this] { editProfile(); });
    addShortcut(QKeySequence::Refresh, [this] { reload(); });
    addShortcut(QKeySequence(Qt::Key_Escape), [this] { close(); });
    addShortcut(QKeySequence::Close, [this] { close(); });
    for (int index = 0; index < 3; ++index)
        addShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)),
                    [this, index] { showPage(Page(index)); });
    QAction *undo = m_undoStack.createUndoAction(this, Tr::tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = m_undoStack.createRedoAction(this, Tr::tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Tr::tr("Ctrl+Y"))});
    addAction(redo);

    m_profileTimer = new QTimer(this);
    m_profileTimer->setSingleShot(true);
    m_profileTimer->setInterval(kProfilePauseMs);
    connect(m_profileTimer, &QTimer::timeout, this,
            [this] { showPlayer(m_finder->currentPlayerId()); });
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(kReloadPauseMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &PlayersWindow::reload);

    connect(&m_model, &venue::VenueModel::venueShown, this, [this] {
        const std::optional<venue::Venue> shown = m_model.currentVenue();
        if (!shown || shown->id != m_venueId)
            close(); // another venue: its players are another window's
        else
            reload();
    });
    connect(m_leaderboard, &LeaderboardPage::playerActivated, this, [this](qint64 id) {
        showPage(Page::Players);
        showPlayer(id);
    });
    resize(1180, 800);
    reload();
}

QWidget *PlayersWindow::makePlayersPage()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("playersSplitter"));
    m_finder = new PlayerFinder(splitter);
    m_finder->setObjectName(QStringLiteral("playersFinder"));
    m_profile = new ProfilePage(splitter);
    splitter->addWidget(m_finder);
    splitter->addWidget(m_profile);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({340, 840});
    connect(m_finder, &PlayerFinder::currentPlayerChanged, this,
            [this] { m_profileTimer->start(); });
    connect(m_finder, &PlayerFinder::playerActivated, this, [this](qint64 id) {
        m_profileTimer->stop();
        showPlayer(id);
        m_profile->matches()->setFocus();
    });
    connect(m_profile, &ProfilePage::editRequested, this, &PlayersWindow::editProfile);
    connect(m_profile, &ProfilePage::mergeIntoRequested, this, &PlayersWindow::askMergeInto);
    connect(m_profile, &ProfilePage::voidRequested, this, &PlayersWindow::askToVoid);
    connect(m_profile, &ProfilePage::correctRequested, this, &PlayersWindow::askToCorrect);
    return splitter;
}

void PlayersWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

PlayersWindow::Page PlayersWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void PlayersWindow::scheduleReload()
{
    m_reloadTimer->start();
}

void PlayersWindow::reload()
{
    m_reloadTimer->stop();
    if (Result<void> read = m_book.refresh(); !read)
        showProblem(Tr::tr("The ratings could not be read."), read.error());
    m_players = m_model.players();
    m_ratings.clear();
    if (const Result<std::vector<venue::PlayerRating>> board = m_book.leaderboard(); board) {
        for (const venue::PlayerRating &rating : *board)
            m_ratings[rating.playerId] = rating;
    } else {
        showProblem(Tr::tr("The ratings could not be worked out."), board.error());
    }
    m_finder->setPlayers(m_players, m_ratings);
    m_leaderboard->showRatings(m_book, m_players);
    m_headToHead->showRatings(m_book, m_players, m_ratings);
    if (m_mergeDialog)
        m_mergeDialog->setPlayers(m_model.players(), m_model.mergedPlayers());
    showSummary();
    // The player shown may have been merged into another meanwhile.
    const qint64 shown = m_shownId;
    m_shownId = 0;
    showPlayer(shown);
}

void PlayersWindow::showSummary()
{
    int withRacks = 0;
    for (const auto &[id, rating] : m_ratings)
        withRacks += rating.racks > 0 ? 1 : 0;
    int racks = 0;
    for (const venue::PlayedRacks &played : m_book.racks())
        racks += played.racksA + played.racksB;
    QString text = Tr::tr("%1 players, %2 of them rated from racks played; %3 racks counted.")
                       .arg(m_players.size())
                       .arg(withRacks)
                       .arg(racks);
    if (!m_book.unknownNames().isEmpty()) {
        text += u' ';
        text += Tr::tr("The referee's matches also name players the venue does not know (%1): "
                       "their racks are not counted until they are added or merged.")
                    .arg(m_book.unknownNames().join(QLatin1String(", ")));
    }
    m_summary->setText(text);
}

void PlayersWindow::showPlayer(qint64 playerId)
{
    // A merged duplicate stands for the player kept.
    if (const std::optional<venue::Player> merged = findIn(m_model.mergedPlayers(), playerId);
        merged && merged->mergedInto)
        playerId = *merged->mergedInto;
    if (!findIn(m_players, playerId))
        playerId = 0;
    if (playerId == m_shownId && playerId != 0)
        return;
    m_shownId = playerId;
    if (m_finder->currentPlayerId() != playerId && playerId != 0)
        m_finder->selectPlayer(playerId);
    readProfile();
}

void PlayersWindow::readProfile()
{
    const std::optional<venue::Player> player = findIn(m_players, m_shownId);
    if (!player) {
        m_profile->showNobody();
        return;
    }
    Profile profile;
    profile.player = *player;
    profile.rating = venue::PlayerRating{player->id, player->starterRating, 0};
    if (const auto rating = m_ratings.find(player->id); rating != m_ratings.end())
        profile.rating = rating->second;
    for (const auto &[id, rating] : m_ratings)
        profile.ranked += rating.racks > 0 ? 1 : 0;
    if (profile.rating.racks > 0) {
        profile.rank = 1;
        for (const auto &[id, rating] : m_ratings)
            profile.rank += rating.racks > 0 && rating.rating > profile.rating.rating ? 1 : 0;
    }
    if (m_records.isSet()) {
        Result<venue::PlayerHistory> history = m_records.history(m_venueId, player->id);
        if (history)
            profile.history = std::move(*history);
        else
            profile.historyProblem = Tr::tr("The matches cannot be read: %1").arg(history.error());
        Result<venue::PlayerFigureSheet> figures = m_records.figures(m_venueId, player->id);
        if (figures) {
            profile.figures = std::move(figures->rows);
            profile.figureProblems = figures->unreadable;
        } else {
            profile.figureProblems << figures.error();
        }
    }
    if (Result<std::vector<venue::RatingAt>> history = m_book.history(player->id); history)
        profile.ratingHistory = std::move(*history);
    profile.records = venue::recordsByGame(player->id, m_book.racks());
    m_profile->showProfile(profile);
}

QString PlayersWindow::nameOf(qint64 playerId) const
{
    if (const std::optional<venue::Player> player = findIn(m_players, playerId))
        return player->name;
    if (const std::optional<venue::Player> merged = findIn(m_model.mergedPlayers(), playerId))
        return merged->name;
    return QString::number(playerId);
}

void PlayersWindow::pushEdit(std::unique_ptr<venue::VenueEdit> edit, const QString &failure)
{
    clearProblem();
    m_undoStack.push(new EditCommand(
        m_model, std::move(edit), [this, failure](const QString &e) { showProblem(failure, e); }));
}

void PlayersWindow::showProblem(const QString &what, const QString &why)
{
    m_problem = why.isEmpty() ? what : Tr::tr("%1 %2").arg(what, why);
    m_status->setText(m_problem);
    auto *box
        = new QMessageBox(QMessageBox::Warning, Tr::tr("Players"), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("playersProblemBox"));
    box->setInformativeText(why);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void PlayersWindow::clearProblem()
{
    m_problem.clear();
    m_status->clear();
}

void PlayersWindow::editProfile()
{
    const std::optional<venue::Player> player = findIn(m_players, m_shownId);
    if (!player)
        return;
    ProfileDialog dialog(*player, this);
    if (dialog.exec() == QDialog::Accepted)
        changeProfile(dialog.player());
}

void PlayersWindow::changeProfile(const venue::Player &changed)
{
    const std::optional<venue::Player> player = m_model.player(changed.id);
    if (!player || *player == changed)
        return;
    pushEdit(std::make_unique<venue::PlayerChangeEdit>(*player, changed, m_actor()),
             Tr::tr("The profile could not be changed."));
}

void PlayersWindow::askMergeInto()
{
    const std::optional<venue::Player> duplicate = findIn(m_players, m_shownId);
    if (!duplicate)
        return;
    MergeIntoDialog dialog(*duplicate, m_players, m_ratings, this);
    if (dialog.exec() == QDialog::Accepted && dialog.keptPlayerId() != 0)
        mergePlayer(duplicate->id, dialog.keptPlayerId());
}

void PlayersWindow::mergePlayer(qint64 duplicateId, qint64 intoId)
{
    const std::optional<venue::Player> duplicate = m_model.player(duplicateId);
    const std::optional<venue::Player> into = m_model.player(intoId);
    if (!duplicate || !into)
        return;
    pushEdit(std::make_unique<venue::PlayerMergeEdit>(*duplicate, *into, m_actor()),
             Tr::tr("The players could not be merged."));
    if (m_shownId == duplicateId || m_shownId == 0)
        showPlayer(intoId);
}

void PlayersWindow::unmergePlayer(qint64 duplicateId)
{
    const std::optional<venue::Player> duplicate = findIn(m_model.mergedPlayers(), duplicateId);
    if (!duplicate || !duplicate->mergedInto)
        return;
    pushEdit(std::make_unique<venue::PlayerUnmergeEdit>(*duplicate, nameOf(*duplicate->mergedInto),
                                                        m_actor()),
             Tr::tr("The players could not be separated."));
}

MergeDialog *PlayersWindow::openMergeDialog()
{
    if (!m_mergeDialog) {
        m_mergeDialog = new MergeDialog(this);
        m_mergeDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_mergeDialog, &MergeDialog::mergeRequested, this, &PlayersWindow::mergePlayer);
        connect(m_mergeDialog, &MergeDialog::unmergeRequested, this, &PlayersWindow::unmergePlayer);
        // Edit → Undo from the dialog too.
        for (QAction *action : actions())
            m_mergeDialog->addAction(action);
    }
    m_mergeDialog->setPlayers(m_model.players(), m_model.mergedPlayers());
    m_mergeDialog->show();
    m_mergeDialog->raise();
    m_mergeDialog->activateWindow();
    return m_mergeDialog;
}

void PlayersWindow::askForResult()
{
    if (!m_records.isSet())
        return;
    HandResultDialog dialog(m_venueId, m_players, m_ratings, std::nullopt, this);
    if (m_shownId != 0)
        dialog.playerA()->selectPlayer(m_shownId);
    if (dialog.exec() == QDialog::Accepted)
        enterResult(dialog.result());
}

void PlayersWindow::enterResult(const venue::HandResult &result)
{
    clearProblem();
    const QString text = Tr::tr("Enter the result %1 %2–%3 %4")
                             .arg(nameOf(result.playerA))
                             .arg(result.racksA)
                             .arg(result.racksB)
                             .arg(nameOf(result.playerB));
    m_undoStack.push(new EnterResultCommand(
        result, text, *ResultTrail::of(m_undoStack), m_records, m_actor,
        [this](const QString &why) { showProblem(Tr::tr("The result was not changed."), why); },
        [this] { reload(); }));
}

venue::HandResult PlayersWindow::handResultOf(const venue::PlayerMatch &match) const
{
    venue::HandResult result;
    result.venueId = m_venueId;
    result.playedOn = match.playedOn;
    result.game = match.game;
    result.playerA = m_shownId;
    result.playerB = match.opponentId;
    result.racksA = match.racksFor;
    result.racksB = match.racksAgainst;
    return result;
}

void PlayersWindow::askToVoid(const venue::PlayerMatch &match)
{
    if (!match.resultId)
        return;
    bool given = false;
    const QString reason
        = QInputDialog::getText(this, Tr::tr("Void Result"),
                                Tr::tr("Why does the result %1 %2–%3 %4 no longer count?")
                                    .arg(nameOf(m_shownId))
                                    .arg(match.racksFor)
                                    .arg(match.racksAgainst)
                                    .arg(match.opponent),
                                QLineEdit::Normal, QString(), &given);
    if (given)
        voidResult(match, reason);
}

void PlayersWindow::voidResult(const venue::PlayerMatch &match, const QString &reason)
{
    if (!match.resultId)
        return;
    clearProblem();
    const QString text = Tr::tr("Void the result %1 %2–%3 %4")
                             .arg(nameOf(m_shownId))
                             .arg(match.racksFor)
                             .arg(match.racksAgainst)
                             .arg(match.opponent);
    m_undoStack.push(new VoidResultCommand(
        *match.resultId, handResultOf(match), reason, text, *ResultTrail::of(m_undoStack),
        m_records, m_actor,
        [this](const QString &why) { showProblem(Tr::tr("The result was not voided."), why); },
        [this] { reload(); }));
}

void PlayersWindow::askToCorrect(const venue::PlayerMatch &match)
{
    if (!match.resultId)
        return;
    HandResultDialog dialog(m_venueId, m_players, m_ratings, handResultOf(match), this);
    if (dialog.exec() == QDialog::Accepted)
        correctResult(match, dialog.result(), dialog.reason());
}

void PlayersWindow::correctResult(const venue::PlayerMatch &match,
                                  const venue::HandResult &corrected, const QString &reason)
{
    if (!match.resultId)
        return;
    clearProblem();
    const QString text = Tr::tr("Correct the result %1 %2–%3 %4 to %5 %6–%7 %8")
                             .arg(nameOf(m_shownId))
                             .arg(match.racksFor)
                             .arg(match.racksAgainst)
                             .arg(match.opponent)
                             .arg(nameOf(corrected.playerA))
                             .arg(corrected.racksA)
                             .arg(corrected.racksB)
                             .arg(nameOf(corrected.playerB));
    m_undoStack.push(new CorrectResultCommand(
        *match.resultId, handResultOf(match), corrected, reason, text,
        *ResultTrail::of(m_undoStack), m_records, m_actor,
        [this](const QString &why) { showProblem(Tr::tr("The result was not corrected."), why); },
        [this] { reload(); }));
}

} // namespace dojo::ui
