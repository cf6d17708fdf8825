#include "core/shotrecordjson.h"

#include "core/ball.h"
#include "core/internal/coretr.h"
#include "core/jsonreader.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <set>

namespace dojo {
namespace {

using internal::CoreTr;

const QStringList kShotKeys
    = {QStringLiteral("break"),    QStringLiteral("first_contact"), QStringLiteral("pocketed"),
       QStringLiteral("rails"),    QStringLiteral("off_table"),     QStringLiteral("call"),
       QStringLiteral("push_out"), QStringLiteral("referee_fouls")};

class ShotReader : public JsonReader
{
public:
    explicit ShotReader(const QString &prefix)
        : m_prefix(prefix)
    {
    }
    std::optional<ShotRecord> read(const QJsonValue &value);

private:
    QString field(const QString &name) const { return m_prefix + name; }
    bool readBall(const QJsonValue &value, const QString &field, int lowest, int &out);
    bool readPocket(const QJsonValue &value, const QString &field, PocketId &out);
    bool readFlag(const QJsonObject &object, const QString &key, bool &out);
    bool readBallList(const QJsonObject &object, const QString &key, std::vector<int> &out);
    bool readPocketed(const QJsonObject &object, ShotRecord &shot);
    bool readCall(const QJsonObject &object, ShotRecord &shot);
    bool readRefereeFouls(const QJsonObject &object, ShotRecord &shot);

    QString m_prefix;
};

bool ShotReader::readBall(const QJsonValue &value, const QString &field, int lowest, int &out)
{
    if (!readWholeNumber(value, field, out))
        return false;
    if (!isBallNumber(out))
        return fail(CoreTr::tr("%1: ball %2 does not exist").arg(field).arg(out));
    if (out < lowest)
        return fail(CoreTr::tr("%1: expected an object ball 1-15, got the cue ball 0").arg(field));
    return true;
}

bool ShotReader::readPocket(const QJsonValue &value, const QString &field, PocketId &out)
{
    if (!value.isString())
        return fail(CoreTr::tr("%1: expected a pocket name such as \"foot-left\"").arg(field));
    const std::optional<PocketId> pocket = pocketFromKey(value.toString());
    if (!pocket)
        return fail(CoreTr::tr("%1: unknown pocket \"%2\"").arg(field, value.toString()));
    out = *pocket;
    return true;
}

bool ShotReader::readFlag(const QJsonObject &object, const QString &key, bool &out)
{
    return !object.contains(key) || readBool(object.value(key), field(key), out);
}

bool ShotReader::readBallList(const QJsonObject &object, const QString &key, std::vector<int> &out)
{
    if (!object.contains(key))
        return true;
    if (!object.value(key).isArray())
        return fail(CoreTr::tr("%1: expected a list of ball numbers").arg(field(key)));
    const QJsonArray array = object.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entry = field(key) + QStringLiteral("[%1]").arg(i);
        int number = 0;
        if (!readBall(array.at(i), entry, 0, number))
            return false;
        if (std::find(out.begin(), out.end(), number) != out.end())
            return fail(CoreTr::tr("%1: ball %2 is listed twice").arg(entry).arg(number));
        out.push_back(number);
    }
    return true;
}

bool ShotReader::readPocketed(const QJsonObject &object, ShotRecord &shot)
{
    const QString key = QStringLiteral("pocketed");
    if (!object.contains(key))
        return true;
    if (!object.value(key).isArray()) {
        return fail(
            CoreTr::tr("%1: expected a list of {\"ball\": N, \"pocket\": P}").arg(field(key)));
    }
    const QJsonArray array = object.value(key).toArray();
    const QStringList entryKeys = {QStringLiteral("ball"), QStringLiteral("pocket")};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entry = field(QStringLiteral("pocketed[%1]").arg(i));
        if (!array.at(i).isObject())
            return fail(CoreTr::tr("%1: expected {\"ball\": N, \"pocket\": P}").arg(entry));
        const QJsonObject ball = array.at(i).toObject();
        const QString prefix = entry + QLatin1Char('.');
        PocketedBall pocketed;
        if (!checkKeys(ball, entryKeys, prefix) || !require(ball, entryKeys[0], prefix)
            || !require(ball, entryKeys[1], prefix)
            || !readBall(ball.value(entryKeys[0]), prefix + entryKeys[0], 0, pocketed.ball)
            || !readPocket(ball.value(entryKeys[1]), prefix + entryKeys[1], pocketed.pocket)) {
            return false;
        }
        if (shot.isPocketed(pocketed.ball)) {
            return fail(CoreTr::tr("%1: ball %2 is pocketed twice")
                            .arg(prefix + entryKeys[0])
                            .arg(pocketed.ball));
        }
        shot.pocketed.push_back(pocketed);
    }
    return true;
}

bool ShotReader::readCall(const QJsonObject &object, ShotRecord &shot)
{
    const QString key = QStringLiteral("call");
    if (!object.contains(key) || object.value(key).isNull())
        return true;
    const QJsonValue value = object.value(key);
    const QString expected
        = CoreTr::tr("%1: expected {\"ball\": N, \"pocket\": P} or \"safety\"").arg(field(key));
    if (value.isString()) {
        if (value.toString() != QStringLiteral("safety"))
            return fail(expected);
        shot.call = Call::safetyCall();
        return true;
    }
    if (!value.isObject())
        return fail(expected);
    const QJsonObject call = value.toObject();
    const QString prefix = field(key) + QLatin1Char('.');
    const QStringList callKeys = {QStringLiteral("ball"), QStringLiteral("pocket")};
    Call called;
    if (!checkKeys(call, callKeys, prefix) || !require(call, callKeys[0], prefix)
        || !require(call, callKeys[1], prefix)
        || !readBall(call.value(callKeys[0]), prefix + callKeys[0], 1, called.ball)
        || !readPocket(call.value(callKeys[1]), prefix + callKeys[1], called.pocket)) {
        return false;
    }
    shot.call = called;
    return true;
}

