#include "physics/shotsetupjson.h"

#include "physics/tablemodel.h"

#include "core/ball.h"
#include "core/units.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <bitset>
#include <cmath>

namespace dojo::physics {
namespace {

// How far inside the rules a ball may sit and still count as touching (frozen) and not
// overlapping: a millionth of a millimetre of rounding in the file.
constexpr double kPlacementTolerance = 1e-6;

// Reading stops at the first problem; `error` then holds "field: what is wrong".
class SetupReader
{
public:
    explicit SetupReader(const PhysicsParameters &parameters)
        : m_parameters(parameters)
    {
    }

    std::optional<ShotSetup> read(const QJsonValue &value);
    QString error() const { return m_error; }

private:
    bool fail(const QString &field, const QString &what)
    {
        m_error = field + QStringLiteral(": ") + what;
        return false;
    }
    bool checkKeys(const QJsonObject &object, const QStringList &known, const QString &prefix);
    bool readNumber(const QJsonObject &object, const QString &key, const QString &field,
                    const QString &expected, double &out);
    bool readTable(const QJsonObject &object, ShotSetup &setup);
    bool readBall(const QJsonValue &value, qsizetype index, const TableModel &table,
                  ShotSetup &setup);
    bool readBalls(const QJsonObject &object, ShotSetup &setup);
    bool readOffset(const QJsonObject &cue, const QString &key, double &out);
    bool readCue(const QJsonObject &object, ShotSetup &setup);

