#pragma once

#include "venue/bookingbook.h"
#include "venue/staff.h"

#include <core/result.h>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dojo::storage {
class ChallengeRepository;
class ChangeFeed;
class Database;
} // namespace dojo::storage

namespace dojo::venue {

// Where a challenge stands: issued, then accepted or declined by the challenged or withdrawn by
// the challenger; an accepted one booked (a table), then played (its result entered). An
// accepted or booked one may still be withdrawn; declined, withdrawn and played are final.
enum class ChallengeState { Issued, Accepted, Declined, Booked, Played, Withdrawn };

// "issued", "accepted", "declined", "booked", "played", "withdrawn": the stored words.
QString challengeStateKey(ChallengeState state);
std::optional<ChallengeState> challengeStateFromKey(const QString &key);
// "Issued", "Accepted", ..., in the user's language.
QString challengeStateName(ChallengeState state);

struct Challenge
{
    qint64 id = 0;
    qint64 challengerId = 0;
    QString challenger; // the players' names as they are now
    qint64 challengedId = 0;
    QString challenged;
    QString game; // "nine-ball", as rules/game.h names it
    int raceTo = 1;
    ChallengeState state = ChallengeState::Issued;
    std::optional<qint64> bookingId;
    std::optional<qint64> resultId;
    QDateTime issuedAt;   // UTC
    QDateTime answeredAt; // UTC; invalid until answered
    QString note;
};

struct NewChallenge
{
    qint64 challengerId = 0;
    qint64 challengedId = 0;
    QString game;
    int raceTo = 5;
    QString note;
};

// The steps a challenge takes after it is issued.
enum class ChallengeStep { Accept, Decline, Withdraw, BookTable, EnterResult };

// Whether `byPlayerId` may take `step` on `challenge` as it stands: the challenged accepts or
// declines an issued challenge; the challenger withdraws one not yet declined or played; a
// table is booked for an accepted one; a result is entered for an accepted or booked one
// (for those two, whoever asks: `byPlayerId` is not looked at). Refused with one sentence.
Result<void> checkChallengeStep(const Challenge &challenge, ChallengeStep step, qint64 byPlayerId);

// A race's result as a challenge takes it: the winner reached the race, the loser did not.
Result<void> checkRaceResult(const Challenge &challenge, int challengerRacks, int challengedRacks);

// "Ana v Ben": what the booking for a challenge is called.
QString challengeBookingName(const Challenge &challenge);

// The venue's challenges for the desk. Every step is checked (checkChallengeStep), written
// with its audit entry naming the Actor, then the challenges are read again and
// challengesChanged emitted. A table is booked through the venue's BookingBook, so the
// bookings screen shows it at once and no table is ever booked twice.
class ChallengeDesk : public QObject
{
    Q_OBJECT

public:
    ChallengeDesk(storage::Database &database, BookingBook &bookings, QObject *parent = nullptr);
    ~ChallengeDesk() override;

    // The clock results are dated by (the venue's day); tests step their own.
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;

    Result<void> load(qint64 venueId);
    Result<void> reload();
    // Reloads whenever `feed` says challenges, results, bookings or players changed.
    void followChanges(storage::ChangeFeed &feed);
    std::optional<qint64> venueId() const { return m_venueId; }

    const std::vector<Challenge> &challenges() const { return m_challenges; } // newest first
    std::optional<Challenge> challenge(qint64 challengeId) const;

    // Refused for a challenge to oneself, an unknown game, a race to less than one rack, or
    // while the two players already have a challenge open between them.
    Result<qint64> issue(const NewChallenge &challenge, const Actor &actor);
    // `byPlayerId` is the player who answers: the challenged.
    Result<void> accept(qint64 challengeId, qint64 byPlayerId, const Actor &actor);
    Result<void> decline(qint64 challengeId, qint64 byPlayerId, const Actor &actor);
    // `byPlayerId`: the challenger. A table booked for the challenge is given back.
    Result<void> withdraw(qint64 challengeId, qint64 byPlayerId, const Actor &actor);
    // Books one of the venue's tables for an accepted challenge, named challengeBookingName.
    // A time another booking holds is an outcome (overlapped), and the challenge stays accepted.
    Result<BookingAttempt> bookTable(qint64 challengeId, qint64 tableId, const QDateTime &from,
                                     const QDateTime &to, const Actor &actor);
    // Enters the race's result (source "challenge", dated the venue's day now) and marks the
    // challenge played; the result's id.
    Result<qint64> enterResult(qint64 challengeId, int challengerRacks, int challengedRacks,
                               const Actor &actor);

Q_SIGNALS:
    void challengesChanged();
    // followChanges could not read the challenges again: one line for a person.
    void reloadFailed(const QString &why);

private:
    // The challenge as the database holds it now, and checked for the step.
    Result<Challenge> current(qint64 challengeId, ChallengeStep step, qint64 byPlayerId);
    Result<void> answer(qint64 challengeId, ChallengeStep step, qint64 byPlayerId,
                        const Actor &actor);

    storage::Database &m_database;
    BookingBook &m_bookings;
    std::unique_ptr<storage::ChallengeRepository> m_repository;
    std::function<QDateTime()> m_now;
    std::optional<qint64> m_venueId;
    QTimeZone m_zone = QTimeZone::utc();
    std::vector<Challenge> m_challenges;
};

} // namespace dojo::venue