bool ShotReader::readRefereeFouls(const QJsonObject &object, ShotRecord &shot)
{
    const QString key = QStringLiteral("referee_fouls");
    if (!object.contains(key))
        return true;
    if (!object.value(key).isArray())
        return fail(CoreTr::tr("%1: expected a list of foul names").arg(field(key)));
    const QJsonArray array = object.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entry = field(QStringLiteral("referee_fouls[%1]").arg(i));
        const std::optional<RefereeFoul> foul = refereeFoulFromKey(array.at(i).toString());
        if (!array.at(i).isString() || !foul)
            return fail(CoreTr::tr("%1: unknown foul \"%2\"").arg(entry, array.at(i).toString()));
        if (std::find(shot.refereeFouls.begin(), shot.refereeFouls.end(), *foul)
            != shot.refereeFouls.end()) {
            return fail(
                CoreTr::tr("%1: foul \"%2\" is listed twice").arg(entry, refereeFoulKey(*foul)));
        }
        shot.refereeFouls.push_back(*foul);
    }
    return true;
}

std::optional<ShotRecord> ShotReader::read(const QJsonValue &value)
{
    if (!value.isObject()) {
        const QString shot = m_prefix.isEmpty() ? QStringLiteral("shot") : m_prefix.chopped(1);
        fail(CoreTr::tr("%1: expected a JSON object").arg(shot));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QString firstContact = QStringLiteral("first_contact");
    if (!checkKeys(object, kShotKeys, m_prefix))
        return std::nullopt;
    if (!object.contains(firstContact)) {
        fail(CoreTr::tr("%1: missing (use null when the cue ball hit nothing)")
                 .arg(field(firstContact)));
        return std::nullopt;
    }
    ShotRecord shot;
    if (!object.value(firstContact).isNull()) {
        int ball = 0;
        if (!readBall(object.value(firstContact), field(firstContact), 1, ball))
            return std::nullopt;
        shot.firstContact = ball;
    }
    if (!readFlag(object, QStringLiteral("break"), shot.isBreak) || !readPocketed(object, shot)
        || !readBallList(object, QStringLiteral("rails"), shot.rails)
        || !readBallList(object, QStringLiteral("off_table"), shot.offTable)
        || !readCall(object, shot) || !readFlag(object, QStringLiteral("push_out"), shot.pushOut)
        || !readRefereeFouls(object, shot)) {
        return std::nullopt;
    }
    for (size_t i = 0; i < shot.offTable.size(); ++i) {
        if (shot.isPocketed(shot.offTable[i])) {
            fail(CoreTr::tr("%1: ball %2 is also listed as pocketed")
                     .arg(field(QStringLiteral("off_table[%1]").arg(i)))
                     .arg(shot.offTable[i]));
            return std::nullopt;
        }
    }
    return shot;
}

QJsonArray ballArray(const std::vector<int> &balls)
{
    QJsonArray array;
    for (int ball : balls)
        array.append(ball);
    return array;
}

} // namespace

Result<ShotRecord> shotRecordFromJson(const QJsonValue &value, const QString &prefix)
{
    ShotReader reader(prefix);
    std::optional<ShotRecord> shot = reader.read(value);
    if (!shot)
        return Unexpected(reader.error());
    return std::move(*shot);
}

QJsonObject shotRecordToJson(const ShotRecord &shot)
{
    QJsonObject object;
    if (shot.isBreak)
        object.insert(QStringLiteral("break"), true);
    object.insert(QStringLiteral("first_contact"), shot.firstContact
                                                       ? QJsonValue(*shot.firstContact)
                                                       : QJsonValue(QJsonValue::Null));
    if (!shot.pocketed.empty()) {
        QJsonArray pocketed;
        for (const PocketedBall &ball : shot.pocketed) {
            pocketed.append(QJsonObject{{QStringLiteral("ball"), ball.ball},
                                        {QStringLiteral("pocket"), pocketKey(ball.pocket)}});
        }
        object.insert(QStringLiteral("pocketed"), pocketed);
    }
    if (!shot.rails.empty())
        object.insert(QStringLiteral("rails"), ballArray(shot.rails));
    if (!shot.offTable.empty())
        object.insert(QStringLiteral("off_table"), ballArray(shot.offTable));
    if (shot.call) {
        if (shot.call->safety) {
            object.insert(QStringLiteral("call"), QStringLiteral("safety"));
        } else {
            object.insert(QStringLiteral("call"),
                          QJsonObject{{QStringLiteral("ball"), shot.call->ball},
                                      {QStringLiteral("pocket"), pocketKey(shot.call->pocket)}});
        }
    }
    if (shot.pushOut)
        object.insert(QStringLiteral("push_out"), true);
    if (!shot.refereeFouls.empty()) {
        QJsonArray fouls;
        for (RefereeFoul foul : shot.refereeFouls)
            fouls.append(refereeFoulKey(foul));
        object.insert(QStringLiteral("referee_fouls"), fouls);
    }
    return object;
}

} // namespace dojo
