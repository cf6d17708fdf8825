#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace dojo::storage {

// A match played at a table as the database keeps it. Storage knows no rules: the game's
// setup, the steps' input and rulings are JSON the venue module writes and reads.
struct MatchRecord
{
    qint64 id = 0;
    std::optional<qint64> tableId; // none when played away from a table or the table is gone
    QString game;                  // "nine-ball", ...
    std::array<QString, 2> players;
    QJsonObject setup;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC; invalid while the match is played
    QString winner;       // empty while unfinished or when abandoned
};

// One rack of a match; a step that ends or starts a rack writes its row.
struct RackRecord
{
    qint64 id = 0;
    qint64 matchId = 0;
    int number = 0; // 1-based within the match
    QString breaker;
    QString winner;      // empty while played or when abandoned (a stalemate, a re-rack)
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // UTC; invalid while the rack is played
};

// One step of a match in the order it was ruled, with the ruling it got.
struct MatchStepRecord
{
    qint64 id = 0;
    qint64 matchId = 0;
    int number = 0;     // 1-based within the match, without gaps
    int rackNumber = 0; // the rack the step was played in
    QString kind;       // "shot", "decision", "stalemate" or "correction", as the rules name it
    QJsonObject input;  // the shot, {"choice": key}, {} for a stalemate, or the correction
    QJsonObject ruling; // the referee output for the step
    QString actor;      // "tracker", "referee:<name>", ...
    QString reason;     // why, for a referee's correction: such a step is also audited
    QDateTime at;       // UTC
};

// What a step does besides being recorded; written in the step's transaction.
struct MatchStepEffects
{
    std::optional<RackRecord> endedRack;   // its number, winner and endedAt are written
    std::optional<RackRecord> startedRack; // inserted, or reopened when the number exists
    // The match's result after the step, when it changed: finished with a winner, or
    // (after a referee's correction) unfinished again.
    enum class Result { Unchanged, Finished, Reopened };
    Result result = Result::Unchanged;
    QString winner; // with Finished
};

} // namespace dojo::storage
