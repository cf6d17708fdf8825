#include "core/shotrecordjson.h"

#include "core/ball.h"
#include "core/jsonnumber.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <set>

namespace dojo {
namespace {

const QStringList kShotKeys
    = {QStringLiteral("break"),    QStringLiteral("first_contact"), QStringLiteral("pocketed"),
       QStringLiteral("rails"),    QStringLiteral("off_table"),     QStringLiteral("call"),
       QStringLiteral("push_out"), QStringLiteral("referee_fouls")};

// Reading stops at the first problem; `error` then holds "field: what is wrong".
class ShotReader
{
public:
    std::optional<ShotRecord> read(const QJsonValue &value);
    QString error() const { return m_error; }

private:
    bool fail(const QString &field, const QString &what)
    {
        m_error = field + QStringLiteral(": ") + what;
        return false;
    }
    bool readInteger(const QJsonValue &value, const QString &field, int &out);
    bool readBall(const QJsonValue &value, const QString &field, int lowest, int &out);
    bool readPocket(const QJsonValue &value, const QString &field, PocketId &out);
    bool readBool(const QJsonObject &object, const QString &key, bool &out);
    bool readBallList(const QJsonObject &object, const QString &key, std::vector<int> &out);
    bool readPocketed(const QJsonObject &object, ShotRecord &shot);
    bool readCall(const QJsonObject &object, ShotRecord &shot);
    bool readRefereeFouls(const QJsonObject &object, ShotRecord &shot);

