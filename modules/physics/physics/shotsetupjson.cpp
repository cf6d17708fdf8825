#include "physics/shotsetupjson.h"

#include "physics/internal/physicstr.h"
#include "physics/tablemodel.h"

#include "core/ball.h"
#include "core/jsonreader.h"
#include "core/units.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <bitset>
#include <cmath>

namespace dojo::physics {
namespace {

using internal::Tr;

// How far inside the rules a ball may sit and still count as touching (frozen) and not
// overlapping: a millionth of a millimetre of rounding in the file.
constexpr double kPlacementTolerance = 1e-6;

// Reading stops at the first problem, which names the field.
class SetupReader : public JsonReader
{
public:
    explicit SetupReader(const PhysicsParameters &parameters)
        : m_parameters(parameters)
    {
    }

    std::optional<ShotSetup> read(const QJsonValue &value);

private:
    // `expected` says what the field holds, as a phrase: "a number in millimetres".
    bool readNumber(const QJsonObject &object, const QString &key, const QString &field,
                    const QString &expected, double &out);
    bool readTable(const QJsonObject &object, ShotSetup &setup);
    bool readBall(const QJsonValue &value, qsizetype index, const TableModel &table,
                  ShotSetup &setup);
    bool readBalls(const QJsonObject &object, ShotSetup &setup);
    bool readOffset(const QJsonObject &cue, const QString &key, double &out);
    bool readCue(const QJsonObject &object, ShotSetup &setup);

