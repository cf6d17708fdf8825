#pragma once

#include "live/clientmessage.h"
#include "live/tablechannel.h"

#include <core/ballposition.h>
#include <core/result.h>
#include <core/tablespec.h>
#include <rules/gameoptions.h>
#include <venue/playerrequest.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace dojo::venue {
class TableReferee;
class TableScoreboard;
} // namespace dojo::venue

namespace dojo::live {

// What the API and the snapshot say about a table besides its game.
struct LiveTableInfo
{
    qint64 id = 0;
    QString name;
    TableSize size = TableSize::NineFoot;
    QString status; // the front desk's word: "free", "in-play", ...
    QString camera; // "running", "failed", "none"
};

// Starts a match at the table (a player set it up from a phone); given by the app, which knows
// the database. Its error is one sentence.
using MatchStarter
    = std::function<Result<void>(const rules::MatchSetup &, const std::array<QString, 2> &)>;

// One table as its clients see it: the match from the table's scoreboard and referee, the
// balls from its tracking, its seats and chat, all as numbered messages (TableChannel). The
// players' requests go to the table's referee, checked like a tap on the venue screen.
class LiveTable : public QObject
{
    Q_OBJECT

public:
    LiveTable(LiveTableInfo info, qint64 firstSeq, QObject *parent = nullptr);

    const LiveTableInfo &info() const { return m_info; }
    void setInfo(const LiveTableInfo &info) { m_info = info; }
    // The table's scoreboard and referee (either may be null: no match shown, none refereed).
    void follow(venue::TableScoreboard *scoreboard, venue::TableReferee *referee);
    void setMatchStarter(MatchStarter starter) { m_startMatch = std::move(starter); }

    // The balls the camera sees now (any rate): sent at up to 30 Hz while they move, and
    // once when they come to rest.
    void showBalls(const std::vector<BallPosition> &balls);

    // The whole table for one client, as the JSON text of a `snapshot`.
    QString snapshot(bool player, std::optional<rules::Seat> seat) const;
    std::optional<std::vector<OutgoingPtr>> since(qint64 last) const
    {
        return m_channel.since(last);
    }
    // The match as the protocol's MATCH object, or null.
    QJsonValue matchJson() const;

    // A player's connection (its number) asks; the error is the refusal, one sentence.
    Result<void> sit(quint64 connection, rules::Seat seat);
    void leave(quint64 connection);
    std::optional<rules::Seat> seatOf(quint64 connection) const;
    Result<void> request(quint64 connection, const venue::PlayerRequest &request);
    Result<void> setup(quint64 connection, const SetupMessage &setup);
    Result<void> chat(quint64 connection, const QString &text);

Q_SIGNALS:
    // A message for every client of the table.
    void published(dojo::live::OutgoingPtr message);

private:
    void publish(QJsonObject message, bool isState = false);
    void scoreboardChanged();
    void publishSeats();
    // The referee's word on tracked shot `number`: ruled, or waiting for a referee.
    void publishRuling(int number, bool waiting);
    void publishState(bool moving);
    void stateTick();
    QJsonArray seatsJson() const;
    QJsonArray ballsJson() const;

    LiveTableInfo m_info;
    TableChannel m_channel;
    QPointer<venue::TableScoreboard> m_scoreboard;
    QPointer<venue::TableReferee> m_referee;
    std::vector<QMetaObject::Connection> m_followed;
    MatchStarter m_startMatch;
    QJsonValue m_lastMatch;
    std::array<QString, 2> m_seatNames;
    std::array<std::optional<quint64>, 2> m_seated;
    std::vector<QJsonObject> m_chat; // the last 20 lines

    struct Ball
    {
        int n = 0;
        double x = 0, y = 0, vx = 0, vy = 0;
    };
    std::vector<BallPosition> m_seen; // the latest from tracking
    std::vector<Ball> m_sent;         // as the last state sent them
    QElapsedTimer m_sinceSent;
    bool m_moving = false;
    QTimer m_stateTimer;
};

} // namespace dojo::live
