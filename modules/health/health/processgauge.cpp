#include "health/processgauge.h"

#include "health/internal/healthtr.h"

#include <QFile>
#include <QList>

#include <algorithm>

#include <unistd.h>

namespace dojo::health {

using internal::Tr;

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    // Files in /proc report no size: read until the end.
    return file.readAll();
}

} // namespace

Result<double> cpuSecondsFromStat(const QByteArray &stat, long ticksPerSecond)
{
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || ticksPerSecond <= 0)
        return Unexpected(Tr::tr("/proc/self/stat has no process name in parentheses"));
    // After the name: state (field 3), ppid, ... utime (14), stime (15).
    const QList<QByteArray> fields = stat.mid(close + 1).simplified().split(' ');
    constexpr int kUtime = 14 - 3;
    constexpr int kStime = 15 - 3;
    if (fields.size() <= kStime)
        return Unexpected(Tr::tr("/proc/self/stat has too few fields"));
    bool userRead = false;
    bool systemRead = false;
    const qulonglong user = fields.at(kUtime).toULongLong(&userRead);
    const qulonglong system = fields.at(kStime).toULongLong(&systemRead);
    if (!userRead || !systemRead)
        return Unexpected(Tr::tr("/proc/self/stat's CPU times are not numbers"));
    return double(user + system) / double(ticksPerSecond);
}

Result<long long> residentBytesFromStatm(const QByteArray &statm, long pageSize)
{
    const QList<QByteArray> fields = statm.simplified().split(' ');
    bool read = false;
    const qlonglong pages = fields.size() >= 2 ? fields.at(1).toLongLong(&read) : 0;
    if (!read || pages < 0 || pageSize <= 0)
        return Unexpected(Tr::tr("/proc/self/statm has no resident page count"));
    return pages * pageSize;
}

Result<long long> physicalBytesFromMeminfo(const QByteArray &meminfo)
{
    for (const QByteArray &line : meminfo.split('\n')) {
        if (!line.startsWith("MemTotal:"))
            continue;
        const QList<QByteArray> words = line.mid(9).simplified().split(' ');
        bool read = false;
        const qlonglong kilobytes = words.value(0).toLongLong(&read);
        if (read && kilobytes > 0)
            return kilobytes * 1024;
    }
    return Unexpected(Tr::tr("/proc/meminfo has no MemTotal"));
}

std::optional<long long> cgroupLimitFromMemoryMax(const QByteArray &memoryMax)
{
    bool read = false;
    const qlonglong limit = memoryMax.trimmed().toLongLong(&read);
    if (!read || limit <= 0)
        return std::nullopt; // "max": no limit
    return limit;
}

long long defaultMemoryBudget(long long physicalBytes, std::optional<long long> cgroupLimit)
{
    const long long half = physicalBytes / 2;
    if (cgroupLimit && *cgroupLimit > 0)
        return half > 0 ? std::min(half, *cgroupLimit) : *cgroupLimit;
    return half;
}

double cpuPercent(double cpuSecondsBefore, double cpuSecondsNow, double wallSeconds)
{
    if (wallSeconds <= 0.0 || cpuSecondsNow < cpuSecondsBefore)
        return 0.0;
    return 100.0 * (cpuSecondsNow - cpuSecondsBefore) / wallSeconds;
}

ProcessGauge::ProcessGauge()
    : m_ticksPerSecond(sysconf(_SC_CLK_TCK))
    , m_pageSize(sysconf(_SC_PAGESIZE))
{
}

Result<ProcessFigures> ProcessGauge::read() const
{
    const Result<QByteArray> stat = readFile(QStringLiteral("/proc/self/stat"));
    if (!stat)
        return Unexpected(stat.error());
    const Result<QByteArray> statm = readFile(QStringLiteral("/proc/self/statm"));
    if (!statm)
        return Unexpected(statm.error());
    const Result<double> cpu = cpuSecondsFromStat(*stat, m_ticksPerSecond);
    if (!cpu)
        return Unexpected(cpu.error());
    const Result<long long> resident = residentBytesFromStatm(*statm, m_pageSize);
    if (!resident)
        return Unexpected(resident.error());
    return ProcessFigures{*cpu, *resident};
}

long long ProcessGauge::defaultBudget()
{
    const Result<QByteArray> meminfo = readFile(QStringLiteral("/proc/meminfo"));
    const Result<long long> physical = meminfo ? physicalBytesFromMeminfo(*meminfo)
                                               : Result<long long>(Unexpected(meminfo.error()));
    // cgroup v2: "0::/system.slice/dojopool.service" names the folder with memory.max.
    std::optional<long long> limit;
    if (const Result<QByteArray> cgroup = readFile(QStringLiteral("/proc/self/cgroup"))) {
        for (const QByteArray &line : cgroup->split('\n')) {
            if (!line.startsWith("0::"))
                continue;
            const QString folder
                = QStringLiteral("/sys/fs/cgroup") + QString::fromUtf8(line.mid(3));
            if (const Result<QByteArray> max = readFile(folder + QStringLiteral("/memory.max")))
                limit = cgroupLimitFromMemoryMax(*max);
        }
    }
    return defaultMemoryBudget(physical.value_or(0), limit);
}

} // namespace dojo::health