    const PhysicsParameters &m_parameters;
};

bool SetupReader::readNumber(const QJsonObject &object, const QString &key, const QString &field,
                             const QString &expected, double &out)
{
    if (!object.contains(key))
        return fail(Tr::tr("%1: missing (%2)").arg(field, expected));
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return fail(Tr::tr("%1: expected %2").arg(field, expected));
    out = value.toDouble();
    return true;
}

bool SetupReader::readTable(const QJsonObject &object, ShotSetup &setup)
{
    const QString key = QStringLiteral("table");
    if (!object.contains(key))
        return fail(
            Tr::tr("%1: missing (\"7ft\", \"8ft\", \"8ft-oversized\" or \"9ft\")").arg(key));
    const QJsonValue value = object.value(key);
    const std::optional<TableSize> size
        = value.isString() ? tableSizeFromKey(value.toString()) : std::nullopt;
    if (!size && !value.isString()) {
        return fail(Tr::tr("%1: expected \"7ft\", \"8ft\", \"8ft-oversized\" or \"9ft\"").arg(key));
    }
    if (!size) {
        return fail(Tr::tr("%1: unknown table \"%2\" (expected \"7ft\", \"8ft\", "
                           "\"8ft-oversized\" or \"9ft\")")
                        .arg(key, value.toString()));
    }
    setup.table = *size;
    return true;
}

bool SetupReader::readBall(const QJsonValue &value, qsizetype index, const TableModel &table,
                           ShotSetup &setup)
{
    const QString field = QStringLiteral("balls[%1]").arg(index);
    if (!value.isObject())
        return fail(Tr::tr("%1: expected {\"id\": N, \"x\": mm, \"y\": mm}").arg(field));
    const QJsonObject ball = value.toObject();
    if (!checkKeys(ball, {QStringLiteral("id"), QStringLiteral("x"), QStringLiteral("y")},
                   field + QLatin1Char('.'))) {
        return false;
    }
    double id = 0;
    const QString idField = field + QStringLiteral(".id");
    if (!readNumber(ball, QStringLiteral("id"), idField,
                    Tr::tr("a ball number 0-15, 0 the cue ball"), id)) {
        return false;
    }
    if (std::abs(id) > kHighestBall || std::trunc(id) != id || !isBallNumber(static_cast<int>(id)))
        return fail(Tr::tr("%1: ball %2 does not exist (0-15)").arg(idField, QString::number(id)));
    const int number = static_cast<int>(id);
    for (const BallPlacement &other : setup.balls) {
        if (other.number == number)
            return fail(Tr::tr("%1: ball %2 is listed twice").arg(idField).arg(number));
    }
    Vec2 at;
    if (!readNumber(ball, QStringLiteral("x"), field + QStringLiteral(".x"),
                    Tr::tr("a number in millimetres"), at.x)
        || !readNumber(ball, QStringLiteral("y"), field + QStringLiteral(".y"),
                       Tr::tr("a number in millimetres"), at.y)) {
        return false;
    }
    const double radius = m_parameters.ballRadius;
    if (!table.isOnBed(at, radius, kPlacementTolerance)) {
        return fail(Tr::tr("%1: ball %2 at (%3, %4) is off the bed: its centre must be a ball "
                           "radius (%5 mm) inside the cushions")
                        .arg(field)
                        .arg(number)
                        .arg(at.x)
                        .arg(at.y)
                        .arg(radius));
    }
    for (const BallPlacement &other : setup.balls) {
        const double apart = distance(other.position, at);
        if (apart < 2 * radius - kPlacementTolerance) {
            return fail(Tr::tr("%1: ball %2 overlaps ball %3 (centres %4 mm apart, less than a "
                               "ball's %5 mm)")
                            .arg(field)
                            .arg(number)
                            .arg(other.number)
                            .arg(apart, 0, 'f', 2)
                            .arg(2 * radius));
        }
    }
    setup.balls.push_back({number, at});
    return true;
}

bool SetupReader::readBalls(const QJsonObject &object, ShotSetup &setup)
{
    const QString key = QStringLiteral("balls");
    if (!object.contains(key))
        return fail(Tr::tr("%1: missing (a list of {\"id\": N, \"x\": mm, \"y\": mm})").arg(key));
    if (!object.value(key).isArray())
        return fail(Tr::tr("%1: expected a list of {\"id\": N, \"x\": mm, \"y\": mm}").arg(key));
    const TableModel table(tableSpec(setup.table), m_parameters);
    const QJsonArray balls = object.value(key).toArray();
    for (qsizetype i = 0; i < balls.size(); ++i) {
        if (!readBall(balls.at(i), i, table, setup))
            return false;
    }
    const bool hasCueBall = std::any_of(setup.balls.begin(), setup.balls.end(),
                                        [](const BallPlacement &b) { return b.number == 0; });
    if (!hasCueBall)
        return fail(Tr::tr("%1: no cue ball (id 0)").arg(key));
    return true;
}

bool SetupReader::readOffset(const QJsonObject &cue, const QString &key, double &out)
{
    const QString field = QStringLiteral("cue.") + key;
    if (!cue.contains(key))
        return true;
    if (!readNumber(cue, key, field, Tr::tr("a fraction of the ball radius"), out))
        return false;
    if (std::abs(out) > kMaxTipOffset) {
        return fail(Tr::tr("%1: %2 is outside -%3 to %3 (a fraction of the ball radius; further "
                           "out the tip miscues)")
                        .arg(field, QString::number(out), QString::number(kMaxTipOffset)));
    }
    return true;
}

bool SetupReader::readCue(const QJsonObject &object, ShotSetup &setup)
{
    const QString key = QStringLiteral("cue");
    const QString shape = QStringLiteral("{\"speed\": m/s, \"angle\": degrees, \"side\": "
                                         "fraction, \"top\": fraction}");
    if (!object.contains(key))
        return fail(Tr::tr("%1: missing (%2)").arg(key, shape));
    if (!object.value(key).isObject())
        return fail(Tr::tr("%1: expected %2").arg(key, shape));
    const QJsonObject cue = object.value(key).toObject();
    if (!checkKeys(cue,
                   {QStringLiteral("speed"), QStringLiteral("angle"), QStringLiteral("side"),
                    QStringLiteral("top")},
                   QStringLiteral("cue."))) {
        return false;
    }
    CueStrike &strike = setup.cue;
    double speed = 0.0; // m/s, as the file gives it
    if (!readNumber(cue, QStringLiteral("speed"), QStringLiteral("cue.speed"),
                    Tr::tr("the cue ball's speed in m/s"), speed)) {
        return false;
    }
    if (speed <= 0)
        return fail(Tr::tr("%1: must be above 0 m/s").arg(QStringLiteral("cue.speed")));
    if (speed > kMaxCueSpeed) {
        return fail(Tr::tr("%1: %2 m/s is faster than any player can strike (at most %3)")
                        .arg(QStringLiteral("cue.speed"), QString::number(speed),
                             QString::number(kMaxCueSpeed)));
    }
    strike.speed = metres(speed);
    if (!readNumber(cue, QStringLiteral("angle"), QStringLiteral("cue.angle"),
                    Tr::tr("degrees, 0 toward the foot, 90 along +y"), strike.angle)) {
        return false;
    }
    return readOffset(cue, QStringLiteral("side"), strike.side)
           && readOffset(cue, QStringLiteral("top"), strike.top);
}

std::optional<ShotSetup> SetupReader::read(const QJsonValue &value)
{
    if (!value.isObject()) {
        fail(Tr::tr("%1: expected a JSON object with \"table\", \"balls\" and \"cue\"")
                 .arg(QStringLiteral("shot")));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ShotSetup setup;
    if (!checkKeys(object,
                   {QStringLiteral("table"), QStringLiteral("balls"), QStringLiteral("cue"),
                    QStringLiteral("break")},
                   QString())
        || !readTable(object, setup) || !readBalls(object, setup) || !readCue(object, setup)) {
        return std::nullopt;
    }
    const QString breakKey = QStringLiteral("break");
    if (object.contains(breakKey) && !readBool(object.value(breakKey), breakKey, setup.isBreak))
        return std::nullopt;
    return setup;
}

} // namespace

Result<ShotSetup> shotSetupFromJson(const QJsonValue &value, const PhysicsParameters &parameters)
{
    SetupReader reader(parameters);
    std::optional<ShotSetup> setup = reader.read(value);
    if (!setup)
        return Unexpected(reader.error());
    return std::move(*setup);
}

} // namespace dojo::physics
