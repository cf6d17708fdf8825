#include "venuecameras.h"

#include "apptext.h"
#include "framesources.h"

#include <QElapsedTimer>

namespace dojo::app {

std::unique_ptr<capture::TableCamera> makeTableCamera(const QString &source,
                                                      venue::TableScoreboard *scoreboard)
{
    const Result<capture::SourceSpec> spec = capture::parseSourceSpec(source);
    capture::SourceFactory factory;
    if (spec) {
        factory = [scoreboard](const capture::SourceSpec &wanted, capture::FrameQueue &queue,
                               const QElapsedTimer &clock) {
            return makeFrameSource(wanted, queue, clock, scoreboard);
        };
    } else {
        const QString problem
            = AppText::tr("The camera source \"%1\" cannot be used: %2").arg(source, spec.error());
        factory = [problem](const capture::SourceSpec &, capture::FrameQueue &queue,
                            const QElapsedTimer &clock) -> std::unique_ptr<capture::FrameSource> {
            return std::make_unique<UnusableSource>(problem, queue, clock);
        };
    }
    auto camera = std::make_unique<capture::TableCamera>(spec.value_or(capture::SourceSpec{}),
                                                         std::move(factory));
    capture::TableCamera *consumer = camera.get();
    // The one consumer of the table's frames. Tracking (the next issue) runs here; today a
    // frame is taken, which makes it the latest for every display.
    QObject::connect(consumer, &capture::TableCamera::frameArrived, consumer, [consumer] {
        QElapsedTimer timer;
        timer.start();
        if (consumer->takeFrame())
            consumer->frameProcessed(double(timer.nsecsElapsed()) / 1e6);
    });
    return camera;
}

VenueCameras::VenueCameras(QObject *parent)
    : QObject(parent)
{
}

VenueCameras::~VenueCameras()
{
    stopAll();
}

void VenueCameras::showTables(const std::vector<venue::Table> &tables)
{
    std::map<qint64, QString> wanted;
    for (const venue::Table &table : tables)
        wanted[table.id] = table.cameraSource.trimmed();
    for (auto it = m_tables.begin(); it != m_tables.end();) {
        if (!wanted.contains(it->first)) {
            if (it->second.camera)
                it->second.camera->stop();
            it = m_tables.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &[tableId, source] : wanted) {
        const auto found = m_tables.find(tableId);
        if (found != m_tables.end() && found->second.source == source)
            continue;
        const bool replaced = found != m_tables.end();
        // The old camera outlives the signal, so screens showing it can let go of it.
        const std::unique_ptr<capture::TableCamera> old = startTable(tableId, source);
        if (replaced)
            Q_EMIT cameraReplaced(tableId);
    }
}

void VenueCameras::stopAll()
{
    for (auto &[tableId, feed] : m_tables)
        if (feed.camera)
            feed.camera->stop();
}

capture::TableCamera *VenueCameras::camera(qint64 tableId) const
{
    const auto found = m_tables.find(tableId);
    return found == m_tables.end() ? nullptr : found->second.camera.get();
}

venue::TableScoreboard *VenueCameras::scoreboard(qint64 tableId) const
{
    const auto found = m_tables.find(tableId);
    return found == m_tables.end() ? nullptr : found->second.scoreboard.get();
}

std::vector<qint64> VenueCameras::tableIds() const
{
    std::vector<qint64> ids;
    for (const auto &[tableId, feed] : m_tables)
        ids.push_back(tableId);
    return ids;
}

std::unique_ptr<capture::TableCamera> VenueCameras::startTable(qint64 tableId,
                                                               const QString &source)
{
    TableFeed &feed = m_tables[tableId];
    std::unique_ptr<capture::TableCamera> old = std::move(feed.camera);
    if (old)
        old->stop();
    feed.source = source;
    if (!feed.scoreboard)
        feed.scoreboard = std::make_unique<venue::TableScoreboard>();
    feed.scoreboard->show({}); // another source: another match, or none
    if (!source.isEmpty()) {   // a table without a camera has nothing to show or retry
        feed.camera = makeTableCamera(source, feed.scoreboard.get());
        feed.camera->start();
    }
    return old;
}

} // namespace dojo::app
