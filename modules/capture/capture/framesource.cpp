#include "capture/framesource.h"

#include <QMetaObject>
#include <QThread>

#include <utility>

namespace dojo::capture {

FrameSource::FrameSource(FrameQueue &queue, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_clock(clock)
{
}

FrameSource::~FrameSource() = default;

void FrameSource::deliver(QImage image, std::shared_ptr<const std::vector<BallPosition>> truth)
{
    deliverAt(std::move(image), static_cast<double>(m_clock.nsecsElapsed()) / 1e9,
              std::move(truth));
}

void FrameSource::deliverAt(QImage image, double time,
                            std::shared_ptr<const std::vector<BallPosition>> truth)
{
    Frame frame;
    frame.image = std::move(image);
    frame.number = m_nextNumber.fetch_add(1, std::memory_order_relaxed);
    frame.time = time;
    frame.truth = std::move(truth);
    m_queue.push(std::move(frame));
}

void FrameSource::setState(SourceState state, const QString &problem)
{
    // The state belongs to this object's thread; a source's own threads post it there.
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, state, problem] { setState(state, problem); }, Qt::QueuedConnection);
        return;
    }
    if (state == m_state && problem == m_problem)
        return;
    m_state = state;
    m_problem = problem;
    Q_EMIT stateChanged(state, problem);
}

} // namespace dojo::capture
