#include "rules/correctionjson.h"

#include "rules/internal/matchjson.h"
#include "rules/internal/rulestr.h"

#include <QJsonArray>

#include <algorithm>

namespace dojo::rules {
namespace {

using namespace internal;

const QStringList kCorrectionKeys = {
    QStringLiteral("game"),    QStringLiteral("on_table"),       QStringLiteral("turn"),
    QStringLiteral("breaker"), QStringLiteral("break_due"),      QStringLiteral("ball_in_hand"),
    QStringLiteral("pending"), QStringLiteral("options"),        QStringLiteral("push_out_allowed"),
    QStringLiteral("groups"),  QStringLiteral("fouls_in_a_row"), QStringLiteral("rack_over"),
    QStringLiteral("winner"),  QStringLiteral("next_breaker"),   QStringLiteral("score")};

constexpr std::array<Pending, 7> kAllPendings = {
    Pending::None,         Pending::PushOut,          Pending::MissedCall,   Pending::IllegalBreak,
    Pending::EightOnBreak, Pending::ObjectOffOnBreak, Pending::OpeningBreach};

QString pendingKey(Pending pending)
{
    switch (pending) {
    case Pending::None: return QStringLiteral("none");
    case Pending::PushOut: return QStringLiteral("push-out");
    case Pending::MissedCall: return QStringLiteral("missed-call");
    case Pending::IllegalBreak: return QStringLiteral("illegal-break");
    case Pending::EightOnBreak: return QStringLiteral("eight-on-break");
    case Pending::ObjectOffOnBreak: return QStringLiteral("object-off-on-break");
    case Pending::OpeningBreach: return QStringLiteral("opening-breach");
    }
    return {};
}

// Reading stops at the first problem, which names the field.
class CorrectionReader : public MatchJsonReader
{
public:
    using MatchJsonReader::MatchJsonReader;

    std::optional<Correction> read(const QJsonValue &value);

private:
    bool has(const QString &key) { return require(m_object, key); }
    bool readFlag(const QString &key, bool &out)
    {
        return has(key) && readBool(m_object.value(key), key, out);
    }
    bool readPlayer(const QString &key, Seat &out)
    {
        return has(key) && readSeat(m_object.value(key), key, out);
    }
    bool readOptionalPlayer(const QString &key, std::optional<Seat> &out)
    {
        return has(key) && readOptionalSeat(m_object.value(key), key, out);
    }
    bool readNumbers(const QString &key, std::array<int, 2> &out)
    {
        return has(key) && readPerPlayer(m_object.value(key), key, out);
    }
    bool readGame(RackState &rack);
    bool readOnTable(RackState &rack);
    bool readBallInHand(RackState &rack);
    bool readPending(RackState &rack);
    bool readGroups(RackState &rack);
    bool readRackEnd(RackState &rack);
    bool checkCounts(const Correction &correction);

