#pragma once

#include "rules/game.h"

#include <core/jsonreader.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <array>
#include <optional>

namespace dojo::rules::internal {

// What the rules' JSON writers share: players are written by name, as in FORMAT.md.
QJsonValue nameOrNull(const std::optional<Seat> &seat, const std::array<QString, 2> &players);
QJsonObject perPlayer(const std::array<int, 2> &values, const std::array<QString, 2> &players);
QJsonArray choicesToJson(Choices choices);
QJsonArray ballsToJson(BallSet balls);
// {"A": "solids", "B": "stripes"}, or null while the table is open.
QJsonValue groupsToJson(std::optional<Group> groupOfFirstSeat,
                        const std::array<QString, 2> &players);

// What the rules' JSON readers share: a player read by name, and a number per player.
class MatchJsonReader : public JsonReader
{
public:
    explicit MatchJsonReader(const std::array<QString, 2> &players)
        : m_players(players)
    {
    }

    const std::array<QString, 2> &players() const { return m_players; }
    std::optional<Seat> seatNamed(const QJsonValue &value) const;
    bool readGame(const QJsonValue &value, const QString &field, Game &out);
    bool readSeat(const QJsonValue &value, const QString &field, Seat &out);
    bool readOptionalSeat(const QJsonValue &value, const QString &field, std::optional<Seat> &out);
    // {"A": N, "B": N}, both players and only them.
    bool readPerPlayer(const QJsonValue &value, const QString &field, std::array<int, 2> &out);

private:
    std::array<QString, 2> m_players;
};

} // namespace dojo::rules::internal
