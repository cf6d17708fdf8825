#pragma once

#include <core/shotrecord.h>
#include <rules/gameoptions.h>
#include <rules/match.h>
#include <rules/ruling.h>
#include <storage/matchrepository.h>

#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

namespace internal {
struct MatchStep;
}

class TableMatch;

struct TableMatchOpen
{
    std::unique_ptr<TableMatch> match;
    QString error; // one line for a person when match is null
};

// The result of one step at the table.
struct TableStep
{
    enum class Status {
        Ruled,     // ruled and stored
        Refused,   // the rules (or a missing actor or reason) refused it: nothing changed
        NotStored, // ruled, but the database write failed: the match is as before the step
    };
    Status status = Status::Refused;
    std::optional<rules::Ruling> ruling;
    QString error;

    bool ok() const { return status == Status::Ruled; }
};

// A match being played at a table, stored step by step: each step is ruled on the match in
// memory and written with its ruling in one transaction, or not at all. Killed at any
// moment, the match resumes from its last stored ruling.
class TableMatch
{
public:
    static TableMatchOpen start(storage::Database &database, std::optional<qint64> tableId,
                                const rules::MatchSetup &setup, std::array<QString, 2> players);
    // Replays the stored steps and checks each gets the ruling it was stored with.
    static TableMatchOpen resume(storage::Database &database, qint64 matchId);
    // The table's unfinished match, resumed; a null match with no error when there is none.
    static TableMatchOpen resumeAt(storage::Database &database, qint64 tableId);

    ~TableMatch();
    TableMatch(const TableMatch &) = delete;
    TableMatch &operator=(const TableMatch &) = delete;

    // actor: who reports the step, e.g. "tracker" or "referee:Sam".
    TableStep shoot(const ShotRecord &shot, const QString &actor);
    TableStep decide(rules::Choice choice, const QString &actor);
    TableStep declareStalemate(const QString &actor);
    // The referee overrules the last ruling; the reason is required and stored with it.
    TableStep overrule(const rules::Correction &correction, const QString &actor,
                       const QString &reason);

    qint64 id() const { return m_id; }
    const std::array<QString, 2> &players() const { return m_players; }
    const rules::Match &match() const { return m_match; }
    const std::optional<rules::Ruling> &lastRuling() const { return m_lastRuling; }
    int stepCount() const { return m_stepCount; }

private:
    TableMatch(storage::Database &database, qint64 id, std::array<QString, 2> players,
               rules::Match match);
    static TableMatchOpen resumeRecord(storage::Database &database,
                                       const storage::MatchRecord &record);
    TableStep play(const internal::MatchStep &step, const QString &actor, const QString &reason);

    storage::MatchRepository m_repository;
    qint64 m_id = 0;
    std::array<QString, 2> m_players;
    rules::Match m_match;
    std::optional<rules::Ruling> m_lastRuling;
    int m_stepCount = 0;
};

} // namespace dojo::venue
