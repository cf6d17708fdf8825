#include "health/prometheustext.h"

#include <QLocale>

#include <cmath>

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

// A family with one sample a table, labelled with the table's name.
struct TableMetric
{
    const char *name;
    const char *type;
    const char *help;
    double (*value)(const TableFigures &table, const Thresholds &limits);
};

// A family with one sample for the whole venue.
struct VenueMetric
{
    const char *name;
    const char *type;
    const char *help;
    double (*value)(const HealthSample &sample);
};

// In the order they are written; docs/health.md lists them word for word.
constexpr TableMetric kTableMetrics[] = {
    {"dojopool_camera_frames_per_second", "gauge",
     "Pictures the table's camera gave a second, over the last 2 seconds.",
     [](const TableFigures &t, const Thresholds &) { return t.cameraFramesPerSecond; }},
    {"dojopool_camera_dropped_frames_total", "counter",
     "Pictures nobody took before the next one came, since the camera started.",
     [](const TableFigures &t, const Thresholds &) { return double(t.droppedFrames); }},
    {"dojopool_camera_seconds_since_frame", "gauge",
     "Seconds since the table's camera last gave a picture.",
     [](const TableFigures &t, const Thresholds &) { return t.secondsSinceFrame; }},
    {"dojopool_camera_up", "gauge",
     "1 while the table's camera gives pictures; 0 when it has stopped (no picture for "
     "5 seconds) or was stopped.",
     [](const TableFigures &t, const Thresholds &limits) {
         return t.expectingFrames && !cameraStopped(t, limits) ? 1.0 : 0.0;
     }},
    {"dojopool_tracking_frames_per_second", "gauge",
     "Pictures the table's tracking processed a second, over the last 2 seconds.",
     [](const TableFigures &t, const Thresholds &) { return t.processedFramesPerSecond; }},
    {"dojopool_tracking_seconds_per_frame", "gauge",
     "The tracking's time to process one picture, averaged over about 30 pictures.",
     [](const TableFigures &t, const Thresholds &) { return t.millisecondsPerFrame / 1000.0; }},
};

constexpr VenueMetric kVenueMetrics[] = {
    {"dojopool_live_connections", "gauge", "Phones and screens connected to the live games now.",
     [](const HealthSample &s) { return double(s.liveConnections); }},
    {"dojopool_live_messages_sent_total", "counter",
     "Messages sent to the live games' clients since the live server started.",
     [](const HealthSample &s) { return double(s.messagesSent); }},
    {"dojopool_live_messages_per_second", "gauge",
     "Messages sent to the live games' clients a second, since the sample before.",
     [](const HealthSample &s) { return s.messagesPerSecond; }},
    {"dojopool_process_cpu_seconds_total", "counter",
     "CPU time this process used, user and system, since it started.",
     [](const HealthSample &s) { return s.cpuSeconds; }},
    {"dojopool_process_cpu_percent", "gauge",
     "CPU this process used since the sample before, in percent of one core.",
     [](const HealthSample &s) { return s.cpuPercent; }},
    {"dojopool_process_resident_memory_bytes", "gauge", "Memory this process holds (resident set).",
     [](const HealthSample &s) { return double(s.residentBytes); }},
    {"dojopool_process_memory_budget_bytes", "gauge",
     "The memory this process may use: over 75 % is a warning, over 90 % critical.",
     [](const HealthSample &s) { return double(s.memoryBudgetBytes); }},
    {"dojopool_database_writes_total", "counter",
     "Database writes (transactions and lone statements) since the process started.",
     [](const HealthSample &s) { return double(s.databaseWrites); }},
    {"dojopool_database_write_seconds_total", "counter",
     "The time of those writes together, from BEGIN to the end of COMMIT.",
     [](const HealthSample &s) { return s.databaseWriteSeconds; }},
    {"dojopool_database_write_longest_seconds", "gauge",
     "The longest database write since the sample before; 0 when there was none.",
     [](const HealthSample &s) { return s.longestWriteMilliseconds() / 1000.0; }},
    {"dojopool_disk_free_bytes", "gauge",
     "Free space this process may use on the disk holding the data folder.",
     [](const HealthSample &s) { return double(s.diskFreeBytes); }},
    {"dojopool_disk_size_bytes", "gauge", "The size of the disk holding the data folder.",
     [](const HealthSample &s) { return double(s.diskTotalBytes); }},
};

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

    for (const TableMetric &metric : kTableMetrics) {
        Family family(out, metric.name, metric.type, metric.help);
        for (const TableFigures &table : sample.tables)
            family.sample(metric.value(table, limits), tableLabel(table));
    }
    for (const VenueMetric &metric : kVenueMetrics)
        Family(out, metric.name, metric.type, metric.help).sample(metric.value(sample));

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
