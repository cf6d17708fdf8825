#pragma once

#include "storage/sessionrecords.h"

#include <core/result.h>

#include <QString>

#include <vector>

namespace dojo::storage {

class Database;

// The venue's rate rules, one per rate class. Every call answers with a Result whose error is
// one line for a person.
class RateRepository
{
public:
    explicit RateRepository(Database &database);

    Result<std::vector<RateRuleRecord>> rules(qint64 venueId); // by rate class
    // Replaces the venue's rules with `rules` in one transaction, audited as "rates.changed"
    // naming `actor` with the rules before and after.
    Result<void> replaceRules(qint64 venueId, const std::vector<RateRuleRecord> &rules,
                              const QString &actor);

private:
    Database &m_database;
};

} // namespace dojo::storage
