// The main window's part of the tournaments: Venue → Tournaments… and the edits' context.
#include "mainwindow/mainwindow.h"

#include "common/uitr.h"
#include "tournaments/tournamentedits.h"
#include "tournaments/tournamentswindow.h"
#include "venuefloor/venuefloorview.h"

#include <venue/tournamentdesk.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace dojo::ui {

void MainWindow::createTournamentActions()
{
    m_tournamentsAction = new QAction(Tr::tr("&Tournaments…"), this);
    m_tournamentsAction->setObjectName(QStringLiteral("openTournaments"));
    m_tournamentsAction->setShortcut(QKeySequence(Tr::tr("Ctrl+T")));
    m_tournamentsAction->setStatusTip(
        Tr::tr("Set up the venue's tournaments, sign players up, make the draw, put matches on "
               "tables and enter their results"));
    m_tournamentsAction->setEnabled(false); // until the app gives the window its desk
    connect(m_tournamentsAction, &QAction::triggered, this, &MainWindow::openTournaments);
    QMenu *venue = menuBar()->findChild<QMenu *>(QStringLiteral("venueMenu"));
    const QList<QAction *> actions = venue->actions();
    // Beside the bookings: the evening's other plan.
    const auto bookings = std::find(actions.begin(), actions.end(), m_bookingsAction);
    QAction *after
        = bookings != actions.end() && bookings + 1 != actions.end() ? *(bookings + 1) : nullptr;
    venue->insertAction(after, m_tournamentsAction);
}

void MainWindow::setTournamentDesk(venue::TournamentDesk *desk)
{
    if (m_tournaments && desk != m_tournamentDesk) {
        m_tournaments->close();
        delete m_tournaments.data();
    }
    if (m_tournamentDesk)
        disconnect(m_tournamentDesk, nullptr, this, nullptr);
    m_tournamentDesk = desk;
    m_tournamentsAction->setEnabled(desk != nullptr);
    showTournamentMatchesOnFloor();
    if (!desk) {
        m_tournamentEdits.reset();
        return;
    }
    // Every change of this desk (a result from the tables too) may free a table or give one.
    connect(desk, &venue::TournamentDesk::changed, this, &MainWindow::showTournamentMatchesOnFloor);
    m_tournamentEdits = std::make_shared<TournamentEditContext>();
    m_tournamentEdits->desk = desk;
    m_tournamentEdits->actor = [this] { return actor(); };
    m_tournamentEdits->failed = [this](const QString &what, const QString &why) {
        if (m_tournaments)
            m_tournaments->showProblem(what, why);
        else
            showError(what, why);
    };
    // Only the edits the desk does not announce (a payment, a hand-made seed order) touch: they
    // change the tournaments window, never a table, so the floor (which follows changed()) is
    // not read again.
    m_tournamentEdits->touched = [this](qint64) {
        if (m_tournaments)
            m_tournaments->reload();
    };
}

TournamentsWindow *MainWindow::openTournaments()
{
    if (!m_tournamentDesk || !m_tournamentEdits)
        return nullptr;
    if (!m_tournaments) {
        m_tournaments = new TournamentsWindow(*m_tournamentDesk, m_model, *m_undoStack,
                                              m_tournamentEdits, this);
        m_tournaments->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_tournaments->show();
    m_tournaments->raise();
    m_tournaments->activateWindow();
    return m_tournaments;
}

void MainWindow::refreshTournaments()
{
    if (m_tournaments)
        m_tournaments->reload();
    showTournamentMatchesOnFloor();
}

void MainWindow::showTournamentMatchesOnFloor()
{
    if (!m_tournamentDesk) {
        m_floor->setTournamentMatches({});
        return;
    }
    // On a failed read the cards keep what they showed: the status bar says why.
    if (const auto matches = m_tournamentDesk->matchesAtTables())
        m_floor->setTournamentMatches(*matches);
    else
        statusBar()->showMessage(matches.error());
}

} // namespace dojo::ui