    QJsonObject m_object;
};

bool CorrectionReader::readGame(RackState &rack)
{
    const QString key = QStringLiteral("game");
    return has(key) && MatchJsonReader::readGame(m_object.value(key), key, rack.game);
}

bool CorrectionReader::readOnTable(RackState &rack)
{
    const QString key = QStringLiteral("on_table");
    if (!has(key))
        return false;
    if (!m_object.value(key).isArray())
        return fail(Tr::tr("%1: expected a list of ball numbers").arg(key));
    const QJsonArray balls = m_object.value(key).toArray();
    const BallSet rackBalls = fullRack(rack.game);
    rack.onTable = {};
    for (qsizetype i = 0; i < balls.size(); ++i) {
        const QString field = key + QStringLiteral("[%1]").arg(i);
        int ball = 0;
        if (!readWholeNumber(balls.at(i), field, ball))
            return false;
        if (ball < 0 || ball > 15 || !rackBalls.contains(ball)) {
            return fail(Tr::tr("%1: ball %2 is not in a %3 rack")
                            .arg(field, QString::number(ball), gameKey(rack.game)));
        }
        if (rack.onTable.contains(ball))
            return fail(Tr::tr("%1: ball %2 is listed twice").arg(field).arg(ball));
        rack.onTable.insert(ball);
    }
    return true;
}

bool CorrectionReader::readBallInHand(RackState &rack)
{
    const QString key = QStringLiteral("ball_in_hand");
    if (!has(key))
        return false;
    const QString text = m_object.value(key).toString();
    for (BallInHand ballInHand :
         {BallInHand::None, BallInHand::Anywhere, BallInHand::BehindHeadString}) {
        if (ballInHandKey(ballInHand) == text) {
            rack.ballInHand = ballInHand;
            return true;
        }
    }
    return fail(Tr::tr("%1: expected none, anywhere or behind-head-string").arg(key));
}

bool CorrectionReader::readPending(RackState &rack)
{
    const QString key = QStringLiteral("pending");
    if (!has(key))
        return false;
    const QString text = m_object.value(key).toString();
    const auto pending = std::find_if(kAllPendings.begin(), kAllPendings.end(),
                                      [&](Pending p) { return pendingKey(p) == text; });
    if (pending == kAllPendings.end())
        return fail(Tr::tr("%1: unknown \"%2\"").arg(key, text));
    rack.pending = *pending;

    const QString optionsKey = QStringLiteral("options");
    if (!has(optionsKey))
        return false;
    if (!m_object.value(optionsKey).isArray())
        return fail(Tr::tr("%1: expected a list of choices").arg(optionsKey));
    const QJsonArray options = m_object.value(optionsKey).toArray();
    rack.options = {};
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString field = optionsKey + QStringLiteral("[%1]").arg(i);
        const std::optional<Choice> choice = choiceFromKey(options.at(i).toString());
        if (!choice)
            return fail(Tr::tr("%1: unknown choice \"%2\"").arg(field, options.at(i).toString()));
        rack.options.insert(*choice);
    }
    if (rack.pending == Pending::None && !rack.options.empty())
        return fail(Tr::tr("%1: no choice is pending").arg(optionsKey));
    if (rack.pending != Pending::None && rack.options.empty())
        return fail(Tr::tr("%1: the pending %2 offers choices").arg(optionsKey, text));
    return true;
}

bool CorrectionReader::readGroups(RackState &rack)
{
    const QString key = QStringLiteral("groups");
    if (!has(key))
        return false;
    const QJsonValue value = m_object.value(key);
    rack.groupOfFirstSeat.reset();
    if (value.isNull())
        return true;
    if (rack.game != Game::EightBall)
        return fail(Tr::tr("%1: only eight-ball has groups").arg(key));
    const QJsonObject groups = value.toObject();
    std::array<std::optional<Group>, 2> read;
    for (Seat seat : {0, 1}) {
        const QString &name = players()[size_t(seat)];
        const QString text = groups.value(name).toString();
        for (Group group : {Group::Solids, Group::Stripes}) {
            if (groupKey(group) == text)
                read[size_t(seat)] = group;
        }
        if (!read[size_t(seat)])
            return fail(Tr::tr("%1: expected solids or stripes").arg(key + u'.' + name));
    }
    if (!value.isObject() || groups.size() != 2 || read[0] == read[1])
        return fail(Tr::tr("%1: expected one player on solids and one on stripes").arg(key));
    rack.groupOfFirstSeat = read[0];
    return true;
}

bool CorrectionReader::readRackEnd(RackState &rack)
{
    if (!readFlag(QStringLiteral("rack_over"), rack.over)
        || !readOptionalPlayer(QStringLiteral("winner"), rack.winner)
        || !readOptionalPlayer(QStringLiteral("next_breaker"), rack.nextBreaker))
        return false;
    if (!rack.over && rack.winner)
        return fail(Tr::tr("%1: a rack that is not over has none").arg(QStringLiteral("winner")));
    if (!rack.over && rack.nextBreaker)
        return fail(Tr::tr("%1: only an abandoned rack names the next breaker")
                        .arg(QStringLiteral("next_breaker")));
    if (rack.winner && rack.nextBreaker)
        return fail(Tr::tr("%1: a rack that was won names no next breaker")
                        .arg(QStringLiteral("next_breaker")));
    return true;
}

bool CorrectionReader::checkCounts(const Correction &correction)
{
    for (Seat seat : {0, 1}) {
        const QString &name = players()[size_t(seat)];
        // 14.1 points may go below zero through fouls; racks won may not.
        if (correction.rack.game != Game::StraightPool && correction.score[size_t(seat)] < 0)
            return fail(
                Tr::tr("%1: racks won cannot be negative").arg(QStringLiteral("score.") + name));
        if (correction.rack.foulsInARow[size_t(seat)] < 0)
            return fail(
                Tr::tr("%1: cannot be negative").arg(QStringLiteral("fouls_in_a_row.") + name));
    }
    return true;
}

std::optional<Correction> CorrectionReader::read(const QJsonValue &value)
{
    if (!value.isObject()) {
        fail(Tr::tr("a correction is a JSON object"));
        return std::nullopt;
    }
    m_object = value.toObject();
    if (!checkKeys(m_object, kCorrectionKeys))
        return std::nullopt;
    Correction correction;
    RackState &rack = correction.rack;
    const bool ok
        = readGame(rack) && readOnTable(rack) && readPlayer(QStringLiteral("turn"), rack.turn)
          && readPlayer(QStringLiteral("breaker"), rack.breaker)
          && readFlag(QStringLiteral("break_due"), rack.breakDue) && readBallInHand(rack)
          && readPending(rack) && readFlag(QStringLiteral("push_out_allowed"), rack.pushOutAllowed)
          && readGroups(rack) && readNumbers(QStringLiteral("fouls_in_a_row"), rack.foulsInARow)
          && readRackEnd(rack) && readNumbers(QStringLiteral("score"), correction.score)
          && checkCounts(correction);
    if (!ok)
        return std::nullopt;
    return correction;
}

} // namespace

