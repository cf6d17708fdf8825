#pragma once

#include <QDateTime>
#include <QString>

namespace dojo::storage {

// A night at the venue players sign up for. Kind is the stored word: "league-night",
// "open-play" or "tournament".
struct EventRecord
{
    qint64 id = 0;
    qint64 venueId = 0;
    QString name;
    QString kind = QStringLiteral("open-play");
    QDateTime startsAt; // UTC
    QDateTime endsAt;   // UTC, after startsAt
    int cap = 0;        // players in at most; 0: no cap
    bool cancelled = false;
    QString createdBy;
    // Counted with the event when read; ignored when writing.
    int signedIn = 0; // sign-ups with a place ("in")
    int waiting = 0;  // sign-ups past the cap, waiting for a place
};

// A player's sign-up. State is the stored word: "in", "waiting" (past the cap, for a place in
// the order they signed up) or "cancelled".
struct SignUpRecord
{
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 playerId = 0;
    QString playerName; // read with the sign-up
    QString state;
    QDateTime signedAt; // UTC; a sign-up made again after a cancellation signs anew
};

} // namespace dojo::storage
