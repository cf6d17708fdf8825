#pragma once

#include "club/matchqueuepanel.h"

#include <venue/staff.h>

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace dojo::venue {
class BookingBook;
class ChallengeDesk;
class MatchQueue;
class TableTime;
class VenueEvents;
class VenueModel;
} // namespace dojo::venue

namespace dojo::ui {

class ChallengesWindow;
class EventsWindow;

// The club in the main window: the Club menu with Challenges… (Ctrl+Shift+C) and Events…
// (Ctrl+Shift+E), each a window of its own made when first asked and kept, and the Match Queue
// dock (Ctrl+Shift+Q) beside the floor. Each is there once the app gives its domain object;
// their edits go on the window's undo stack as the member signed in.
class ClubDesk : public QObject
{
    Q_OBJECT

public:
    using ActorOf = std::function<venue::Actor()>;
    using BookingsOf = std::function<venue::BookingBook *()>;

    ClubDesk(QMainWindow &window, venue::VenueModel &model, QUndoStack &undoStack, ActorOf actor,
             BookingsOf bookings, MatchQueuePanel::TableTimeOf tableTime);

    QMenu *menu() const { return m_menu; }
    QAction *challengesAction() const { return m_challengesAction; }
    QAction *eventsAction() const { return m_eventsAction; }

    void setChallengeDesk(venue::ChallengeDesk &desk);
    void setVenueEvents(venue::VenueEvents &events);
    void setMatchQueue(venue::MatchQueue &queue, MatchQueuePanel::RatingsOf ratings);

    // Shown and raised; null until the app gave what they show.
    ChallengesWindow *openChallenges();
    EventsWindow *openEvents();
    QDockWidget *matchQueueDock() const { return m_queueDock; }
    MatchQueuePanel *matchQueuePanel() const { return m_queuePanel; }

private:
    void raise(QWidget *window);

    QMainWindow &m_window;
    venue::VenueModel &m_model;
    QUndoStack &m_undoStack;
    ActorOf m_actor;
    BookingsOf m_bookings;
    MatchQueuePanel::TableTimeOf m_tableTime;
    QMenu *m_menu = nullptr;
    QAction *m_challengesAction = nullptr;
    QAction *m_eventsAction = nullptr;
    venue::ChallengeDesk *m_challengeDesk = nullptr;
    venue::VenueEvents *m_events = nullptr;
    QPointer<ChallengesWindow> m_challenges;
    QPointer<EventsWindow> m_eventsWindow;
    QDockWidget *m_queueDock = nullptr;
    MatchQueuePanel *m_queuePanel = nullptr;
};

} // namespace dojo::ui
