#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dojo::storage {

// A tournament as its row holds it; venue/tournament.h reads the words and the options.
struct TournamentRecord
{
    qint64 id = 0;
    qint64 venueId = 0;
    std::optional<qint64> eventId;
    QString name;
    QString game = QStringLiteral("nine-ball");
    QString format = QStringLiteral("double"); // "single", "double", "round-robin", "swiss"
    QJsonObject options;                       // the draw's options, races, handicaps
    QString state = QStringLiteral("sign-up"); // "sign-up", "running", "finished", "cancelled"
    QDateTime startsAt;
    qint64 entryFeeCents = 0;
    qint64 addedMoneyCents = 0;
    QString payouts;                            // percentages of the purse by place: "50,30,20"
    int maxPlayers = 0;                         // 0: no cap
    QString seeding = QStringLiteral("rating"); // "rating" or "hand"
    QString createdBy;
    QDateTime createdAt;
};

struct TournamentEntryRecord
{
    qint64 id = 0;
    qint64 tournamentId = 0;
    qint64 playerId = 0;
    std::optional<int> seed;                   // 1-based, once the draw is made
    QString state = QStringLiteral("entered"); // "entered", "checked-in", "no-show", "withdrawn"
    bool paid = false;
    QDateTime enteredAt;
    std::optional<double> drawnRating; // the rating the draw was made with, while it stands
};

// A player's place in the draw when it is made: their seed and the rating it was made with.
struct DrawnSeed
{
    int seed = 1; // 1-based
    double rating = 500;
};

// Where a match of the draw is played.
struct TournamentTableRecord
{
    qint64 tournamentId = 0;
    int drawMatch = 0; // venue::BracketMatch::id
    std::optional<qint64> tableId;
    std::optional<qint64> matchId; // the referee's match at the table, once started
    QDateTime assignedAt;
    QString assignedBy;
};

// A result of the draw, in the order they came; one taken back stays, marked.
struct TournamentResultRecord
{
    qint64 id = 0;
    qint64 tournamentId = 0;
    int drawMatch = 0;
    int winnerSeed = 0; // 1-based
    int racksA = 0;
    int racksB = 0;
    QString source = QStringLiteral("hand"); // "hand" or "referee"
    std::optional<qint64> matchId;
    QString recordedBy;
    QDateTime recordedAt;
    QDateTime takenBackAt; // invalid while it stands
    QString takenBackBy;
};

} // namespace dojo::storage
