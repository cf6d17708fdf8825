#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace dojo::storage {

// One player challenging another to a race. State is the stored word: "issued", then
// "accepted" or "declined" (by the challenged) or "withdrawn" (by the challenger); an accepted
// one "booked" (a table) and "played" (its result entered).
struct ChallengeRecord
{
    qint64 id = 0;
    qint64 venueId = 0;
    qint64 challenger = 0; // player ids
    qint64 challenged = 0;
    QString game; // "nine-ball", as rules/game.h names it
    int raceTo = 1;
    QString state = QStringLiteral("issued");
    std::optional<qint64> bookingId; // the table booked for it
    std::optional<qint64> resultId;  // the result entered for it
    std::optional<qint64> matchId;   // the referee's match it was played as
    QDateTime issuedAt;              // UTC
    QDateTime answeredAt;            // UTC; invalid until accepted, declined or withdrawn
    QString note;
    // Read with the challenge (the players' names as they are now); ignored when writing.
    QString challengerName;
    QString challengedName;
};

} // namespace dojo::storage
