#include "rules/internal/setupreader.h"

#include "rules/internal/rulestr.h"

#include <core/jsonnumber.h>

#include <algorithm>

namespace dojo::rules::internal {
namespace {

// One option of GameOptions: its key and how to reach its field.
struct BoolOption
{
    const char *key;
    bool GameOptions::*field;
};

struct IntOption
{
    const char *key;
    int GameOptions::*field;
};

constexpr std::array<BoolOption, 4> kBoolOptions = {{
    {"eight_ball_break_scratch_behind_head_string",
     &GameOptions::eightBallBreakScratchBehindHeadString},
    {"eight_ball_obvious_shots_counted", &GameOptions::eightBallObviousShotsCounted},
    {"three_foul_rule", &GameOptions::threeFoulRule},
    {"ten_ball_on_break_wins", &GameOptions::tenBallOnBreakWins},
}};

constexpr std::array<IntOption, 2> kIntOptions = {{
    {"straight_pool_breach_penalty", &GameOptions::straightPoolBreachPenalty},
    {"straight_pool_third_foul_penalty", &GameOptions::straightPoolThirdFoulPenalty},
}};

} // namespace

QString breakRuleKey(BreakRule rule)
{
    return rule == BreakRule::Winner ? QStringLiteral("winner") : QStringLiteral("alternate");
}

QJsonObject optionsToJson(const GameOptions &options)
{
    QJsonObject object;
    for (const BoolOption &option : kBoolOptions)
        object.insert(QLatin1String(option.key), options.*(option.field));
    for (const IntOption &option : kIntOptions)
        object.insert(QLatin1String(option.key), options.*(option.field));
    return object;
}

bool SetupReader::readRaceTo(const QJsonValue &value, const QString &field, int &out)
{
    const std::optional<int> race = wholeNumber(value);
    if (!race || *race < 0)
        return fail(Tr::tr("%1: expected a whole number of at least 0").arg(field));
    out = *race;
    return true;
}

bool SetupReader::readBreakRule(const QJsonValue &value, const QString &field, BreakRule &out)
{
    for (BreakRule rule : {BreakRule::Alternate, BreakRule::Winner}) {
        if (value.isString() && value.toString() == breakRuleKey(rule)) {
            out = rule;
            return true;
        }
    }
    return fail(Tr::tr("%1: expected \"alternate\" or \"winner\"").arg(field));
}

bool SetupReader::readScore(const QJsonValue &value, const QString &field, bool bothPlayers,
                            std::array<int, 2> &out)
{
    if (!value.isObject())
        return fail(Tr::tr("%1: expected a whole number per player").arg(field));
    const QJsonObject score = value.toObject();
    const QString prefix = field + u'.';
    for (auto it = score.begin(); it != score.end(); ++it) {
        const std::optional<Seat> seat = seatNamed(QJsonValue(it.key()));
        if (!seat)
            return fail(Tr::tr("%1: not one of the players").arg(prefix + it.key()));
        if (!readWholeNumber(it.value(), prefix + it.key(), out[size_t(*seat)]))
            return false;
    }
    if (bothPlayers) {
        for (const QString &name : players()) {
            if (!require(score, name, prefix))
                return false;
        }
    }
    return true;
}

bool SetupReader::readOptions(const QJsonValue &value, const QString &field, GameOptions &out)
{
    if (!value.isObject())
        return fail(Tr::tr("%1: expected an object").arg(field));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString option = field + u'.' + it.key();
        const auto isKey = [&](const auto &known) { return it.key() == QLatin1String(known.key); };
        if (const auto flag = std::find_if(kBoolOptions.begin(), kBoolOptions.end(), isKey);
            flag != kBoolOptions.end()) {
            if (!readBool(it.value(), option, out.*(flag->field)))
                return false;
        } else if (const auto number = std::find_if(kIntOptions.begin(), kIntOptions.end(), isKey);
                   number != kIntOptions.end()) {
            if (!readWholeNumber(it.value(), option, out.*(number->field)))
                return false;
        } else {
            return fail(
                Tr::tr("%1: unknown option; a newer DojoPool started this match").arg(option));
        }
    }
    return true;
}

} // namespace dojo::rules::internal
