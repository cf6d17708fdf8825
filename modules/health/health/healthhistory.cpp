#include "health/healthhistory.h"

#include <algorithm>
#include <limits>

namespace dojo::health {

namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr double kMegabyte = 1024.0 * 1024.0;

const TablePoint kAbsent{kNaN, kNaN, kNaN, kNaN};

} // namespace

HealthHistory::HealthHistory(int capacity)
    : m_capacity(std::max(1, capacity))
    , m_venue(std::size_t(m_capacity))
{
}

int HealthHistory::slot(int index) const
{
    return (m_next - m_size + index + m_capacity) % m_capacity;
}

void HealthHistory::add(const HealthSample &sample)
{
    const qint64 msecs = sample.time.toMSecsSinceEpoch();
    VenuePoint &point = m_venue[std::size_t(m_next)];
    point.msecs = msecs;
    point.liveConnections = float(sample.liveConnections);
    point.messagesPerSecond = float(sample.messagesPerSecond);
    point.cpuPercent = float(sample.cpuPercent);
    point.residentMegabytes = float(double(sample.residentBytes) / kMegabyte);
    point.memoryBudgetMegabytes = float(double(sample.memoryBudgetBytes) / kMegabyte);
    point.writeMilliseconds = float(sample.longestWriteMilliseconds());
    point.diskFreeMegabytes = float(double(sample.diskFreeBytes) / kMegabyte);

    for (const TableFigures &figures : sample.tables) {
        auto [found, added] = m_tables.try_emplace(figures.tableId);
        if (added)
            found->second.points.assign(std::size_t(m_capacity), kAbsent);
        found->second.name = figures.name;
    }
    for (auto it = m_tables.begin(); it != m_tables.end();) {
        TableSeries &series = it->second;
        const auto figures
            = std::find_if(sample.tables.begin(), sample.tables.end(),
                           [id = it->first](const TableFigures &t) { return t.tableId == id; });
        if (figures == sample.tables.end()) {
            series.points[std::size_t(m_next)] = kAbsent;
            series.lastDropped = -1;
            if (++series.unseen >= m_capacity) {
                it = m_tables.erase(it);
                continue;
            }
            ++it;
            continue;
        }
        series.unseen = 0;
        // Dropped frames a second from the camera's count; a restarted camera counts from 0.
        double dropped = 0.0;
        const double seconds = double(msecs - series.lastMsecs) / 1000.0;
        if (series.lastDropped >= 0 && seconds > 0.0) {
            const long long more = figures->droppedFrames >= series.lastDropped
                                       ? figures->droppedFrames - series.lastDropped
                                       : figures->droppedFrames;
            dropped = double(more) / seconds;
        }
        series.lastDropped = figures->droppedFrames;
        series.lastMsecs = msecs;
        series.points[std::size_t(m_next)]
            = {float(figures->cameraFramesPerSecond), float(dropped),
               float(figures->processedFramesPerSecond), float(figures->millisecondsPerFrame)};
        ++it;
    }
    m_next = (m_next + 1) % m_capacity;
    m_size = std::min(m_size + 1, m_capacity);
}

const VenuePoint &HealthHistory::venue(int index) const
{
    return m_venue[std::size_t(slot(index))];
}

TablePoint HealthHistory::table(qint64 tableId, int index) const
{
    const auto found = m_tables.find(tableId);
    if (found == m_tables.end())
        return kAbsent;
    return found->second.points[std::size_t(slot(index))];
}

std::vector<qint64> HealthHistory::tableIds() const
{
    std::vector<qint64> ids;
    for (const auto &[id, series] : m_tables)
        ids.push_back(id);
    return ids;
}

QString HealthHistory::tableName(qint64 tableId) const
{
    const auto found = m_tables.find(tableId);
    return found == m_tables.end() ? QString() : found->second.name;
}

std::size_t HealthHistory::memoryBytes() const
{
    std::size_t bytes = sizeof(*this) + m_venue.capacity() * sizeof(VenuePoint);
    for (const auto &[id, series] : m_tables)
        bytes += sizeof(series) + series.points.capacity() * sizeof(TablePoint)
                 + std::size_t(series.name.capacity()) * sizeof(QChar);
    return bytes;
}

} // namespace dojo::health
