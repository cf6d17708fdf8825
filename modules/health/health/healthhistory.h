#pragma once

#include "health/healthsample.h"

#include <QString>

#include <cmath>
#include <cstddef>
#include <map>
#include <vector>

namespace dojo::health {

// One sample of the venue as the charts draw it. Floats, so an hour of them stays small.
struct VenuePoint
{
    qint64 msecs = 0; // UTC, milliseconds since 1970
    float liveConnections = 0;
    float messagesPerSecond = 0;
    float cpuPercent = 0;
    float residentMegabytes = 0;
    float memoryBudgetMegabytes = 0;
    float writeMilliseconds = 0; // the longest write since the sample before
    float diskFreeMegabytes = 0;
};

// One sample of a table; every figure is NaN where the table was not in the sample.
struct TablePoint
{
    float cameraFramesPerSecond = 0;
    float droppedPerSecond = 0;
    float processedFramesPerSecond = 0;
    float millisecondsPerFrame = 0;

    bool isPresent() const { return !std::isnan(cameraFramesPerSecond); }
};

// The last hour of samples (one a second) in rings of fixed size: the venue's and one per
// table, all aligned on the same slots. A table gone for a whole ring's length is forgotten;
// nothing else is ever allocated after a table's first sample.
class HealthHistory
{
public:
    static constexpr int kHour = 3600;

    explicit HealthHistory(int capacity = kHour);

    void add(const HealthSample &sample);
    int size() const { return m_size; }
    int capacity() const { return m_capacity; }

    // 0 is the oldest sample kept, size() - 1 the newest.
    const VenuePoint &venue(int index) const;
    TablePoint table(qint64 tableId, int index) const;
    std::vector<qint64> tableIds() const;
    QString tableName(qint64 tableId) const; // as it was last called

    // What the rings hold, in bytes (the figure bench_health prints).
    std::size_t memoryBytes() const;

private:
    struct TableSeries
    {
        QString name;
        std::vector<TablePoint> points;
        long long lastDropped = -1;
        qint64 lastMsecs = 0;
        int unseen = 0; // samples in a row without the table
    };

    int slot(int index) const;

    int m_capacity;
    int m_size = 0;
    int m_next = 0; // the slot the next sample goes in
    std::vector<VenuePoint> m_venue;
    std::map<qint64, TableSeries> m_tables;
};

} // namespace dojo::health
