#pragma once

#include <venue/staff.h>
#include <venue/venueevents.h>

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStatusBar;
class QTreeWidget;
class QUndoStack;

namespace dojo::venue {
class VenueModel;
}

namespace dojo::ui {

class PlayerPicker;

// The venue's events at the desk: league nights, open play and tournaments by start, each with
// its sign-ups ("12 of 16, 3 waiting"); beside them, who is in and who waits for the selected
// one. New Event… (Ctrl+N) and signing a player up (found by typing, Enter) or off (Delete) are
// undoable edits (an event created is cancelled by Undo; a sign-up is cancelled, a player signed
// off signs up again, at the back); cancelling an event asks first. Who moves in from the
// waiting list is said in the status line, as is every refusal, in the events' sentences.
class EventsWindow : public QWidget
{
    Q_OBJECT

public:
    using ActorOf = std::function<venue::Actor()>;

    EventsWindow(venue::VenueEvents &events, venue::VenueModel &model, QUndoStack &undoStack,
                 ActorOf actor, QWidget *parent = nullptr);

    QTreeWidget *eventList() const { return m_eventList; }
    QTreeWidget *signUpList() const { return m_signUpList; }
    PlayerPicker *picker() const { return m_picker; }
    std::optional<venue::VenueEvent> selected() const;
    void selectEvent(qint64 eventId);
    QString statusText() const;

    void createEvent();
    void cancelSelected();  // asks first
    void signUpPicked();    // the player the picker found, for the selected event
    void signOffSelected(); // the sign-up selected in the list

private:
    void showEvents();
    void showSignUps();
    void updateActions();
    void say(const QString &sentence);
    QString playerName(qint64 playerId) const;
    // Signs up or off, saying what came of it (in, waiting, who moved in).
    Result<void> signUp(qint64 eventId, qint64 playerId);
    Result<void> signOff(qint64 eventId, qint64 playerId);

    venue::VenueEvents &m_venueEvents;
    venue::VenueModel &m_model;
    QUndoStack &m_undoStack;
    ActorOf m_actor;
    QTreeWidget *m_eventList = nullptr;
    QTreeWidget *m_signUpList = nullptr;
    QLabel *m_eventTitle = nullptr;
    PlayerPicker *m_picker = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_signUp = nullptr;
    QPushButton *m_signOff = nullptr;
    QStatusBar *m_status = nullptr;
};

} // namespace dojo::ui
