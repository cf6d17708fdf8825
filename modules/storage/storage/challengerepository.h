#pragma once

#include "storage/challengerecords.h"
#include "storage/resultrecords.h"

#include <core/result.h>

#include <QString>
#include <QStringList>

#include <vector>

namespace dojo::storage {

class Database;

// The venue's challenges. Each write moves a challenge from the states it may come from to
// the next, in one transaction with its audit entry ("challenge.<state>") naming `actor`; a
// challenge another desk moved meanwhile is refused. Who may take which step (the challenged
// answers, the challenger withdraws) is venue/challengedesk.h's to check. Errors are one line.
class ChallengeRepository
{
public:
    explicit ChallengeRepository(Database &database);

    // Audited "challenge.issued". Refused for a challenge to oneself, players not both of the
    // venue, a race to less than 1 or no game.
    Result<qint64> issue(const ChallengeRecord &challenge, const QString &actor);
    // Moves the challenge to `state` ("accepted", "declined", "withdrawn") when it is in one of
    // `from`; answered_at is set now.
    Result<void> answer(qint64 challengeId, const QString &state, const QStringList &from,
                        const QString &actor);
    // An accepted challenge's table is booked: state "booked" with the booking.
    Result<void> booked(qint64 challengeId, qint64 bookingId, const QString &actor);
    // Enters the result (source "challenge", audited "result.entered") and marks the challenge
    // "played" with it, in one transaction; the result's id. From "accepted" or "booked" only.
    Result<qint64> played(qint64 challengeId, const ResultRecord &result, const QString &actor);

    Result<ChallengeRecord> challenge(qint64 challengeId);
    // The venue's challenges, newest first.
    Result<std::vector<ChallengeRecord>> challenges(qint64 venueId);

private:
    Database &m_database;
};

} // namespace dojo::storage
