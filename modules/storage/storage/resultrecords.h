#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace dojo::storage {

// Racks two players of the venue played, entered by hand: a night's results, a challenge or a
// tournament match played without the automatic referee. Never changed: a correction voids
// the row and adds another.
struct ResultRecord
{
    qint64 id = 0;
    qint64 venueId = 0;
    QDate playedOn; // the venue's day
    QString game;   // "nine-ball", as rules/game.h names it
    qint64 playerA = 0;
    qint64 playerB = 0;
    int racksA = 0;
    int racksB = 0;
    QString source = QStringLiteral("hand"); // "hand", "challenge" or "tournament"
    QString enteredBy;                       // the audit name of who entered it
    QDateTime enteredAt;                     // UTC
    QDateTime voidedAt;                      // UTC; invalid: it counts
    QString voidedBy;
    // Read with the result (the players' names as they are now); ignored when writing.
    QString nameA;
    QString nameB;
};

// A match the automatic referee kept at one of the venue's tables, summed up.
struct PlayedMatchRecord
{
    qint64 matchId = 0;
    std::optional<qint64> tableId;
    QString tableName;
    QString game;
    std::array<QString, 2> players; // the names the match recorded
    std::array<int, 2> racksWon{};  // racks with a winner, by seat
    QDateTime startedAt;            // UTC
    QDateTime finishedAt;           // UTC; invalid while it is played
    QString winner;                 // empty while played or when abandoned
};

// Racks two players played, as the ratings count them: a referee's match, whose players are
// the names it recorded (venue/playeridentity.h finds whose they are), or a result entered by
// hand, whose players are ids.
struct RackTally
{
    QDate playedOn; // the venue's day (a match's start in the venue's time zone)
    QDateTime at;   // a match's start (UTC); invalid for a result entered by hand
    QString game;
    QString nameA; // a match's recorded names; a hand result's players' names as they are now
    QString nameB;
    qint64 playerA = 0; // a hand result's players; 0 for a referee's match
    qint64 playerB = 0;
    int racksA = 0;
    int racksB = 0;
    std::optional<qint64> matchId;  // where the racks come from: a match ...
    std::optional<qint64> resultId; // ... or a result entered by hand

    bool isHandResult() const { return resultId.has_value(); }
};

} // namespace dojo::storage
