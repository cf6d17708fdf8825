#pragma once

#include "storage/eventrecords.h"

#include <core/result.h>

#include <QString>

#include <optional>
#include <vector>

namespace dojo::storage {

class Database;

// The venue's events and who signed up. Sign-ups are counted and written under the write lock
// (on PostgreSQL also an advisory lock), so two desks never give the last place twice. Every
// write is audited naming `actor` in the same transaction; errors are one line.
class EventRepository
{
public:
    explicit EventRepository(Database &database);

    // Audited "event.created". Refused without a name, with an unknown kind, an end not after
    // the start or a negative cap.
    Result<qint64> create(const EventRecord &event, const QString &actor);
    // Audited "event.cancelled"; its sign-ups stay, for the record.
    Result<void> cancel(qint64 eventId, const QString &actor);
    // Signs the player up: "in" while the cap allows, else "waiting". Refused for a cancelled
    // event, a player of another venue, or one signed up already. Audited "event.signed-up"
    // with the state given, which is returned.
    Result<QString> signUp(qint64 eventId, qint64 playerId, const QString &actor);
    // Cancels the player's sign-up; when it held a place, the first waiting player moves in
    // (audited "event.moved-in"). Audited "event.sign-up-cancelled". The player who moved in,
    // if any.
    Result<std::optional<qint64>> cancelSignUp(qint64 eventId, qint64 playerId,
                                               const QString &actor);

    Result<EventRecord> event(qint64 eventId);
    // The venue's events with their counts, by start.
    Result<std::vector<EventRecord>> events(qint64 venueId);
    // The event's sign-ups not cancelled: those in, then those waiting, each in the order they
    // signed up.
    Result<std::vector<SignUpRecord>> signUps(qint64 eventId);

private:
    Database &m_database;
};

} // namespace dojo::storage
