#include "core/trackinglog.h"

#include "core/internal/coretr.h"
#include "core/jsonreader.h"
#include "core/shotrecordjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace dojo {

using internal::CoreTr;

namespace {

QByteArray number(double value, int decimals)
{
    QByteArray text = QByteArray::number(value, 'f', decimals);
    // 1200.50 -> 1200.5, 3.00 -> 3: shorter lines, the same values.
    if (text.contains('.')) {
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
    }
    if (text == "-0")
        text = "0";
    return text;
}

Result<double> readNumber(const QJsonObject &object, const QString &key, const QString &prefix)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return Unexpected(CoreTr::tr("%1%2: a number is needed").arg(prefix, key));
    return value.toDouble();
}

Result<TrackingLine> readFrameLine(const QJsonObject &object)
{
    JsonReader reader;
    if (!reader.checkKeys(object,
                          {QStringLiteral("frame"), QStringLiteral("t"), QStringLiteral("balls")}))
        return Unexpected(reader.error());
    FrameLine line;
    int frame = 0;
    if (!reader.readWholeNumber(object.value(QStringLiteral("frame")), QStringLiteral("frame"),
                                frame))
        return Unexpected(reader.error());
    line.frame = frame;
    const Result<double> time = readNumber(object, QStringLiteral("t"), {});
    if (!time)
        return Unexpected(time.error());
    line.time = *time;
    const QJsonValue balls = object.value(QStringLiteral("balls"));
    if (!balls.isArray())
        return Unexpected(CoreTr::tr("balls: a list of balls is needed"));
    const QJsonArray list = balls.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("balls[%1].").arg(i);
        const QJsonObject ball = list.at(i).toObject();
        if (!reader.checkKeys(
                ball, {QStringLiteral("id"), QStringLiteral("x"), QStringLiteral("y")}, prefix))
            return Unexpected(reader.error());
        BallPosition position;
        if (!reader.readWholeNumber(ball.value(QStringLiteral("id")), prefix + QStringLiteral("id"),
                                    position.ball))
            return Unexpected(reader.error());
        const Result<double> x = readNumber(ball, QStringLiteral("x"), prefix);
        const Result<double> y = readNumber(ball, QStringLiteral("y"), prefix);
        if (!x || !y)
            return Unexpected(!x ? x.error() : y.error());
        position.position = {*x, *y};
        line.balls.push_back(position);
    }
    return TrackingLine(std::move(line));
}

Result<TrackingLine> readShotLine(const QJsonObject &object)
{
    JsonReader reader;
    if (!reader.checkKeys(object, {QStringLiteral("shot"), QStringLiteral("t_start"),
                                   QStringLiteral("t_end"), QStringLiteral("review"),
                                   QStringLiteral("reason")}))
        return Unexpected(reader.error());
    Result<ShotRecord> shot
        = shotRecordFromJson(object.value(QStringLiteral("shot")), QStringLiteral("shot."));
    if (!shot)
        return Unexpected(shot.error());
    const Result<double> start = readNumber(object, QStringLiteral("t_start"), {});
    const Result<double> end = readNumber(object, QStringLiteral("t_end"), {});
    if (!start || !end)
        return Unexpected(!start ? start.error() : end.error());
    ShotLine line{std::move(*shot), *start, *end, std::nullopt, {}};
    if (object.contains(QStringLiteral("review"))) {
        bool review = false;
        if (!reader.readBool(object.value(QStringLiteral("review")), QStringLiteral("review"),
                             review))
            return Unexpected(reader.error());
        line.review = review;
        line.reason = object.value(QStringLiteral("reason")).toString();
    }
    return TrackingLine(std::move(line));
}

} // namespace

QByteArray trackingLineJson(const FrameLine &line)
{
    QByteArray text = "{\"frame\": " + QByteArray::number(line.frame)
                      + ", \"t\": " + number(line.time, 4) + ", \"balls\": [";
    for (size_t i = 0; i < line.balls.size(); ++i) {
        const BallPosition &ball = line.balls[i];
        if (i > 0)
            text += ", ";
        text += "{\"id\": " + QByteArray::number(ball.ball) + ", \"x\": "
                + number(ball.position.x, 2) + ", \"y\": " + number(ball.position.y, 2) + '}';
    }
    text += "]}";
    return text;
}

QByteArray trackingLineJson(const ShotLine &line)
{
    const QByteArray shot
        = QJsonDocument(shotRecordToJson(line.shot)).toJson(QJsonDocument::Compact);
    QByteArray text = "{\"shot\": " + shot + ", \"t_start\": " + number(line.start, 4)
                      + ", \"t_end\": " + number(line.end, 4);
    if (line.review) {
        text += QByteArray(", \"review\": ") + (*line.review ? "true" : "false");
        if (*line.review) {
            text += ", \"reason\": "
                    + QJsonDocument(QJsonArray{line.reason})
                          .toJson(QJsonDocument::Compact)
                          .chopped(1)
                          .mid(1);
        }
    }
    return text + '}';
}

Result<TrackingLine> readTrackingLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return Unexpected(CoreTr::tr("not JSON: %1").arg(error.errorString()));
    if (!document.isObject())
        return Unexpected(CoreTr::tr("a tracking line is a JSON object"));
    const QJsonObject object = document.object();
    if (object.contains(QStringLiteral("frame")))
        return readFrameLine(object);
    if (object.contains(QStringLiteral("shot")))
        return readShotLine(object);
    return Unexpected(CoreTr::tr("a tracking line has \"frame\" or \"shot\""));
}

} // namespace dojo
