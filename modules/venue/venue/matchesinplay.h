#pragma once

#include "venue/floor.h"
#include "venue/tablematch.h"

#include <QString>

#include <memory>
#include <vector>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// The matches being played at a venue's tables. At start-up each table's unfinished match
// is resumed from its last stored ruling, so a restart (or a crash) loses no shot.
class MatchesInPlay
{
public:
    // A table whose match could not be resumed, and why.
    struct Problem
    {
        QString tableName;
        QString error;
    };

    // Resumes the unfinished match of each table; problems() says which could not be.
    void resume(storage::Database &database, const std::vector<Table> &tables);

    const std::vector<std::unique_ptr<TableMatch>> &matches() const { return m_matches; }
    // One line per resumed match, for the log: "Table 1: nine-ball, A 2-1 B, rack 4, A to play"
    const QStringList &descriptions() const { return m_descriptions; }
    const std::vector<Problem> &problems() const { return m_problems; }

    static QString describe(const QString &tableName, const TableMatch &match);

private:
    std::vector<std::unique_ptr<TableMatch>> m_matches;
    QStringList m_descriptions;
    std::vector<Problem> m_problems;
};

} // namespace dojo::venue
