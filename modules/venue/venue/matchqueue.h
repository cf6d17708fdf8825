#pragma once

#include "venue/matchpairing.h"
#include "venue/staff.h"

#include <core/result.h>

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace dojo::storage {
class ChangeFeed;
class Database;
class MatchQueueRepository;
} // namespace dojo::storage

namespace dojo::venue {

// The venue's match queue for the desk: players waiting to be paired for a game, and the pairs
// proposed from their ratings (venue/matchpairing.h). Every change is written first (audited,
// naming the Actor), then the queue is read again and queueChanged emitted. Refusals are whole
// sentences.
class MatchQueue : public QObject
{
    Q_OBJECT

public:
    explicit MatchQueue(storage::Database &database, QObject *parent = nullptr);
    ~MatchQueue() override;

    // The clock the proposals wait by; tests step their own.
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;

    Result<void> load(qint64 venueId);
    Result<void> reload();
    // Reloads whenever `feed` says the queue or the players changed.
    void followChanges(storage::ChangeFeed &feed);
    std::optional<qint64> venueId() const { return m_venueId; }

    // Longest waiting first.
    const std::vector<WaitingPlayer> &waiting() const { return m_waiting; }
    std::optional<WaitingPlayer> waitingEntryOf(qint64 playerId) const;

    // The player waits for `game` (rules/game.h's key) from now. Refused for an unknown game
    // or a player waiting already.
    Result<qint64> join(qint64 playerId, const QString &game, const Actor &actor);
    Result<void> leave(qint64 playerId, const Actor &actor);
    // The two waiting entries are matched with each other (both leave the queue). Refused
    // unless both wait, for the same game.
    Result<void> matchPair(qint64 entryA, qint64 entryB, const Actor &actor);

    // proposePairs over the queue as it stands, now.
    std::vector<ProposedPair> proposals(const std::map<qint64, double> &ratings,
                                        const PairingRules &rules = {}) const;

Q_SIGNALS:
    void queueChanged();
    // followChanges could not read the queue again: one line for a person.
    void reloadFailed(const QString &why);

private:
    Result<std::vector<WaitingPlayer>> readWaiting() const;

    storage::Database &m_database;
    std::unique_ptr<storage::MatchQueueRepository> m_repository;
    std::function<QDateTime()> m_now;
    std::optional<qint64> m_venueId;
    std::vector<WaitingPlayer> m_waiting;
};

} // namespace dojo::venue
