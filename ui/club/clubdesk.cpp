#include "club/clubdesk.h"

#include "club/challengeswindow.h"
#include "club/eventswindow.h"
#include "common/uitr.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace dojo::ui {

ClubDesk::ClubDesk(QMainWindow &window, venue::VenueModel &model, QUndoStack &undoStack,
                   ActorOf actor, BookingsOf bookings, MatchQueuePanel::TableTimeOf tableTime)
    : QObject(&window)
    , m_window(window)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_actor(std::move(actor))
    , m_bookings(std::move(bookings))
    , m_tableTime(std::move(tableTime))
{
    m_challengesAction = new QAction(Tr::tr("&Challenges…"), this);
    m_challengesAction->setObjectName(QStringLiteral("openChallenges"));
    m_challengesAction->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+C")));
    m_challengesAction->setStatusTip(
        Tr::tr("Issue challenges between players, answer them, book them a table and enter "
               "their results"));
    m_challengesAction->setEnabled(false); // until the app gives the challenge desk
    connect(m_challengesAction, &QAction::triggered, this, &ClubDesk::openChallenges);

    m_eventsAction = new QAction(Tr::tr("&Events…"), this);
    m_eventsAction->setObjectName(QStringLiteral("openEvents"));
    m_eventsAction->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+E")));
    m_eventsAction->setStatusTip(
        Tr::tr("League nights, open play and tournaments, and who signed up for them"));
    m_eventsAction->setEnabled(false); // until the app gives the venue's events
    connect(m_eventsAction, &QAction::triggered, this, &ClubDesk::openEvents);

    m_menu = new QMenu(Tr::tr("&Club"), &m_window);
    m_menu->setObjectName(QStringLiteral("clubMenu"));
    m_menu->addAction(m_challengesAction);
    m_menu->addAction(m_eventsAction);
}

void ClubDesk::setChallengeDesk(venue::ChallengeDesk &desk)
{
    m_challengeDesk = &desk;
    m_challengesAction->setEnabled(true);
}

void ClubDesk::setVenueEvents(venue::VenueEvents &events)
{
    m_events = &events;
    m_eventsAction->setEnabled(true);
}

void ClubDesk::setMatchQueue(venue::MatchQueue &queue, MatchQueuePanel::RatingsOf ratings)
{
    if (m_queuePanel)
        return;
    m_queuePanel = new MatchQueuePanel(queue, m_model, m_undoStack, m_actor, std::move(ratings),
                                       m_tableTime);
    m_queueDock = new QDockWidget(Tr::tr("Match Queue"), &m_window);
    m_queueDock->setObjectName(QStringLiteral("matchQueueDock"));
    m_queueDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_queueDock->setWidget(m_queuePanel);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_queueDock);
    QAction *toggle = m_queueDock->toggleViewAction();
    toggle->setText(Tr::tr("&Match Queue"));
    toggle->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+Q")));
    toggle->setStatusTip(Tr::tr("Players waiting for a game, and the pairs their ratings make"));
    m_menu->addSeparator();
    m_menu->addAction(toggle);
}

void ClubDesk::raise(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

ChallengesWindow *ClubDesk::openChallenges()
{
    if (!m_challengeDesk)
        return nullptr;
    if (!m_challenges) {
        // Kept when closed: its undo steps outlive it on the window's stack.
        m_challenges = new ChallengesWindow(*m_challengeDesk, m_model, m_undoStack, m_actor,
                                            m_bookings, &m_window);
        m_challenges->setWindowFlag(Qt::Window);
    }
    raise(m_challenges);
    return m_challenges;
}

EventsWindow *ClubDesk::openEvents()
{
    if (!m_events)
        return nullptr;
    if (!m_eventsWindow) {
        m_eventsWindow = new EventsWindow(*m_events, m_model, m_undoStack, m_actor, &m_window);
        m_eventsWindow->setWindowFlag(Qt::Window);
    }
    raise(m_eventsWindow);
    return m_eventsWindow;
}

} // namespace dojo::ui
