#pragma once

#include <core/result.h>
#include <rules/gameoptions.h>
#include <rules/match.h>
#include <rules/refusal.h>
#include <rules/ruling.h>
#include <rules/step.h>
#include <storage/matchrecords.h>
#include <storage/matchrepository.h>

#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// Why a step at the table did not count. Either way the match is exactly as before the step.
struct StepFailure
{
    enum class Kind {
        Refused,   // by the rules (then `refusal` says why), or for a missing actor or reason
        NotStored, // ruled, but the database write failed
    };
    Kind kind = Kind::Refused;
    QString message; // one line for a person, in their language
    std::optional<rules::Refusal> refusal;
};

// A match being played at a table, stored step by step: each step is ruled on the match in
// memory and written with its ruling in one transaction, or not at all. Killed at any
// moment, the match resumes from its last stored ruling.
class TableMatch
{
public:
    static Result<std::unique_ptr<TableMatch>> start(storage::Database &database,
                                                     std::optional<qint64> tableId,
                                                     const rules::MatchSetup &setup,
                                                     std::array<QString, 2> players);
    // Replays the stored steps and checks each gets the ruling it was stored with.
    static Result<std::unique_ptr<TableMatch>> resume(storage::Database &database, qint64 matchId);
    // The table's unfinished match, resumed; a null match when the table has none.
    static Result<std::unique_ptr<TableMatch>> resumeAt(storage::Database &database,
                                                        qint64 tableId);

    ~TableMatch();
    TableMatch(const TableMatch &) = delete;
    TableMatch &operator=(const TableMatch &) = delete;

    // Rules and stores one step. `actor` says who reports it ("tracker", "referee:Sam"); a
    // correction overrules the last ruling and needs the referee's reason, stored with it. A
    // reason given with any other step (a shot a referee confirmed) is stored and audited too.
    Result<rules::Ruling, StepFailure> play(const rules::Step &step, const QString &actor,
                                            const QString &reason = {});

    // A referee confirms the ruling of stored step `step` after reviewing it: audited with
    // who and why, the match unchanged.
    Result<void> confirm(int step, const QString &actor, const QString &reason);

    qint64 id() const { return m_id; }
    const std::array<QString, 2> &players() const { return m_players; }
    const rules::Match &match() const { return m_match; }
    const std::optional<rules::Ruling> &lastRuling() const { return m_lastRuling; }
    int stepCount() const { return m_stepCount; }

private:
    TableMatch(storage::Database &database, qint64 id, std::array<QString, 2> players,
               rules::Match match);
    static Result<std::unique_ptr<TableMatch>> resumeRecord(storage::Database &database,
                                                            const storage::MatchRecord &record);

    storage::Database &m_database;
    storage::MatchRepository m_repository;
    qint64 m_id = 0;
    std::array<QString, 2> m_players;
    rules::Match m_match;
    std::optional<rules::Ruling> m_lastRuling;
    int m_stepCount = 0;
};

} // namespace dojo::venue
