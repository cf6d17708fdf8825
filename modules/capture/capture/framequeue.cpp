#include "capture/framequeue.h"

#include <QMutexLocker>

#include <utility>

namespace dojo::capture {

void FrameQueue::setOnFrame(std::function<void()> onFrame)
{
    QMutexLocker lock(&m_mutex);
    m_onFrame = std::move(onFrame);
}

void FrameQueue::push(Frame frame)
{
    std::optional<Frame> replaced;
    std::function<void()> cue;
    {
        QMutexLocker lock(&m_mutex);
        ++m_pushed;
        if (m_slot) {
            ++m_dropped;
            replaced = std::move(m_slot);
        } else {
            cue = m_onFrame;
        }
        m_slot = std::move(frame);
    }
    // The replaced frame's pixels are freed and the consumer is cued outside the lock, so the
    // consumer never waits on more than a move.
    replaced.reset();
    if (cue)
        cue();
}

std::optional<Frame> FrameQueue::take()
{
    QMutexLocker lock(&m_mutex);
    if (!m_slot)
        return std::nullopt;
    ++m_taken;
    return std::exchange(m_slot, std::nullopt);
}

FrameQueueCounts FrameQueue::counts() const
{
    // Counted under the lock, so that pushed == taken + dropped (+ 1 waiting) holds in one read.
    QMutexLocker lock(&m_mutex);
    return {m_pushed.load(), m_taken.load(), m_dropped.load()};
}

} // namespace dojo::capture
