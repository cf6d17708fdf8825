#pragma once

#include "rules/gameoptions.h"
#include "rules/internal/matchjson.h"

namespace dojo::rules::internal {

// Reads the parts of a match's setup, for the stored setup and a scenario's header alike, so
// both accept exactly the same values.
class SetupReader : public MatchJsonReader
{
public:
    using MatchJsonReader::MatchJsonReader;

    bool readBreaker(const QJsonValue &value, const QString &field, Seat &out)
    {
        return readSeat(value, field, out);
    }
    // A whole number of racks (or 14.1 points); 0 plays without a target.
    bool readRaceTo(const QJsonValue &value, const QString &field, int &out);
    bool readBreakRule(const QJsonValue &value, const QString &field, BreakRule &out);
    // Points or racks per player by name; `bothPlayers` requires each of them.
    bool readScore(const QJsonValue &value, const QString &field, bool bothPlayers,
                   std::array<int, 2> &out);
    // Options missing keep their WPA default; one this build does not know is refused.
    bool readOptions(const QJsonValue &value, const QString &field, GameOptions &out);
};

QString breakRuleKey(BreakRule rule);

// Every option of GameOptions by its key, as the stored setup writes them.
QJsonObject optionsToJson(const GameOptions &options);

} // namespace dojo::rules::internal
