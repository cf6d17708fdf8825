#include "health/prometheustext.h"

#include <QLocale>

#include <cmath>
#include <functional>

namespace dojo::health {

namespace {

// One metric family, written as one group: its HELP, its TYPE, then every sample of it.
class Family
{
public:
    Family(QByteArray &out, const char *name, const char *type, const char *help)
        : m_out(out)
        , m_name(name)
    {
        m_out += "# HELP " + m_name + ' ' + prometheusHelp(QString::fromUtf8(help)) + '\n';
        m_out += "# TYPE " + m_name + ' ' + type + '\n';
    }

    Family &sample(double value, const QByteArray &labels = {})
    {
        m_out += m_name;
        if (!labels.isEmpty())
            m_out += '{' + labels + '}';
        m_out += ' ' + prometheusNumber(value) + '\n';
        return *this;
    }

private:
    QByteArray &m_out;
    QByteArray m_name;
};

QByteArray label(const char *name, const QString &value)
{
    return QByteArray(name) + "=\"" + prometheusLabelValue(value) + '"';
}

QByteArray tableLabel(const TableFigures &table)
{
    return label("table", table.name);
}

void perTable(QByteArray &out, const HealthSample &sample, const char *name, const char *type,
              const char *help, const std::function<double(const TableFigures &)> &value)
{
    Family family(out, name, type, help);
    for (const TableFigures &table : sample.tables)
        family.sample(value(table), tableLabel(table));
}

} // namespace

QByteArray prometheusLabelValue(const QString &value)
{
    QByteArray escaped;
    const QByteArray utf8 = value.toUtf8();
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '"')
            escaped += "\\\"";
        else if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}

QByteArray prometheusHelp(const QString &text)
{
    QByteArray escaped;
    for (const char c : text.toUtf8()) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}

QByteArray prometheusNumber(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    // The C locale: a decimal point whatever the PC's language.
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

QByteArray prometheusText(const HealthSample &sample, const std::vector<Alert> &alerts,
                          const QString &version, const Thresholds &limits)
{
    QByteArray out;
    out.reserve(4096);
    Family(out, "dojopool_build_info", "gauge", "DojoPool's version, as a label; always 1.")
        .sample(1, label("version", version));

    perTable(out, sample, "dojopool_camera_frames_per_second", "gauge",
             "Pictures the table's camera gave a second, over the last 2 seconds.",
             [](const TableFigures &t) { return t.cameraFramesPerSecond; });
    perTable(out, sample, "dojopool_camera_dropped_frames_total", "counter",
             "Pictures nobody took before the next one came, since the camera started.",
             [](const TableFigures &t) { return double(t.droppedFrames); });
    perTable(out, sample, "dojopool_camera_seconds_since_frame", "gauge",
             "Seconds since the table's camera last gave a picture.",
             [](const TableFigures &t) { return t.secondsSinceFrame; });
    perTable(out, sample, "dojopool_camera_up", "gauge",
             "1 while the table's camera gives pictures; 0 when it has stopped (no picture for "
             "5 seconds) or was stopped.",
             [&limits](const TableFigures &t) {
                 return t.expectingFrames && !cameraStopped(t, limits) ? 1.0 : 0.0;
             });
    perTable(out, sample, "dojopool_tracking_frames_per_second", "gauge",
             "Pictures the table's tracking processed a second, over the last 2 seconds.",
             [](const TableFigures &t) { return t.processedFramesPerSecond; });
    perTable(out, sample, "dojopool_tracking_seconds_per_frame", "gauge",
             "The tracking's time to process one picture, averaged over about 30 pictures.",
             [](const TableFigures &t) { return t.millisecondsPerFrame / 1000.0; });

    Family(out, "dojopool_live_connections", "gauge",
           "Phones and screens connected to the live games now.")
        .sample(sample.liveConnections);
    Family(out, "dojopool_live_messages_sent_total", "counter",
           "Messages sent to the live games' clients since the live server started.")
        .sample(double(sample.messagesSent));
    Family(out, "dojopool_live_messages_per_second", "gauge",
           "Messages sent to the live games' clients a second, since the sample before.")
        .sample(sample.messagesPerSecond);

    Family(out, "dojopool_process_cpu_seconds_total", "counter",
           "CPU time this process used, user and system, since it started.")
        .sample(sample.cpuSeconds);
    Family(out, "dojopool_process_cpu_percent", "gauge",
           "CPU this process used since the sample before, in percent of one core.")
        .sample(sample.cpuPercent);
    Family(out, "dojopool_process_resident_memory_bytes", "gauge",
           "Memory this process holds (resident set).")
        .sample(double(sample.residentBytes));
    Family(out, "dojopool_process_memory_budget_bytes", "gauge",
           "The memory this process may use: over 75 % is a warning, over 90 % critical.")
        .sample(double(sample.memoryBudgetBytes));

    Family(out, "dojopool_database_writes_total", "counter",
           "Database writes (transactions and lone statements) since the process started.")
        .sample(double(sample.databaseWrites));
    Family(out, "dojopool_database_write_seconds_total", "counter",
           "The time of those writes together, from BEGIN to the end of COMMIT.")
        .sample(sample.databaseWriteSeconds);
    Family(out, "dojopool_database_write_longest_seconds", "gauge",
           "The longest database write since the sample before; 0 when there was none.")
        .sample(sample.longestWriteMilliseconds() / 1000.0);

    Family(out, "dojopool_disk_free_bytes", "gauge",
           "Free space this process may use on the disk holding the data folder.")
        .sample(double(sample.diskFreeBytes));
    Family(out, "dojopool_disk_size_bytes", "gauge",
           "The size of the disk holding the data folder.")
        .sample(double(sample.diskTotalBytes));

    int warnings = 0;
    int critical = 0;
    for (const Alert &alert : alerts)
        ++(alert.level == AlertLevel::Critical ? critical : warnings);
    Family(out, "dojopool_alerts", "gauge", "Alerts going on now, by level.")
        .sample(warnings, label("level", alertLevelKey(AlertLevel::Warning)))
        .sample(critical, label("level", alertLevelKey(AlertLevel::Critical)));
    Family active(out, "dojopool_alert_active", "gauge",
                  "1 for each alert going on: its kind, its level and, for a table's, the table.");
    for (const Alert &alert : alerts) {
        QByteArray labels = label("kind", alertKindKey(alert.kind)) + ','
                            + label("level", alertLevelKey(alert.level));
        if (alert.tableId != 0)
            labels += ',' + label("table", alert.table);
        active.sample(1, labels);
    }
    return out;
}

} // namespace dojo::health
