#include "venue/playeridentity.h"

#include "venue/internal/records.h"
#include "venue/playersearch.h"

#include <storage/venuerepository.h>

#include <algorithm>

namespace dojo::venue {

PlayerIdentity::PlayerIdentity(const std::vector<Player> &players)
{
    for (const Player &player : players) {
        m_players.insert(player.id, player);
        m_byName[player.name].push_back(player.id);
        if (const QString folded = foldedName(player.name); !folded.isEmpty())
            m_byFoldedName[folded].push_back(player.id);
        if (const QString folded = foldedName(player.nickname); !folded.isEmpty())
            m_byFoldedNickname[folded].push_back(player.id);
    }
}

std::optional<qint64> PlayerIdentity::unique(const std::vector<qint64> &candidates) const
{
    std::optional<qint64> found;
    for (const qint64 id : candidates) {
        const qint64 kept = keptPlayer(id);
        if (found && *found != kept)
            return std::nullopt; // two people: nobody can say which
        found = kept;
    }
    return found;
}

std::optional<qint64> PlayerIdentity::playerOfName(const QString &recorded) const
{
    if (const auto exact = m_byName.constFind(recorded); exact != m_byName.constEnd())
        return unique(*exact);
    const QString folded = foldedName(recorded);
    if (folded.isEmpty())
        return std::nullopt;
    if (const auto name = m_byFoldedName.constFind(folded); name != m_byFoldedName.constEnd())
        return unique(*name);
    if (const auto nickname = m_byFoldedNickname.constFind(folded);
        nickname != m_byFoldedNickname.constEnd())
        return unique(*nickname);
    return std::nullopt;
}

qint64 PlayerIdentity::keptPlayer(qint64 playerId) const
{
    qint64 id = playerId;
    // Merges never make a cycle (storage refuses a merge into a merged player); the bound only
    // guards against a database edited by hand.
    for (qsizetype step = 0; step <= m_players.size(); ++step) {
        const auto player = m_players.constFind(id);
        if (player == m_players.constEnd() || !player->mergedInto)
            return id;
        id = *player->mergedInto;
    }
    return id;
}

std::vector<qint64> PlayerIdentity::samePerson(qint64 playerId) const
{
    const qint64 kept = keptPlayer(playerId);
    std::vector<qint64> ids{kept};
    std::vector<qint64> others;
    for (auto player = m_players.constBegin(); player != m_players.constEnd(); ++player) {
        if (player.key() != kept && keptPlayer(player.key()) == kept)
            others.push_back(player.key());
    }
    std::sort(others.begin(), others.end());
    ids.insert(ids.end(), others.begin(), others.end());
    return ids;
}

std::optional<Player> PlayerIdentity::player(qint64 playerId) const
{
    const auto player = m_players.constFind(playerId);
    if (player == m_players.constEnd())
        return std::nullopt;
    return *player;
}

QStringList PlayerIdentity::namesOf(qint64 playerId) const
{
    QStringList names;
    for (const qint64 id : samePerson(playerId)) {
        const auto player = m_players.constFind(id);
        if (player == m_players.constEnd())
            continue;
        names << player->name;
        if (!player->nickname.isEmpty())
            names << player->nickname;
    }
    names.removeDuplicates();
    return names;
}

Result<PlayerIdentity> readPlayerIdentity(storage::Database &database, qint64 venueId)
{
    storage::VenueRepository repository(database);
    Result<std::vector<Player>> players = internal::readPlayers(repository, venueId);
    if (!players)
        return Unexpected(players.error());
    const Result<std::vector<Player>> merged = internal::readMergedPlayers(repository, venueId);
    if (!merged)
        return Unexpected(merged.error());
    players->insert(players->end(), merged->begin(), merged->end());
    return PlayerIdentity(*players);
}

} // namespace dojo::venue
