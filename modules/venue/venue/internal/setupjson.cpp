#include "venue/internal/setupjson.h"

#include "venue/internal/venuetext.h"

#include <core/jsonnumber.h>

#include <algorithm>
#include <cmath>

namespace dojo::venue::internal {

namespace {

using rules::GameOptions;

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

std::optional<rules::Seat> seatOf(const QJsonValue &value, const std::array<QString, 2> &players)
{
    for (rules::Seat seat : {0, 1}) {
        if (value.isString() && value.toString() == players[size_t(seat)])
            return seat;
    }
    return std::nullopt;
}

class SetupReader
{
public:
    explicit SetupReader(const std::array<QString, 2> &players)
        : m_players(players)
    {
    }

    std::optional<rules::MatchSetup> read(const QJsonObject &object);
    QString error() const { return m_error; }

private:
    bool fail(const QString &field, const QString &what)
    {
        m_error = field + QStringLiteral(": ") + what;
        return false;
    }
    bool readOptions(const QJsonValue &value, GameOptions &options);
    bool readScore(const QJsonValue &value, std::array<int, 2> &score);

    const std::array<QString, 2> &m_players;
    QString m_error;
};

bool SetupReader::readOptions(const QJsonValue &value, GameOptions &options)
{
    if (!value.isObject())
        return fail(QStringLiteral("options"), VenueText::tr("expected an object"));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = QStringLiteral("options.") + it.key();
        const auto isKey
            = [&](const auto &option) { return it.key() == QLatin1String(option.key); };
        if (const auto found = std::find_if(kBoolOptions.begin(), kBoolOptions.end(), isKey);
            found != kBoolOptions.end()) {
            if (!it.value().isBool())
                return fail(field, VenueText::tr("expected true or false"));
            options.*(found->field) = it.value().toBool();
        } else if (const auto number = std::find_if(kIntOptions.begin(), kIntOptions.end(), isKey);
                   number != kIntOptions.end()) {
            const std::optional<int> read = wholeNumber(it.value());
            if (!read)
                return fail(field, VenueText::tr("expected a whole number"));
            options.*(number->field) = *read;
        } else {
            return fail(field,
                        VenueText::tr("unknown option; a newer DojoPool started this match"));
        }
    }
    return true;
}

bool SetupReader::readScore(const QJsonValue &value, std::array<int, 2> &score)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() != 2)
        return fail(QStringLiteral("starting_score"),
                    VenueText::tr("expected a number per player"));
    for (rules::Seat seat : {0, 1}) {
        const std::optional<int> read = wholeNumber(object.value(m_players[size_t(seat)]));
        if (!read)
            return fail(QStringLiteral("starting_score.") + m_players[size_t(seat)],
                        VenueText::tr("expected a whole number"));
        score[size_t(seat)] = *read;
    }
    return true;
}

std::optional<rules::MatchSetup> SetupReader::read(const QJsonObject &object)
{
    rules::MatchSetup setup;
    const std::optional<rules::Game> game
        = rules::gameFromKey(object.value(QLatin1String("game")).toString());
    if (!game) {
        fail(QStringLiteral("game"), VenueText::tr("unknown game"));
        return std::nullopt;
    }
    setup.game = *game;
    const std::optional<int> raceTo = wholeNumber(object.value(QLatin1String("race_to")));
    if (!raceTo || *raceTo < 0) {
        fail(QStringLiteral("race_to"), VenueText::tr("expected a whole number of at least 0"));
        return std::nullopt;
    }
    setup.raceTo = *raceTo;
    const QString breakRule = object.value(QLatin1String("break_rule")).toString();
    if (breakRule == u"alternate") {
        setup.breakRule = rules::BreakRule::Alternate;
    } else if (breakRule == u"winner") {
        setup.breakRule = rules::BreakRule::Winner;
    } else {
        fail(QStringLiteral("break_rule"), VenueText::tr("expected alternate or winner"));
        return std::nullopt;
    }
    const std::optional<rules::Seat> breaker
        = seatOf(object.value(QLatin1String("first_breaker")), m_players);
    if (!breaker) {
        fail(QStringLiteral("first_breaker"), VenueText::tr("not one of the players"));
        return std::nullopt;
    }
    setup.firstBreaker = *breaker;
    if (!readScore(object.value(QLatin1String("starting_score")), setup.startingScore)
        || !readOptions(object.value(QLatin1String("options")), setup.options))
        return std::nullopt;
    return setup;
}

} // namespace

QJsonObject setupToJson(const rules::MatchSetup &setup, const std::array<QString, 2> &players)
{
    QJsonObject options;
    for (const BoolOption &option : kBoolOptions)
        options.insert(QLatin1String(option.key), setup.options.*(option.field));
    for (const IntOption &option : kIntOptions)
        options.insert(QLatin1String(option.key), setup.options.*(option.field));
    return QJsonObject{
        {QStringLiteral("game"), rules::gameKey(setup.game)},
        {QStringLiteral("race_to"), setup.raceTo},
        {QStringLiteral("break_rule"), setup.breakRule == rules::BreakRule::Winner
                                           ? QStringLiteral("winner")
                                           : QStringLiteral("alternate")},
        {QStringLiteral("first_breaker"), players[size_t(setup.firstBreaker)]},
        {QStringLiteral("starting_score"),
         QJsonObject{{players[0], setup.startingScore[0]}, {players[1], setup.startingScore[1]}}},
        {QStringLiteral("options"), options},
    };
}

SetupParse setupFromJson(const QJsonObject &object, const std::array<QString, 2> &players)
{
    SetupReader reader(players);
    std::optional<rules::MatchSetup> setup = reader.read(object);
    if (!setup)
        return {std::nullopt, reader.error()};
    return {std::move(setup), {}};
}

} // namespace dojo::venue::internal
