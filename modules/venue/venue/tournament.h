#pragma once

#include "venue/billing.h"
#include "venue/bracket.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace dojo::venue {

enum class TournamentState { SignUp, Running, Finished, Cancelled };

// What a tournament director sets before the draw.
struct TournamentSettings
{
    QString name;
    QString game = QStringLiteral("nine-ball"); // rules' game key
    BracketOptions draw;
    int raceTo = 5;                // racks to win a match
    std::vector<int> racesByRound; // the race of play round 1, 2, ...; the last holds after
    int finalRaceTo = 0;           // the final's (and grand finals'); 0: as its round
    bool handicapped = false;      // Fargo races: the better player races to the race, the
                                   // other to what makes the match even
    QDateTime startsAt;
    Cents entryFee = 0;
    Cents addedMoney = 0;
    std::vector<int> payoutPercents{50, 30, 20}; // of the purse, by place
    int maxPlayers = 0;                          // 0: no cap
    bool seedByRating = true;                    // else by hand
};

struct Tournament
{
    qint64 id = 0;
    TournamentSettings settings;
    TournamentState state = TournamentState::SignUp;
};

enum class EntryState { Entered, CheckedIn, NoShow, Withdrawn };

struct TournamentEntry
{
    qint64 id = 0;
    qint64 playerId = 0;
    QString name;            // the player's name now
    double rating = 500;     // the player's rating when read
    std::optional<int> seed; // 1-based, once the draw is made
    EntryState state = EntryState::Entered;
    bool paid = false;
};

// A result standing in the draw, as recorded.
struct DrawResult
{
    qint64 id = 0;
    int drawMatch = 0;
    bool byReferee = false;
    QString recordedBy;
    QDateTime recordedAt;
};

// Everything a screen shows of one tournament: its entries, the draw with every standing
// result replayed, where its matches are played.
struct TournamentView
{
    Tournament tournament;
    std::vector<TournamentEntry> entries; // in seed order once drawn, else in entry order
    std::vector<int> drawn;               // entry index by draw entrant (seed 1 first)
    Bracket draw;                         // empty before the draw is made
    std::map<int, qint64> tables;         // draw match → table id
    std::map<int, QDateTime> assignedAt;  // draw match → when it was given its table
    std::map<int, qint64> refereeMatches; // draw match → the referee's match at its table
    std::vector<DrawResult> results;      // standing, in the order they came

    // The name of draw entrant `entrant` (seed order), or empty.
    QString entrantName(int entrant) const;
    // Whether the first match has started (a result, or a referee's match begun).
    bool started() const;
};

// The race of a match of the draw: what each of its two players needs.
struct MatchRace
{
    int racksA = 5;
    int racksB = 5;

    bool operator==(const MatchRace &) const = default;
};
MatchRace raceOf(const TournamentView &view, int drawMatch);

// The purse: entry fees of the players in the draw plus the added money.
Cents purseOf(const TournamentView &view);

// What each place wins (bracketStandings' places), in cents: a place's percentage of the
// purse; players sharing places share those places' money equally (the odd cents to the better
// seed). Entrant → cents, only those who win something.
std::map<int, Cents> payoutsOf(const std::vector<Standing> &standings,
                               const std::vector<int> &percents, Cents purse);

QString tournamentStateKey(TournamentState state);
std::optional<TournamentState> tournamentStateFromKey(const QString &key);

} // namespace dojo::venue
