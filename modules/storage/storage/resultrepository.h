#pragma once

#include "storage/resultrecords.h"

#include <core/result.h>

#include <QDate>
#include <QString>

#include <vector>

namespace dojo::storage {

class Database;

// What the venue's players played: results entered by hand, and the racks of the automatic
// referee's matches at the venue's tables. Every write is one transaction with its audit entry
// naming `actor`; every call answers with a Result whose error is one line for a person.
class ResultRepository
{
public:
    explicit ResultRepository(Database &database);

    // Audited "result.entered". Refused when the players are the same or not both of
    // `result.venueId`, no rack was played, a count is negative, or the game or day is missing.
    Result<qint64> add(const ResultRecord &result, const QString &actor);
    // The result no longer counts (voided_by names `actor`); audited "result.voided" with
    // `reason`. Refused for a result void already.
    Result<void> voidResult(qint64 resultId, const QString &actor, const QString &reason = {});
    // Voids `resultId` and adds `corrected` in its place, in one transaction; the new id.
    Result<qint64> correct(qint64 resultId, const ResultRecord &corrected, const QString &actor,
                           const QString &reason = {});

    Result<ResultRecord> result(qint64 resultId); // void or not
    // The venue's results that count, newest first (by day, then as entered).
    Result<std::vector<ResultRecord>> results(qint64 venueId);

    // The referee's matches at the venue's tables, oldest first, with the racks each seat won
    // (finished or not). A match whose table was removed is no longer the venue's.
    Result<std::vector<PlayedMatchRecord>> playedMatches(qint64 venueId);

    // Every rack the ratings count, oldest first: each referee's match at the venue's tables
    // with a rack won (finished or not, only racks with a winner) and each result that counts.
    // `game` empty: every game; `until` invalid: every day, else up to that day of the venue
    // (its time zone) included.
    Result<std::vector<RackTally>> racksForRatings(qint64 venueId, const QString &game = {},
                                                   const QDate &until = {});

private:
    Database &m_database;
};

} // namespace dojo::storage
