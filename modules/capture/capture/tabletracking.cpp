#include "capture/tabletracking.h"

#include "capture/internal/trackingworker.h"
#include "capture/tablecamera.h"

#include <QThread>

namespace dojo::capture {

TableTracking::TableTracking(qint64 tableId, TableSize table,
                             std::optional<std::array<QPointF, 4>> corners, ReplayBuffer *replays,
                             QObject *parent)
    : QObject(parent)
    , m_tableId(tableId)
    , m_thread(std::make_unique<QThread>())
{
    qRegisterMetaType<std::shared_ptr<const ReplayShot>>();
    m_thread->setObjectName(QStringLiteral("tracking %1").arg(tableId));
    m_worker = new internal::TrackingWorker(tableId, table, corners, replays);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &internal::TrackingWorker::shotTracked, this, &TableTracking::shotTracked,
            Qt::QueuedConnection);
    connect(m_worker, &internal::TrackingWorker::trackedChanged, this,
            &TableTracking::trackedChanged, Qt::QueuedConnection);
    m_thread->start();
}

TableTracking::~TableTracking()
{
    m_thread->quit();
    m_thread->wait();
}

void TableTracking::follow(TableCamera &camera)
{
    internal::TrackingWorker *worker = m_worker;
    TableCamera *source = &camera;
    connect(&camera, &TableCamera::latestChanged, this,
            [worker, source] { worker->offer(source->latest(), source); });
}

TrackedTable TableTracking::latest() const
{
    return m_worker->latest();
}

} // namespace dojo::capture
