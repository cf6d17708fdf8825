#include "health/dayfigures.h"

#include "health/internal/healthtr.h"

#include <QJsonArray>

#include <algorithm>

namespace dojo::health {

using internal::Tr;

namespace {

// The step of a counter since it was last seen; a counter that went back started again.
long long stepOf(long long now, long long &last)
{
    const long long step = last < 0 ? 0 : (now >= last ? now - last : now);
    last = now;
    return step;
}

} // namespace

DayFigures::DayFigures(QDate day)
    : m_day(day)
{
}

void DayFigures::add(const HealthSample &sample, const Thresholds &limits)
{
    if (m_samples == 0)
        m_from = sample.time;
    m_to = sample.time;
    ++m_samples;
    for (const TableFigures &table : sample.tables) {
        TableCount &count = m_tables[table.tableId];
        count.name = table.name;
        count.dropped += stepOf(table.droppedFrames, count.lastDropped);
        if (!table.expectingFrames || cameraStopped(table, limits)
            || table.secondsRunning < limits.settleSeconds)
            continue;
        count.processed.add(table.processedFramesPerSecond);
        count.milliseconds.add(table.millisecondsPerFrame);
        count.camera.add(table.cameraFramesPerSecond);
    }
    m_connectionsPeak = std::max(m_connectionsPeak, sample.liveConnections);
    m_messages += stepOf(sample.messagesSent, m_lastMessagesSent);
    m_cpu.add(sample.cpuPercent);
    m_memory.add(double(sample.residentBytes));
    m_memoryBudget = sample.memoryBudgetBytes;
    m_writes += qsizetype(sample.writeMilliseconds.size());
    for (const double milliseconds : sample.writeMilliseconds)
        m_writeMilliseconds.add(milliseconds);
    if (sample.diskTotalBytes > 0)
        m_diskFreeLowest = m_diskFreeLowest < 0 ? sample.diskFreeBytes
                                                : std::min(m_diskFreeLowest, sample.diskFreeBytes);
}

void DayFigures::noteAlert(const Alert &alert)
{
    const auto known = std::find_if(m_alerts.begin(), m_alerts.end(), [&alert](const Alert &a) {
        return a.sameSubject(alert) && a.level == alert.level && a.start == alert.start;
    });
    if (known != m_alerts.end()) {
        *known = alert; // its end
        return;
    }
    if (int(m_alerts.size()) < kAlertsKept)
        m_alerts.push_back(alert);
}

DailyReport DayFigures::report() const
{
    DailyReport report;
    report.day = m_day;
    report.from = m_from;
    report.to = m_to;
    report.samples = m_samples;
    for (const auto &[tableId, count] : m_tables)
        report.tables.push_back({tableId, count.name, Spread::of(count.processed),
                                 Spread::of(count.milliseconds), Spread::of(count.camera),
                                 count.dropped});
    report.connectionsPeak = m_connectionsPeak;
    report.messages = m_messages;
    report.cpuPercent = Spread::of(m_cpu);
    report.residentBytes = Spread::of(m_memory);
    report.memoryBudgetBytes = m_memoryBudget;
    report.writes = m_writes;
    report.writeMilliseconds = Spread::of(m_writeMilliseconds);
    report.diskFreeLowestBytes = std::max(0LL, m_diskFreeLowest);
    report.alerts = m_alerts;
    return report;
}

QJsonObject DayFigures::state() const
{
    QJsonArray tables;
    for (const auto &[tableId, count] : m_tables)
        tables.append(QJsonObject{{QStringLiteral("id"), double(tableId)},
                                  {QStringLiteral("name"), count.name},
                                  {QStringLiteral("processed"), count.processed.toJson()},
                                  {QStringLiteral("ms"), count.milliseconds.toJson()},
                                  {QStringLiteral("camera"), count.camera.toJson()},
                                  {QStringLiteral("dropped"), double(count.dropped)}});
    // The alerts and the other figures are in the report beside this state.
    return {{QStringLiteral("day"), m_day.toString(Qt::ISODate)},
            {QStringLiteral("from"), m_from.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("to"), m_to.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("samples"), double(m_samples)},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("connections_peak"), m_connectionsPeak},
            {QStringLiteral("messages"), double(m_messages)},
            {QStringLiteral("cpu"), m_cpu.toJson()},
            {QStringLiteral("memory"), m_memory.toJson()},
            {QStringLiteral("memory_budget"), double(m_memoryBudget)},
            {QStringLiteral("writes"), double(m_writes)},
            {QStringLiteral("write_ms"), m_writeMilliseconds.toJson()},
            {QStringLiteral("disk_free_lowest"), double(m_diskFreeLowest)}};
}

Result<DayFigures> DayFigures::fromState(const QJsonObject &state)
{
    const QDate day = QDate::fromString(state.value(QStringLiteral("day")).toString(), Qt::ISODate);
    if (!day.isValid())
        return Unexpected(Tr::tr("the health report's counts name no day"));
    DayFigures figures(day);
    figures.m_from
        = QDateTime::fromString(state.value(QStringLiteral("from")).toString(), Qt::ISODate);
    figures.m_to = QDateTime::fromString(state.value(QStringLiteral("to")).toString(), Qt::ISODate);
    figures.m_samples = static_cast<long long>(state.value(QStringLiteral("samples")).toDouble());
    for (const QJsonValue &value : state.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject table = value.toObject();
        TableCount &count
            = figures.m_tables[static_cast<qint64>(table.value(QStringLiteral("id")).toDouble())];
        count.name = table.value(QStringLiteral("name")).toString();
        count.processed
            = Distribution::fromJson(table.value(QStringLiteral("processed")).toObject());
        count.milliseconds = Distribution::fromJson(table.value(QStringLiteral("ms")).toObject());
        count.camera = Distribution::fromJson(table.value(QStringLiteral("camera")).toObject());
        count.dropped = static_cast<long long>(table.value(QStringLiteral("dropped")).toDouble());
    }
    figures.m_connectionsPeak = state.value(QStringLiteral("connections_peak")).toInt();
    figures.m_messages = static_cast<long long>(state.value(QStringLiteral("messages")).toDouble());
    figures.m_cpu = Distribution::fromJson(state.value(QStringLiteral("cpu")).toObject());
    figures.m_memory = Distribution::fromJson(state.value(QStringLiteral("memory")).toObject());
    figures.m_memoryBudget
        = static_cast<long long>(state.value(QStringLiteral("memory_budget")).toDouble());
    figures.m_writes = static_cast<long long>(state.value(QStringLiteral("writes")).toDouble());
    figures.m_writeMilliseconds
        = Distribution::fromJson(state.value(QStringLiteral("write_ms")).toObject());
    figures.m_diskFreeLowest
        = static_cast<long long>(state.value(QStringLiteral("disk_free_lowest")).toDouble());
    return figures;
}

} // namespace dojo::health
