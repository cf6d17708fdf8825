#include "health/dailyreport.h"

#include "health/distribution.h"
#include "health/internal/healthtr.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>

namespace dojo::health {

using internal::Tr;

namespace {

const QString kFormat = QStringLiteral("dojopool-health-report/1");

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString whole(double value)
{
    return QLocale().toString(static_cast<qlonglong>(std::llround(value)));
}

QString milliseconds(double value)
{
    return QLocale().toString(value, 'f', value < 10.0 ? 2 : 1);
}

QString bytes(double value)
{
    return bytesText(static_cast<long long>(std::llround(value)));
}

QString localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

// "  Mean frames processed a second: up 0.4 on the day before (+0.7 %)."
QString trendLine(const QString &label, const FigureTrend &trend,
                  const std::function<QString(double)> &format)
{
    const double change = trend.now - trend.before;
    if (format(trend.now) == format(trend.before))
        return Tr::tr("%1: the same as the day before.").arg(label);
    const QString amount = format(std::abs(change));
    if (trend.before == 0.0)
        return change > 0
                   ? Tr::tr("%1: up %2 on the day before, which had none.").arg(label, amount)
                   : Tr::tr("%1: down %2 on the day before.").arg(label, amount);
    const QString percent
        = QLocale().toString(std::abs(change) / std::abs(trend.before) * 100.0, 'f', 1);
    return change > 0
               ? Tr::tr("%1: up %2 on the day before (+%3 %).").arg(label, amount, percent)
               : Tr::tr("%1: down %2 on the day before (−%3 %).").arg(label, amount, percent);
}

const FigureTrend *findTrend(const std::vector<FigureTrend> &trends, const QString &figure,
                             const QString &table = {})
{
    const auto found = std::find_if(trends.begin(), trends.end(), [&](const FigureTrend &trend) {
        return trend.figure == figure && trend.table == table;
    });
    return found == trends.end() ? nullptr : &*found;
}

QJsonObject spreadJson(const Spread &spread)
{
    return {{QStringLiteral("count"), double(spread.count)},
            {QStringLiteral("mean"), spread.mean},
            {QStringLiteral("min"), spread.min},
            {QStringLiteral("max"), spread.max},
            {QStringLiteral("p5"), spread.p5},
            {QStringLiteral("p50"), spread.p50},
            {QStringLiteral("p95"), spread.p95}};
}

Spread readSpread(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    Spread spread;
    spread.count = static_cast<long long>(json.value(QStringLiteral("count")).toDouble());
    spread.mean = json.value(QStringLiteral("mean")).toDouble();
    spread.min = json.value(QStringLiteral("min")).toDouble();
    spread.max = json.value(QStringLiteral("max")).toDouble();
    spread.p5 = json.value(QStringLiteral("p5")).toDouble();
    spread.p50 = json.value(QStringLiteral("p50")).toDouble();
    spread.p95 = json.value(QStringLiteral("p95")).toDouble();
    return spread;
}

QJsonObject alertJson(const Alert &alert)
{
    QJsonObject json{{QStringLiteral("kind"), alertKindKey(alert.kind)},
                     {QStringLiteral("level"), alertLevelKey(alert.level)},
                     {QStringLiteral("sentence"), alert.sentence},
                     {QStringLiteral("start"), alert.start.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("end"),
                      alert.end.isValid() ? QJsonValue(alert.end.toUTC().toString(Qt::ISODate))
                                          : QJsonValue(QJsonValue::Null)}};
    if (alert.tableId != 0) {
        json.insert(QStringLiteral("table"), alert.table);
        json.insert(QStringLiteral("table_id"), double(alert.tableId));
    }
    return json;
}

std::optional<Alert> readAlert(const QJsonObject &json)
{
    static const std::vector<AlertKind> kinds{AlertKind::CameraStopped, AlertKind::TrackingRate,
                                              AlertKind::FrameTime, AlertKind::Memory,
                                              AlertKind::Disk};
    const QString kindKey = json.value(QStringLiteral("kind")).toString();
    const auto kind = std::find_if(kinds.begin(), kinds.end(),
                                   [&kindKey](AlertKind k) { return alertKindKey(k) == kindKey; });
    if (kind == kinds.end())
        return std::nullopt;
    Alert alert;
    alert.kind = *kind;
    alert.level = json.value(QStringLiteral("level")).toString() == QLatin1String("critical")
                      ? AlertLevel::Critical
                      : AlertLevel::Warning;
    alert.tableId = static_cast<qint64>(json.value(QStringLiteral("table_id")).toDouble());
    alert.table = json.value(QStringLiteral("table")).toString();
    alert.sentence = json.value(QStringLiteral("sentence")).toString();
    alert.start
        = QDateTime::fromString(json.value(QStringLiteral("start")).toString(), Qt::ISODate);
    alert.end = QDateTime::fromString(json.value(QStringLiteral("end")).toString(), Qt::ISODate);
    return alert;
}

} // namespace

Spread Spread::of(const Distribution &distribution)
{
    return {distribution.count(),       distribution.mean(),         distribution.min(),
            distribution.max(),         distribution.quantile(0.05), distribution.quantile(0.50),
            distribution.quantile(0.95)};
}

std::vector<FigureTrend> compareDays(const DailyReport &now, const DailyReport &before)
{
    std::vector<FigureTrend> trends;
    for (const TableDay &table : now.tables) {
        const auto was
            = std::find_if(before.tables.begin(), before.tables.end(),
                           [&table](const TableDay &t) { return t.tableId == table.tableId; });
        if (was == before.tables.end())
            continue;
        if (table.processedFramesPerSecond.count > 0 && was->processedFramesPerSecond.count > 0) {
            trends.push_back({QStringLiteral("processed_fps_mean"), table.name,
                              was->processedFramesPerSecond.mean,
                              table.processedFramesPerSecond.mean});
            trends.push_back({QStringLiteral("ms_per_frame_mean"), table.name,
                              was->millisecondsPerFrame.mean, table.millisecondsPerFrame.mean});
            trends.push_back({QStringLiteral("ms_per_frame_p95"), table.name,
                              was->millisecondsPerFrame.p95, table.millisecondsPerFrame.p95});
        }
        trends.push_back({QStringLiteral("dropped_frames"), table.name, double(was->droppedFrames),
                          double(table.droppedFrames)});
    }
    trends.push_back({QStringLiteral("connections_peak"),
                      {},
                      double(before.connectionsPeak),
                      double(now.connectionsPeak)});
    trends.push_back(
        {QStringLiteral("messages"), {}, double(before.messages), double(now.messages)});
    if (now.cpuPercent.count > 0 && before.cpuPercent.count > 0) {
        trends.push_back(
            {QStringLiteral("cpu_percent_mean"), {}, before.cpuPercent.mean, now.cpuPercent.mean});
        trends.push_back({QStringLiteral("memory_bytes_peak"),
                          {},
                          before.residentBytes.max,
                          now.residentBytes.max});
    }
    if (now.writes > 0 && before.writes > 0) {
        trends.push_back({QStringLiteral("write_ms_p50"),
                          {},
                          before.writeMilliseconds.p50,
                          now.writeMilliseconds.p50});
        trends.push_back({QStringLiteral("write_ms_p95"),
                          {},
                          before.writeMilliseconds.p95,
                          now.writeMilliseconds.p95});
    }
    trends.push_back(
        {QStringLiteral("alerts"), {}, double(before.alerts.size()), double(now.alerts.size())});
    return trends;
}

QString reportText(const DailyReport &report, const std::optional<DailyReport> &before)
{
    const std::vector<FigureTrend> trends
        = before ? compareDays(report, *before) : std::vector<FigureTrend>();
    QStringList lines;
    const auto trend = [&](const QString &figure, const QString &table, const QString &label,
                           const std::function<QString(double)> &format) {
        if (const FigureTrend *found = findTrend(trends, figure, table))
            lines << QStringLiteral("    ") + trendLine(label, *found, format);
    };
    const QLocale locale;
    lines
        << Tr::tr("Health of DojoPool on %1").arg(locale.toString(report.day, QLocale::LongFormat));
    if (report.samples == 0)
        lines << Tr::tr("No samples were taken this day.");
    else
        lines << Tr::tr("%1 samples from %2 to %3.")
                     .arg(locale.toString(report.samples), localTime(report.from),
                          localTime(report.to));
    if (before)
        lines << Tr::tr("Compared with %1.").arg(locale.toString(before->day, QLocale::LongFormat));
    else
        lines << Tr::tr("There is no report of the day before to compare with.");

    for (const TableDay &table : report.tables) {
        lines << QString() << table.name;
        if (table.processedFramesPerSecond.count == 0) {
            lines << QStringLiteral("  ") + Tr::tr("Its camera gave no pictures this day.");
        } else {
            const Spread &rate = table.processedFramesPerSecond;
            lines << QStringLiteral("  ")
                         + Tr::tr(
                               "Frames processed a second: mean %1, lowest %2, 95th percentile %3.")
                               .arg(decimal(rate.mean), decimal(rate.min), decimal(rate.p95));
            trend(QStringLiteral("processed_fps_mean"), table.name,
                  Tr::tr("Mean frames processed a second"), decimal);
            const Spread &time = table.millisecondsPerFrame;
            lines << QStringLiteral("  ")
                         + Tr::tr("Time to process a frame: mean %1 ms, lowest %2 ms, 95th "
                                  "percentile %3 ms.")
                               .arg(milliseconds(time.mean), milliseconds(time.min),
                                    milliseconds(time.p95));
            trend(QStringLiteral("ms_per_frame_mean"), table.name,
                  Tr::tr("Mean time to process a frame, in ms"), milliseconds);
            trend(QStringLiteral("ms_per_frame_p95"), table.name,
                  Tr::tr("95th percentile of the time to process a frame, in ms"), milliseconds);
            const Spread &camera = table.cameraFramesPerSecond;
            lines << QStringLiteral("  ")
                         + Tr::tr("Camera frames a second: mean %1, lowest %2, 95th percentile %3.")
                               .arg(decimal(camera.mean), decimal(camera.min), decimal(camera.p95));
        }
        lines << QStringLiteral("  ")
                     + Tr::tr("Frames dropped: %1.").arg(locale.toString(table.droppedFrames));
        trend(QStringLiteral("dropped_frames"), table.name, Tr::tr("Frames dropped"), whole);
    }

    lines << QString() << Tr::tr("Live games");
    lines << QStringLiteral("  ")
                 + Tr::tr("Connections at the peak: %1.")
                       .arg(locale.toString(report.connectionsPeak));
    trend(QStringLiteral("connections_peak"), {}, Tr::tr("Connections at the peak"), whole);
    lines << QStringLiteral("  ")
                 + Tr::tr("Messages sent: %1.").arg(locale.toString(report.messages));
    trend(QStringLiteral("messages"), {}, Tr::tr("Messages sent"), whole);

    lines << QString() << Tr::tr("This process");
    lines << QStringLiteral("  ")
                 + Tr::tr("CPU in percent of one core: mean %1, peak %2.")
                       .arg(decimal(report.cpuPercent.mean), decimal(report.cpuPercent.max));
    trend(QStringLiteral("cpu_percent_mean"), {}, Tr::tr("Mean CPU in percent of one core"),
          decimal);
    lines << QStringLiteral("  ")
                 + Tr::tr("Memory: mean %1, peak %2, of a budget of %3.")
                       .arg(bytes(report.residentBytes.mean), bytes(report.residentBytes.max),
                            bytesText(report.memoryBudgetBytes));
    trend(QStringLiteral("memory_bytes_peak"), {}, Tr::tr("Peak memory"), bytes);

    lines << QString() << Tr::tr("Database");
    if (report.writes == 0) {
        lines << QStringLiteral("  ") + Tr::tr("No writes this day.");
    } else {
        lines << QStringLiteral("  ")
                     + Tr::tr("Writes: %1; median %2 ms, 95th percentile %3 ms, longest %4 ms.")
                           .arg(locale.toString(report.writes),
                                milliseconds(report.writeMilliseconds.p50),
                                milliseconds(report.writeMilliseconds.p95),
                                milliseconds(report.writeMilliseconds.max));
        trend(QStringLiteral("write_ms_p50"), {}, Tr::tr("Median write, in ms"), milliseconds);
        trend(QStringLiteral("write_ms_p95"), {}, Tr::tr("95th percentile of the writes, in ms"),
              milliseconds);
    }
    lines << QString() << Tr::tr("Disk holding the data");
    lines << QStringLiteral("  ")
                 + Tr::tr("Least free: %1.").arg(bytesText(report.diskFreeLowestBytes));

    lines << QString()
          << Tr::tr("Alerts: %1").arg(locale.toString(qlonglong(report.alerts.size())));
    trend(QStringLiteral("alerts"), {}, Tr::tr("Alerts"), whole);
    for (const Alert &alert : report.alerts) {
        const QString level
            = alert.level == AlertLevel::Critical ? Tr::tr("critical") : Tr::tr("warning");
        lines << QStringLiteral("  ")
                     + (alert.end.isValid()
                            ? Tr::tr("%1 to %2, %3: %4")
                                  .arg(localTime(alert.start), localTime(alert.end), level,
                                       alert.sentence)
                            : Tr::tr("%1, still going on, %2: %3")
                                  .arg(localTime(alert.start), level, alert.sentence));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject reportJson(const DailyReport &report, const std::optional<DailyReport> &before)
{
    QJsonArray tables;
    for (const TableDay &table : report.tables)
        tables.append(QJsonObject{
            {QStringLiteral("id"), double(table.tableId)},
            {QStringLiteral("name"), table.name},
            {QStringLiteral("processed_fps"), spreadJson(table.processedFramesPerSecond)},
            {QStringLiteral("ms_per_frame"), spreadJson(table.millisecondsPerFrame)},
            {QStringLiteral("camera_fps"), spreadJson(table.cameraFramesPerSecond)},
            {QStringLiteral("dropped_frames"), double(table.droppedFrames)}});
    QJsonArray alerts;
    for (const Alert &alert : report.alerts)
        alerts.append(alertJson(alert));
    QJsonObject json{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("day"), report.day.toString(Qt::ISODate)},
        {QStringLiteral("from"), report.from.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("to"), report.to.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("samples"), double(report.samples)},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("live"),
         QJsonObject{{QStringLiteral("connections_peak"), report.connectionsPeak},
                     {QStringLiteral("messages"), double(report.messages)}}},
        {QStringLiteral("process"),
         QJsonObject{{QStringLiteral("cpu_percent"), spreadJson(report.cpuPercent)},
                     {QStringLiteral("resident_bytes"), spreadJson(report.residentBytes)},
                     {QStringLiteral("memory_budget_bytes"), double(report.memoryBudgetBytes)}}},
        {QStringLiteral("database"),
         QJsonObject{{QStringLiteral("writes"), double(report.writes)},
                     {QStringLiteral("write_ms"), spreadJson(report.writeMilliseconds)}}},
        {QStringLiteral("disk"),
         QJsonObject{{QStringLiteral("free_bytes_lowest"), double(report.diskFreeLowestBytes)}}},
        {QStringLiteral("alerts"), alerts}};
    if (before) {
        QJsonArray trend;
        for (const FigureTrend &figure : compareDays(report, *before)) {
            QJsonObject entry{{QStringLiteral("figure"), figure.figure},
                              {QStringLiteral("before"), figure.before},
                              {QStringLiteral("now"), figure.now},
                              {QStringLiteral("change"), figure.now - figure.before}};
            if (!figure.table.isEmpty())
                entry.insert(QStringLiteral("table"), figure.table);
            trend.append(entry);
        }
        json.insert(QStringLiteral("compared_with"), before->day.toString(Qt::ISODate));
        json.insert(QStringLiteral("trend"), trend);
    }
    return json;
}

Result<DailyReport> readReportJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        return Unexpected(
            Tr::tr("this is not a DojoPool health report (its format is not %1)").arg(kFormat));
    DailyReport report;
    report.day = QDate::fromString(json.value(QStringLiteral("day")).toString(), Qt::ISODate);
    if (!report.day.isValid())
        return Unexpected(Tr::tr("the health report names no day"));
    report.from = QDateTime::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    report.to = QDateTime::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
    report.samples = static_cast<long long>(json.value(QStringLiteral("samples")).toDouble());
    for (const QJsonValue &value : json.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject table = value.toObject();
        report.tables.push_back(
            {static_cast<qint64>(table.value(QStringLiteral("id")).toDouble()),
             table.value(QStringLiteral("name")).toString(),
             readSpread(table.value(QStringLiteral("processed_fps"))),
             readSpread(table.value(QStringLiteral("ms_per_frame"))),
             readSpread(table.value(QStringLiteral("camera_fps"))),
             static_cast<long long>(table.value(QStringLiteral("dropped_frames")).toDouble())});
    }
    const QJsonObject live = json.value(QStringLiteral("live")).toObject();
    report.connectionsPeak = live.value(QStringLiteral("connections_peak")).toInt();
    report.messages = static_cast<long long>(live.value(QStringLiteral("messages")).toDouble());
    const QJsonObject process = json.value(QStringLiteral("process")).toObject();
    report.cpuPercent = readSpread(process.value(QStringLiteral("cpu_percent")));
    report.residentBytes = readSpread(process.value(QStringLiteral("resident_bytes")));
    report.memoryBudgetBytes
        = static_cast<long long>(process.value(QStringLiteral("memory_budget_bytes")).toDouble());
    const QJsonObject database = json.value(QStringLiteral("database")).toObject();
    report.writes = static_cast<long long>(database.value(QStringLiteral("writes")).toDouble());
    report.writeMilliseconds = readSpread(database.value(QStringLiteral("write_ms")));
    report.diskFreeLowestBytes
        = static_cast<long long>(json.value(QStringLiteral("disk"))
                                     .toObject()
                                     .value(QStringLiteral("free_bytes_lowest"))
                                     .toDouble());
    for (const QJsonValue &value : json.value(QStringLiteral("alerts")).toArray())
        if (const std::optional<Alert> alert = readAlert(value.toObject()))
            report.alerts.push_back(*alert);
    return report;
}

QString reportBaseName(QDate day)
{
    return QStringLiteral("health-") + day.toString(Qt::ISODate);
}

} // namespace dojo::health