    const PhysicsParameters &m_parameters;
    QString m_error;
};

bool SetupReader::checkKeys(const QJsonObject &object, const QStringList &known,
                            const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(prefix + it.key(), QStringLiteral("unknown key"));
    }
    return true;
}

bool SetupReader::readNumber(const QJsonObject &object, const QString &key, const QString &field,
                             const QString &expected, double &out)
{
    if (!object.contains(key))
        return fail(field, QStringLiteral("missing (%1)").arg(expected));
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return fail(field, QStringLiteral("expected %1").arg(expected));
    out = value.toDouble();
    return true;
}

bool SetupReader::readTable(const QJsonObject &object, ShotSetup &setup)
{
    const QString key = QStringLiteral("table");
    const QString sizes = QStringLiteral("\"7ft\", \"8ft\", \"8ft-oversized\" or \"9ft\"");
    if (!object.contains(key))
        return fail(key, QStringLiteral("missing (%1)").arg(sizes));
    const QJsonValue value = object.value(key);
    const std::optional<TableSize> size
        = value.isString() ? tableSizeFromKey(value.toString()) : std::nullopt;
    if (!size) {
        const QString shown = value.isString() ? QStringLiteral("\"%1\"").arg(value.toString())
                                               : QStringLiteral("that");
        return fail(key, QStringLiteral("unknown table %1 (expected %2)").arg(shown, sizes));
    }
    setup.table = *size;
    return true;
}

bool SetupReader::readBall(const QJsonValue &value, qsizetype index, const TableModel &table,
                           ShotSetup &setup)
{
    const QString field = QStringLiteral("balls[%1]").arg(index);
    if (!value.isObject())
        return fail(field, QStringLiteral("expected {\"id\": N, \"x\": mm, \"y\": mm}"));
    const QJsonObject ball = value.toObject();
    if (!checkKeys(ball, {QStringLiteral("id"), QStringLiteral("x"), QStringLiteral("y")},
                   field + QLatin1Char('.'))) {
        return false;
    }
    double id = 0;
    const QString idField = field + QStringLiteral(".id");
    if (!readNumber(ball, QStringLiteral("id"), idField,
                    QStringLiteral("a ball number 0-15, 0 the cue ball"), id)) {
        return false;
    }
    if (std::abs(id) > kHighestBall || std::trunc(id) != id || !isBallNumber(static_cast<int>(id)))
        return fail(idField, QStringLiteral("ball %1 does not exist (0-15)").arg(id));
    const int number = static_cast<int>(id);
    for (const BallPlacement &other : setup.balls) {
        if (other.number == number)
            return fail(idField, QStringLiteral("ball %1 is listed twice").arg(number));
    }
    Vec2 at;
    if (!readNumber(ball, QStringLiteral("x"), field + QStringLiteral(".x"),
                    QStringLiteral("a number in millimetres"), at.x)
        || !readNumber(ball, QStringLiteral("y"), field + QStringLiteral(".y"),
                       QStringLiteral("a number in millimetres"), at.y)) {
        return false;
    }
    const double radius = m_parameters.ballRadius;
    if (!table.isOnBed(at, radius, kPlacementTolerance)) {
        return fail(field, QStringLiteral("ball %1 at (%2, %3) is off the bed: its centre must "
                                          "be a ball radius (%4 mm) inside the cushions")
                               .arg(number)
                               .arg(at.x)
                               .arg(at.y)
                               .arg(radius));
    }
    for (const BallPlacement &other : setup.balls) {
        const double apart = distance(other.position, at);
        if (apart < 2 * radius - kPlacementTolerance) {
            return fail(field, QStringLiteral("ball %1 overlaps ball %2 (centres %3 mm apart, "
                                              "less than a ball's %4 mm)")
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
    const QString shape = QStringLiteral("a list of {\"id\": N, \"x\": mm, \"y\": mm}");
    if (!object.contains(key))
        return fail(key, QStringLiteral("missing (%1)").arg(shape));
    if (!object.value(key).isArray())
        return fail(key, QStringLiteral("expected %1").arg(shape));
    const TableModel table(tableSpec(setup.table), m_parameters);
    const QJsonArray balls = object.value(key).toArray();
    for (qsizetype i = 0; i < balls.size(); ++i) {
        if (!readBall(balls.at(i), i, table, setup))
            return false;
    }
    const bool hasCueBall = std::any_of(setup.balls.begin(), setup.balls.end(),
                                        [](const BallPlacement &b) { return b.number == 0; });
    if (!hasCueBall)
        return fail(key, QStringLiteral("no cue ball (id 0)"));
    return true;
}

bool SetupReader::readOffset(const QJsonObject &cue, const QString &key, double &out)
{
    const QString field = QStringLiteral("cue.") + key;
    if (!cue.contains(key))
        return true;
    if (!readNumber(cue, key, field, QStringLiteral("a fraction of the ball radius"), out))
        return false;
    if (std::abs(out) > kMaxTipOffset) {
        return fail(field, QStringLiteral("%1 is outside -%2 to %2 (a fraction of the ball "
                                          "radius; further out the tip miscues)")
                               .arg(out)
                               .arg(kMaxTipOffset));
    }
    return true;
}

bool SetupReader::readCue(const QJsonObject &object, ShotSetup &setup)
{
    const QString key = QStringLiteral("cue");
    const QString shape = QStringLiteral("{\"speed\": m/s, \"angle\": degrees, \"side\": "
                                         "fraction, \"top\": fraction}");
    if (!object.contains(key))
        return fail(key, QStringLiteral("missing (%1)").arg(shape));
    if (!object.value(key).isObject())
        return fail(key, QStringLiteral("expected %1").arg(shape));
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
                    QStringLiteral("the cue ball's speed in m/s"), speed)) {
        return false;
    }
    if (speed <= 0)
        return fail(QStringLiteral("cue.speed"), QStringLiteral("must be above 0 m/s"));
    if (speed > kMaxCueSpeed) {
        return fail(QStringLiteral("cue.speed"),
                    QStringLiteral("%1 m/s is faster than any player can strike (at most %2)")
                        .arg(speed)
                        .arg(kMaxCueSpeed));
    }
    strike.speed = metres(speed);
    if (!readNumber(cue, QStringLiteral("angle"), QStringLiteral("cue.angle"),
                    QStringLiteral("degrees, 0 toward the foot, 90 along +y"), strike.angle)) {
        return false;
    }
    return readOffset(cue, QStringLiteral("side"), strike.side)
           && readOffset(cue, QStringLiteral("top"), strike.top);
}

std::optional<ShotSetup> SetupReader::read(const QJsonValue &value)
{
    if (!value.isObject()) {
        fail(QStringLiteral("shot"),
             QStringLiteral("expected a JSON object with \"table\", \"balls\" and \"cue\""));
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
    if (object.contains(breakKey)) {
        if (!object.value(breakKey).isBool()) {
            fail(breakKey, QStringLiteral("expected true or false"));
            return std::nullopt;
        }
        setup.isBreak = object.value(breakKey).toBool();
    }
    return setup;
}

} // namespace

ShotSetupParse shotSetupFromJson(const QJsonValue &value, const PhysicsParameters &parameters)
{
    SetupReader reader(parameters);
    std::optional<ShotSetup> setup = reader.read(value);
    return {std::move(setup), reader.error()};
}

} // namespace dojo::physics