QJsonObject correctionToJson(const Correction &correction, const std::array<QString, 2> &players)
{
    const RackState &rack = correction.rack;
    return QJsonObject{
        {QStringLiteral("game"), gameKey(rack.game)},
        {QStringLiteral("on_table"), ballsToJson(rack.onTable)},
        {QStringLiteral("turn"), players[size_t(rack.turn)]},
        {QStringLiteral("breaker"), players[size_t(rack.breaker)]},
        {QStringLiteral("break_due"), rack.breakDue},
        {QStringLiteral("ball_in_hand"), ballInHandKey(rack.ballInHand)},
        {QStringLiteral("pending"), pendingKey(rack.pending)},
        {QStringLiteral("options"), choicesToJson(rack.options)},
        {QStringLiteral("push_out_allowed"), rack.pushOutAllowed},
        {QStringLiteral("groups"), groupsToJson(rack.groupOfFirstSeat, players)},
        {QStringLiteral("fouls_in_a_row"), perPlayer(rack.foulsInARow, players)},
        {QStringLiteral("rack_over"), rack.over},
        {QStringLiteral("winner"), nameOrNull(rack.winner, players)},
        {QStringLiteral("next_breaker"), nameOrNull(rack.nextBreaker, players)},
        {QStringLiteral("score"), perPlayer(correction.score, players)},
    };
}

Result<Correction> correctionFromJson(const QJsonValue &value,
                                      const std::array<QString, 2> &players)
{
    CorrectionReader reader(players);
    std::optional<Correction> correction = reader.read(value);
    if (!correction)
        return Unexpected(reader.error());
    return *correction;
}

} // namespace dojo::rules
