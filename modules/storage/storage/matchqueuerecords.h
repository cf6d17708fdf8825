#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace dojo::storage {

// A player waiting at the venue to be matched with another for a game. State is the stored
// word: "waiting", "matched" (with matchedWith) or "left".
struct QueueEntryRecord
{
    qint64 id = 0;
    qint64 venueId = 0;
    qint64 playerId = 0;
    QString game; // "nine-ball", as rules/game.h names it
    QDateTime joinedAt;
    QString state = QStringLiteral("waiting");
    std::optional<qint64> matchedWith; // the other player
    QDateTime doneAt;                  // matched or left; invalid while waiting
    // Read with the entry; ignored when writing.
    QString playerName;
    double starterRating = 500;
};

} // namespace dojo::storage