    QString m_error;
};

bool ShotReader::readInteger(const QJsonValue &value, const QString &field, int &out)
{
    if (!value.isDouble())
        return fail(field, QStringLiteral("expected a whole number"));
    const std::optional<int> number = wholeNumber(value);
    if (!number)
        return fail(field, QStringLiteral("expected a whole number, got %1").arg(value.toDouble()));
    out = *number;
    return true;
}

bool ShotReader::readBall(const QJsonValue &value, const QString &field, int lowest, int &out)
{
    if (!readInteger(value, field, out))
        return false;
    if (!isBallNumber(out))
        return fail(field, QStringLiteral("ball %1 does not exist").arg(out));
    if (out < lowest)
        return fail(field, QStringLiteral("expected an object ball 1-15, got the cue ball 0"));
    return true;
}

bool ShotReader::readPocket(const QJsonValue &value, const QString &field, PocketId &out)
{
    if (!value.isString())
        return fail(field, QStringLiteral("expected a pocket name such as \"foot-left\""));
    const std::optional<PocketId> pocket = pocketFromKey(value.toString());
    if (!pocket)
        return fail(field, QStringLiteral("unknown pocket \"%1\"").arg(value.toString()));
    out = *pocket;
    return true;
}

bool ShotReader::readBool(const QJsonObject &object, const QString &key, bool &out)
{
    if (!object.contains(key))
        return true;
    if (!object.value(key).isBool())
        return fail(key, QStringLiteral("expected true or false"));
    out = object.value(key).toBool();
    return true;
}

bool ShotReader::readBallList(const QJsonObject &object, const QString &key, std::vector<int> &out)
{
    if (!object.contains(key))
        return true;
    if (!object.value(key).isArray())
        return fail(key, QStringLiteral("expected a list of ball numbers"));
    const QJsonArray array = object.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("%1[%2]").arg(key).arg(i);
        int number = 0;
        if (!readBall(array.at(i), field, 0, number))
            return false;
        if (std::find(out.begin(), out.end(), number) != out.end())
            return fail(field, QStringLiteral("ball %1 is listed twice").arg(number));
        out.push_back(number);
    }
    return true;
}

bool ShotReader::readPocketed(const QJsonObject &object, ShotRecord &shot)
{
    const QString key = QStringLiteral("pocketed");
    if (!object.contains(key))
        return true;
    if (!object.value(key).isArray())
        return fail(key, QStringLiteral("expected a list of {\"ball\": N, \"pocket\": P}"));
    const QJsonArray array = object.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("pocketed[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(field, QStringLiteral("expected {\"ball\": N, \"pocket\": P}"));
        const QJsonObject entry = array.at(i).toObject();
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            if (it.key() != QStringLiteral("ball") && it.key() != QStringLiteral("pocket"))
                return fail(field + QLatin1Char('.') + it.key(), QStringLiteral("unknown key"));
        }
        if (!entry.contains(QStringLiteral("ball")))
            return fail(field + QStringLiteral(".ball"), QStringLiteral("missing"));
        if (!entry.contains(QStringLiteral("pocket")))
            return fail(field + QStringLiteral(".pocket"), QStringLiteral("missing"));
        PocketedBall pocketed;
        if (!readBall(entry.value(QStringLiteral("ball")), field + QStringLiteral(".ball"), 0,
                      pocketed.ball)
            || !readPocket(entry.value(QStringLiteral("pocket")), field + QStringLiteral(".pocket"),
                           pocketed.pocket)) {
            return false;
        }
        if (shot.isPocketed(pocketed.ball)) {
            return fail(field + QStringLiteral(".ball"),
                        QStringLiteral("ball %1 is pocketed twice").arg(pocketed.ball));
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
    if (value.isString()) {
        if (value.toString() != QStringLiteral("safety"))
            return fail(key, QStringLiteral("expected {\"ball\": N, \"pocket\": P} or \"safety\""));
        shot.call = Call::safetyCall();
        return true;
    }
    if (!value.isObject())
        return fail(key, QStringLiteral("expected {\"ball\": N, \"pocket\": P} or \"safety\""));
    const QJsonObject call = value.toObject();
    for (auto it = call.begin(); it != call.end(); ++it) {
        if (it.key() != QStringLiteral("ball") && it.key() != QStringLiteral("pocket"))
            return fail(key + QLatin1Char('.') + it.key(), QStringLiteral("unknown key"));
    }
    if (!call.contains(QStringLiteral("ball")))
        return fail(QStringLiteral("call.ball"), QStringLiteral("missing"));
    if (!call.contains(QStringLiteral("pocket")))
        return fail(QStringLiteral("call.pocket"), QStringLiteral("missing"));
    Call called;
    if (!readBall(call.value(QStringLiteral("ball")), QStringLiteral("call.ball"), 1, called.ball)
        || !readPocket(call.value(QStringLiteral("pocket")), QStringLiteral("call.pocket"),
                       called.pocket)) {
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
        return fail(key, QStringLiteral("expected a list of foul names"));
    const QJsonArray array = object.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("referee_fouls[%1]").arg(i);
        const std::optional<RefereeFoul> foul = refereeFoulFromKey(array.at(i).toString());
        if (!array.at(i).isString() || !foul)
            return fail(field, QStringLiteral("unknown foul \"%1\"").arg(array.at(i).toString()));
        if (std::find(shot.refereeFouls.begin(), shot.refereeFouls.end(), *foul)
            != shot.refereeFouls.end()) {
            return fail(field,
                        QStringLiteral("foul \"%1\" is listed twice").arg(refereeFoulKey(*foul)));
        }
        shot.refereeFouls.push_back(*foul);
    }
    return true;
}

std::optional<ShotRecord> ShotReader::read(const QJsonValue &value)
{
    if (!value.isObject()) {
        fail(QStringLiteral("shot"), QStringLiteral("expected a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kShotKeys.contains(it.key())) {
            fail(it.key(), QStringLiteral("unknown key"));
            return std::nullopt;
        }
    }
    ShotRecord shot;
    const QString firstContact = QStringLiteral("first_contact");
    if (!object.contains(firstContact)) {
        fail(firstContact, QStringLiteral("missing (use null when the cue ball hit nothing)"));
        return std::nullopt;
    }
    if (!object.value(firstContact).isNull()) {
        int ball = 0;
        if (!readBall(object.value(firstContact), firstContact, 1, ball))
            return std::nullopt;
        shot.firstContact = ball;
    }
    if (!readBool(object, QStringLiteral("break"), shot.isBreak) || !readPocketed(object, shot)
        || !readBallList(object, QStringLiteral("rails"), shot.rails)
        || !readBallList(object, QStringLiteral("off_table"), shot.offTable)
        || !readCall(object, shot) || !readBool(object, QStringLiteral("push_out"), shot.pushOut)
        || !readRefereeFouls(object, shot)) {
        return std::nullopt;
    }
    for (size_t i = 0; i < shot.offTable.size(); ++i) {
        if (shot.isPocketed(shot.offTable[i])) {
            fail(QStringLiteral("off_table[%1]").arg(i),
                 QStringLiteral("ball %1 is also listed as pocketed").arg(shot.offTable[i]));
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

ShotRecordParse shotRecordFromJson(const QJsonValue &value)
{
    ShotReader reader;
    std::optional<ShotRecord> shot = reader.read(value);
    return {std::move(shot), reader.error()};
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
