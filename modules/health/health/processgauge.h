#pragma once

#include <core/result.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace dojo::health {

// This process's CPU time and memory, from Linux's /proc/self/stat and /proc/self/statm.
struct ProcessFigures
{
    double cpuSeconds = 0.0; // user and system time since the process started
    long long residentBytes = 0;
};

// /proc/self/stat's utime and stime (fields 14 and 15, in clock ticks), read after the last
// ')' so a program name with spaces or parentheses cannot shift them. The error says why not.
Result<double> cpuSecondsFromStat(const QByteArray &stat, long ticksPerSecond);
// /proc/self/statm's second field: resident pages.
Result<long long> residentBytesFromStatm(const QByteArray &statm, long pageSize);
// /proc/meminfo's MemTotal (kB).
Result<long long> physicalBytesFromMeminfo(const QByteArray &meminfo);
// A cgroup v2 memory.max: a byte count, or none for "max".
std::optional<long long> cgroupLimitFromMemoryMax(const QByteArray &memoryMax);

// The memory budget when the settings name none: half the PC's memory (the window's pictures,
// the replay buffer's 512 MB and each table's tracking fit in it on a 4 GB PC), or less when
// the service's cgroup allows less (systemd's MemoryMax=).
long long defaultMemoryBudget(long long physicalBytes, std::optional<long long> cgroupLimit);

// Reads the figures now; CPU percentages come from two readings (cpuPercent()).
class ProcessGauge
{
public:
    ProcessGauge();

    Result<ProcessFigures> read() const;
    // defaultMemoryBudget() of this PC's memory and this process's cgroup; 0 when unknown.
    static long long defaultBudget();

private:
    long m_ticksPerSecond;
    long m_pageSize;
};

// CPU use between two readings, in percent of one core.
double cpuPercent(double cpuSecondsBefore, double cpuSecondsNow, double wallSeconds);

} // namespace dojo::health
