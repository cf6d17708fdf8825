#pragma once

#include <core/result.h>
#include <live/liveserver.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>

namespace dojo::venue {
class TournamentDesk;
}

namespace dojo::app {

// The venue's tournaments as the phones' bracket page reads them (/api/tournaments), over the
// venue's TournamentDesk: the running ones and those finished within a day, newest first, and
// each one whole. Answers are kept a moment, so a room of phones polling costs one read.
class TournamentBoard
{
public:
    explicit TournamentBoard(venue::TournamentDesk &desk);

    // The venue's tables by id, to name where a match is played.
    void setTableNames(std::map<qint64, QString> names);
    // A tournament changed here: the next answer reads it again.
    void forget();

    Result<QJsonArray> list();
    // None when the venue has no such tournament.
    Result<std::optional<QJsonObject>> one(qint64 tournamentId);

    // The two as the live server asks for them; valid while this board is.
    live::LiveTournaments feeds();

private:
    struct Kept
    {
        qint64 readAt = 0; // ms since the epoch
        QJsonValue json;
    };
    // A tournament's line in the list and when its last result came.
    struct Shown
    {
        QDateTime lastResult;
        QJsonObject line;
    };

    bool fresh(const Kept &kept) const;

    venue::TournamentDesk &m_desk;
    std::map<qint64, QString> m_tableNames;
    std::optional<Kept> m_list;
    std::map<qint64, Kept> m_tournaments;
    std::map<qint64, Shown> m_finished; // finished ones, read once
};

} // namespace dojo::app
