#pragma once

#include "venue/floor.h"

#include <core/result.h>

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// Who a player is, whichever way they were recorded: a match at a table records names, a
// result entered by hand records ids, and a duplicate merged into another stands for the
// player kept. The one answer ratings, history and statistics share.
class PlayerIdentity
{
public:
    PlayerIdentity() = default;
    // `players`: the venue's players, the merged duplicates among them.
    explicit PlayerIdentity(const std::vector<Player> &players);

    // The player kept that a recorded name names: the name as written, else the name with
    // accents, case and spacing folded (venue/playersearch.h's foldedName), else a nickname
    // folded, each followed through merges. None when nobody has it, or when two players who
    // are not one (not merged) share it at the first of those steps that finds any.
    std::optional<qint64> playerOfName(const QString &recorded) const;
    // The player kept for `playerId`, following merges; `playerId` itself when not known.
    qint64 keptPlayer(qint64 playerId) const;
    // The kept player of `playerId` and every duplicate merged into it, kept player first.
    std::vector<qint64> samePerson(qint64 playerId) const;
    // A player's profile, merged or not.
    std::optional<Player> player(qint64 playerId) const;
    // Every name and nickname the same person was recorded under, as written.
    QStringList namesOf(qint64 playerId) const;

private:
    std::optional<qint64> unique(const std::vector<qint64> &candidates) const;

    QHash<qint64, Player> m_players;
    QHash<QString, std::vector<qint64>> m_byName;
    QHash<QString, std::vector<qint64>> m_byFoldedName;
    QHash<QString, std::vector<qint64>> m_byFoldedNickname;
};

// The venue's players with the merged duplicates, as a PlayerIdentity.
Result<PlayerIdentity> readPlayerIdentity(storage::Database &database, qint64 venueId);

} // namespace dojo::venue
