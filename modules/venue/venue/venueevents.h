#pragma once

#include "venue/staff.h"

#include <core/result.h>

#include <QDateTime>
#include <QObject>
#include <QString>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dojo::storage {
class ChangeFeed;
class Database;
class EventRepository;
} // namespace dojo::storage

namespace dojo::venue {

enum class EventKind { LeagueNight, OpenPlay, Tournament };

// "league-night", "open-play", "tournament": the stored words.
QString eventKindKey(EventKind kind);
std::optional<EventKind> eventKindFromKey(const QString &key);
// "League night", "Open play", "Tournament", in the user's language.
QString eventKindName(EventKind kind);

// A night at the venue players sign up for, with how many did.
struct VenueEvent
{
    qint64 id = 0;
    QString name;
    EventKind kind = EventKind::OpenPlay;
    QDateTime from; // UTC
    QDateTime to;   // UTC
    int cap = 0;    // players in at most; 0: no cap
    bool cancelled = false;
    int signedIn = 0; // players with a place
    int waiting = 0;  // players waiting for one

    int placesLeft() const { return cap == 0 ? -1 : std::max(0, cap - signedIn); } // -1: no cap
};

struct NewEvent
{
    QString name;
    EventKind kind = EventKind::OpenPlay;
    QDateTime from;
    QDateTime to;
    int cap = 0;
};

enum class SignUpState { In, Waiting };

struct SignUp
{
    qint64 playerId = 0;
    QString name;
    SignUpState state = SignUpState::In;
    QDateTime signedAt; // UTC
    int place = 0;      // 1-based: the order among those in, or on the waiting list
};

// The venue's events for the desk: league nights, open play, tournaments, each with its
// sign-ups. Past the cap a sign-up waits, in the order they came; a cancelled sign-up that
// held a place gives it to the first waiting. Every change is written first (audited, naming
// the Actor), then read again and signalled. Refusals are whole sentences.
class VenueEvents : public QObject
{
    Q_OBJECT

public:
    explicit VenueEvents(storage::Database &database, QObject *parent = nullptr);
    ~VenueEvents() override;

    // The clock that says whether an event is over; tests step their own.
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;

    Result<void> load(qint64 venueId);
    Result<void> reload();
    // Reloads whenever `feed` says events or players changed.
    void followChanges(storage::ChangeFeed &feed);
    std::optional<qint64> venueId() const { return m_venueId; }

    const std::vector<VenueEvent> &events() const { return m_events; } // by start
    std::optional<VenueEvent> event(qint64 eventId) const;
    // Those in, then those waiting, each in the order they signed up.
    Result<std::vector<SignUp>> signUps(qint64 eventId) const;

    Result<qint64> create(const NewEvent &event, const Actor &actor);
    Result<void> cancel(qint64 eventId, const Actor &actor);
    // In while the cap allows, else waiting. Refused for a cancelled event, one that is over,
    // or a player signed up already.
    Result<SignUpState> signUp(qint64 eventId, qint64 playerId, const Actor &actor);
    // The player who moved in from the waiting list, if any.
    Result<std::optional<qint64>> cancelSignUp(qint64 eventId, qint64 playerId, const Actor &actor);

Q_SIGNALS:
    void eventsChanged();                // an event came, went, or its counts changed
    void signUpsChanged(qint64 eventId); // who is in or waiting for the event changed
    // followChanges could not read the events again: one line for a person.
    void reloadFailed(const QString &why);

private:
    Result<VenueEvent> current(qint64 eventId) const;

    storage::Database &m_database;
    std::unique_ptr<storage::EventRepository> m_repository;
    std::function<QDateTime()> m_now;
    std::optional<qint64> m_venueId;
    std::vector<VenueEvent> m_events;
};

} // namespace dojo::venue
