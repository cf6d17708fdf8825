// MainWindow: the players' screens (profiles, leaderboards, head to head, merges, results by hand).
#include "mainwindow/mainwindow.h"

#include "common/uitr.h"
#include "mainwindow/playerlist.h"
#include "players/mergedialog.h"
#include "players/playerswindow.h"

#include <venue/staffdesk.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace dojo::ui {

void MainWindow::createPlayersActions()
{
    m_playersAction = new QAction(Tr::tr("&Players…"), this);
    m_playersAction->setObjectName(QStringLiteral("openPlayers"));
    m_playersAction->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+P")));
    m_playersAction->setStatusTip(Tr::tr("Find a player and see their profile, ratings, matches, "
                                         "table time and charts"));
    connect(m_playersAction, &QAction::triggered, this, [this] { openPlayers(); });
    m_leaderboardsAction = new QAction(Tr::tr("&Leaderboards…"), this);
    m_leaderboardsAction->setObjectName(QStringLiteral("openLeaderboards"));
    m_leaderboardsAction->setStatusTip(Tr::tr("The venue's players ranked by rating, by game"));
    connect(m_leaderboardsAction, &QAction::triggered, this, [this] {
        if (PlayersWindow *window = openPlayers())
            window->showPage(PlayersWindow::Page::Leaderboards);
    });
    m_headToHeadAction = new QAction(Tr::tr("&Head to Head…"), this);
    m_headToHeadAction->setObjectName(QStringLiteral("openHeadToHead"));
    m_headToHeadAction->setStatusTip(
        Tr::tr("Two players against each other: their matches and the odds of a race"));
    connect(m_headToHeadAction, &QAction::triggered, this, [this] {
        if (PlayersWindow *window = openPlayers())
            window->showPage(PlayersWindow::Page::HeadToHead);
    });
    m_mergeDuplicatesAction = new QAction(Tr::tr("Merge &Duplicates…"), this);
    m_mergeDuplicatesAction->setObjectName(QStringLiteral("openMergeDuplicates"));
    m_mergeDuplicatesAction->setStatusTip(
        Tr::tr("Players who look like one person, to merge; and those merged, to separate"));
    connect(m_mergeDuplicatesAction, &QAction::triggered, this, [this] {
        if (PlayersWindow *window = openPlayers())
            window->openMergeDialog();
    });
    m_enterResultAction = new QAction(Tr::tr("Enter &Result…"), this);
    m_enterResultAction->setObjectName(QStringLiteral("enterResultByHand"));
    m_enterResultAction->setStatusTip(
        Tr::tr("Enter the racks two players won in a match played without the automatic referee"));
    connect(m_enterResultAction, &QAction::triggered, this, [this] {
        if (PlayersWindow *window = openPlayers())
            window->askForResult();
    });

    auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("playersMenu"));
    if (!menu) {
        menu = new QMenu(Tr::tr("&Players"), menuBar());
        menu->setObjectName(QStringLiteral("playersMenu"));
        const QList<QAction *> menus = menuBar()->actions();
        menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu); // before Help
    }
    menu->addAction(m_playersAction);
    menu->addAction(m_leaderboardsAction);
    menu->addAction(m_headToHeadAction);
    menu->addSeparator();
    menu->addAction(m_mergeDuplicatesAction);
    menu->addAction(m_enterResultAction);

    // The players' dock opens a profile too, from its context menu.
    auto *profile = new QAction(Tr::tr("Open &Profile"), this);
    profile->setObjectName(QStringLiteral("openPlayerProfile"));
    connect(profile, &QAction::triggered, this, [this] { openPlayers(); });
    m_players->setPlayerActions({profile});
    updatePlayersActions();
}

void MainWindow::updatePlayersActions()
{
    const bool ready = m_ratingsBook && m_playerRecords.isSet();
    for (QAction *action : {m_playersAction, m_leaderboardsAction, m_headToHeadAction,
                            m_mergeDuplicatesAction, m_enterResultAction})
        action->setEnabled(ready);
}

void MainWindow::setRatingsBook(venue::RatingsBook *book)
{
    if (book != m_ratingsBook && m_playersWindow)
        delete m_playersWindow.data(); // it reads the old book: it goes before the book does
    m_ratingsBook = book;
    updatePlayersActions();
}

void MainWindow::setPlayerRecords(PlayerRecords records)
{
    m_playerRecords = std::move(records);
    updatePlayersActions();
}

PlayersWindow *MainWindow::openPlayers(qint64 playerId)
{
    const std::optional<venue::Venue> venue = m_model.currentVenue();
    if (!m_ratingsBook || !m_playerRecords.isSet() || !venue)
        return nullptr;
    if (m_playersWindow && m_playersWindow->venueId() != venue->id)
        delete m_playersWindow.data();
    if (!m_playersWindow) {
        m_playersWindow = new PlayersWindow(
            m_model, *m_ratingsBook, m_playerRecords, *m_undoStack, [this] { return actor(); },
            this);
        m_playersWindow->setAttribute(Qt::WA_DeleteOnClose);
        if (m_desk) // a locked desk shows nobody's contact or history
            connect(m_desk, &venue::StaffDesk::locked, m_playersWindow, &QWidget::close);
    }
    if (playerId == 0)
        playerId = m_players->selectedPlayerId();
    if (playerId != 0)
        m_playersWindow->showPlayer(playerId);
    m_playersWindow->show();
    m_playersWindow->raise();
    m_playersWindow->activateWindow();
    return m_playersWindow;
}

PlayersWindow *MainWindow::playersWindow() const
{
    return m_playersWindow;
}

void MainWindow::ratingsMayHaveChanged()
{
    if (m_playersWindow)
        m_playersWindow->scheduleReload();
}

} // namespace dojo::ui
