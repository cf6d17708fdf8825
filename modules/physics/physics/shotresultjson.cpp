#include "physics/shotresultjson.h"

#include "core/shotrecordjson.h"

#include <QJsonArray>

#include <cmath>

namespace dojo::physics {
namespace {

// Dividing by the scale (not multiplying by its inverse) gives the double nearest the
// rounded decimal, which prints as that short decimal.
double rounded(double value, double scale)
{
    return std::round(value * scale) / scale;
}

double millimetres(double value)
{
    return rounded(value, 1e3);
}

double seconds(double value)
{
    return rounded(value, 1e6);
}

QJsonObject eventToJson(const ShotEvent &event, const TableModel &table)
{
    QJsonArray balls{event.ball};
    if (event.otherBall >= 0)
        balls.append(event.otherBall);
    QJsonObject object{{QStringLiteral("time"), seconds(event.time)},
                       {QStringLiteral("type"), eventKindKey(event.kind)},
                       {QStringLiteral("balls"), balls}};
    if (event.kind == ShotEvent::Kind::BallCushion)
        object.insert(QStringLiteral("cushion"),
                      cushionKey(table.cushions()[static_cast<size_t>(event.cushion)]));
    if (event.kind == ShotEvent::Kind::BallJaw || event.kind == ShotEvent::Kind::Pocket)
        object.insert(QStringLiteral("pocket"), pocketKey(event.pocket));
    return object;
}

} // namespace

QJsonObject shotResultToJson(const ShotResult &result, const TableModel &table,
                             const PhysicsParameters &parameters, double sampleHz)
{
    QJsonObject named;
    for (const NamedParameter &parameter : namedParameters(parameters))
        named.insert(parameter.name, parameter.value);

    QJsonArray events;
    for (const ShotEvent &event : result.events)
        events.append(eventToJson(event, table));

    QJsonArray finalBalls;
    for (const BallState &ball : result.finalState) {
        QJsonObject object{{QStringLiteral("id"), ball.number}};
        if (ball.isPocketed()) {
            object.insert(QStringLiteral("pocket"), pocketKey(ball.pocket));
        } else {
            object.insert(QStringLiteral("x"), millimetres(ball.position.x));
            object.insert(QStringLiteral("y"), millimetres(ball.position.y));
        }
        finalBalls.append(object);
    }

    QJsonObject object{{QStringLiteral("parameters"), named},
                       {QStringLiteral("events"), events},
                       {QStringLiteral("final"), finalBalls},
                       {QStringLiteral("shot"), shotRecordToJson(result.shot)},
                       {QStringLiteral("duration"), seconds(result.duration)}};
    if (result.hitEventLimit)
        object.insert(QStringLiteral("event_limit_reached"), true);
    if (sampleHz > 0) {
        QJsonArray paths;
        for (const BallState &ball : result.finalState) {
            QJsonArray samples;
            for (const PathSample &sample : result.samplePath(ball.number, sampleHz)) {
                samples.append(QJsonArray{seconds(sample.time), millimetres(sample.position.x),
                                          millimetres(sample.position.y)});
            }
            paths.append(QJsonObject{{QStringLiteral("id"), ball.number},
                                     {QStringLiteral("samples"), samples}});
        }
        object.insert(QStringLiteral("sample_hz"), sampleHz);
        object.insert(QStringLiteral("paths"), paths);
    }
    return object;
}

} // namespace dojo::physics
