#include "health/healthmonitor.h"

#include "health/internal/healthtr.h"
#include "health/prometheustext.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <functional>

namespace dojo::health {

using internal::Tr;

namespace {

Result<QJsonObject> readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected(
            Tr::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return Unexpected(Tr::tr("%1 is not a JSON object: %2")
                              .arg(QDir::toNativeSeparators(path), error.errorString()));
    return document.object();
}

Result<void> writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Unexpected(
            Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

HealthMonitor::HealthMonitor(Thresholds limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
}

HealthMonitor::~HealthMonitor()
{
    if (!m_folder.isEmpty() && m_day.report().samples > 0) {
        if (const Result<void> written = write(m_day); !written)
            qWarning("%s", qPrintable(written.error()));
    }
}

Result<void> HealthMonitor::setReportFolder(const QString &folder)
{
    m_folder = folder;
    if (folder.isEmpty())
        return {};
    if (!QDir().mkpath(folder))
        return Unexpected(
            Tr::tr("cannot make the reports folder %1").arg(QDir::toNativeSeparators(folder)));
    // A restart on the same day goes on counting where the last run left off.
    const QDate today = QDate::currentDate();
    if (!QFile::exists(reportPath(today, QStringLiteral(".json"))))
        return {};
    const Result<QJsonObject> json = readJsonFile(reportPath(today, QStringLiteral(".json")));
    if (!json)
        return Unexpected(json.error());
    const Result<DayFigures> figures
        = DayFigures::fromState(json->value(QStringLiteral("state")).toObject());
    if (!figures)
        return Unexpected(figures.error());
    m_day = *figures;
    if (const Result<DailyReport> written = readReportJson(*json)) {
        for (Alert alert : written->alerts) {
            if (!alert.end.isValid())
                alert.end = written->to; // it went on no longer than that run
            m_day.noteAlert(alert);
        }
    }
    return {};
}

void HealthMonitor::add(HealthSample sample)
{
    const QDate day = sample.time.toLocalTime().date();
    if (!m_day.day().isValid())
        m_day = DayFigures(day);
    else if (day != m_day.day())
        startDay(day);

    m_history.add(sample);
    m_recent.push_back(std::move(sample));
    while (int(m_recent.size()) > std::max(1, m_limits.windowSamples))
        m_recent.pop_front();
    const HealthSample &now = m_recent.back();
    const std::vector<AlertChange> changes
        = m_book.update(now.time, judgeSamples(m_recent, m_limits));
    for (const AlertChange &change : changes) {
        logAlertChange(change);
        m_day.noteAlert(change.alert);
    }
    m_day.add(now, m_limits);

    if (!m_folder.isEmpty()) {
        if (!m_lastWritten.isValid())
            m_lastWritten = now.time;
        else if (m_lastWritten.secsTo(now.time) >= kWriteEverySeconds) {
            m_lastWritten = now.time;
            if (const Result<void> written = write(m_day); !written)
                qWarning("%s", qPrintable(written.error()));
        }
    }
    if (!changes.empty())
        Q_EMIT alertsChanged();
    Q_EMIT sampled();
}

void HealthMonitor::startDay(QDate day)
{
    if (!m_folder.isEmpty() && m_day.report().samples > 0) {
        if (const Result<void> written = write(m_day); !written)
            qWarning("%s", qPrintable(written.error()));
    }
    m_day = DayFigures(day);
    for (const Alert &alert : m_book.current())
        m_day.noteAlert(alert); // still going on: the new day's too
}

QByteArray HealthMonitor::metricsText() const
{
    if (m_recent.empty())
        return prometheusText(HealthSample{}, {}, m_version, m_limits);
    return prometheusText(m_recent.back(), alerts(), m_version, m_limits);
}

QString HealthMonitor::reportPath(QDate day, const QString &suffix) const
{
    return QDir(m_folder).filePath(reportBaseName(day) + suffix);
}

std::optional<DailyReport> HealthMonitor::reportOf(QDate day) const
{
    if (day == m_day.day())
        return m_day.report();
    if (m_folder.isEmpty())
        return std::nullopt;
    const Result<QJsonObject> json = readJsonFile(reportPath(day, QStringLiteral(".json")));
    if (!json)
        return std::nullopt;
    const Result<DailyReport> report = readReportJson(*json);
    if (!report)
        return std::nullopt;
    return *report;
}

std::vector<QDate> HealthMonitor::reportedDays() const
{
    std::vector<QDate> days;
    if (m_day.day().isValid())
        days.push_back(m_day.day());
    if (!m_folder.isEmpty()) {
        const QStringList files = QDir(m_folder).entryList(
            {QStringLiteral("health-*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
        for (const QString &file : files) {
            const QDate day = QDate::fromString(file.mid(7, 10), Qt::ISODate);
            if (day.isValid() && std::find(days.begin(), days.end(), day) == days.end())
                days.push_back(day);
        }
    }
    std::sort(days.begin(), days.end(), std::greater<>());
    return days;
}

QString HealthMonitor::reportTextOf(QDate day) const
{
    const std::optional<DailyReport> report = reportOf(day);
    if (!report)
        return Tr::tr("There is no health report for %1.")
            .arg(QLocale().toString(day, QLocale::LongFormat));
    return reportText(*report, reportOf(day.addDays(-1)));
}

Result<void> HealthMonitor::writeReport()
{
    if (m_folder.isEmpty() || m_day.report().samples == 0)
        return {};
    return write(m_day);
}

Result<void> HealthMonitor::write(const DayFigures &figures)
{
    const DailyReport report = figures.report();
    const std::optional<DailyReport> before = reportOf(report.day.addDays(-1));
    QJsonObject json = reportJson(report, before);
    json.insert(QStringLiteral("state"), figures.state());
    if (Result<void> written = writeFile(reportPath(report.day, QStringLiteral(".json")),
                                         QJsonDocument(json).toJson(QJsonDocument::Compact));
        !written)
        return written;
    if (Result<void> written = writeFile(reportPath(report.day, QStringLiteral(".txt")),
                                         reportText(report, before).toUtf8());
        !written)
        return written;
    Q_EMIT reportWritten(report.day);
    return {};
}

} // namespace dojo::health
