#include "capture/internal/frameoutlet.h"

#include <QMutexLocker>

#include <utility>

namespace dojo::capture::internal {

FrameOutlet::FrameOutlet(Deliver deliver, Report report)
    : m_deliver(std::move(deliver))
    , m_report(std::move(report))
{
    m_opened.start();
}

void FrameOutlet::pass(QImage image)
{
    QMutexLocker lock(&m_mutex);
    if (!m_open)
        return;
    const bool first = m_lastPicture.exchange(m_opened.nsecsElapsed()) < 0;
    m_deliver(std::move(image));
    if (first)
        m_report(SourceState::Running, {});
}

void FrameOutlet::report(SourceState state, const QString &problem)
{
    QMutexLocker lock(&m_mutex);
    if (m_open)
        m_report(state, problem);
}

void FrameOutlet::close()
{
    QMutexLocker lock(&m_mutex);
    m_open = false;
}

double FrameOutlet::secondsSilent() const
{
    const qint64 last = m_lastPicture.load();
    return static_cast<double>(m_opened.nsecsElapsed() - (last < 0 ? 0 : last)) / 1e9;
}

} // namespace dojo::capture::internal
