#pragma once

#include "capture/frame.h"

#include <QMutex>

#include <atomic>
#include <functional>
#include <optional>

namespace dojo::capture {

struct FrameQueueCounts
{
    long long pushed = 0;  // frames the source handed in
    long long taken = 0;   // frames the consumer took
    long long dropped = 0; // frames replaced by a newer one before anyone took them
};

// Latest wins: one slot between a source and its consumer. push() never waits for the
// consumer; a frame nobody took before the next one arrived is dropped and counted. Any
// thread may push and take.
class FrameQueue
{
public:
    // Called (on the pushing thread) when a frame lands in an empty slot: the consumer's cue
    // to take it, typically by posting a queued call.
    void setOnFrame(std::function<void()> onFrame);

    void push(Frame frame);
    std::optional<Frame> take();

    FrameQueueCounts counts() const;

private:
    mutable QMutex m_mutex;
    std::optional<Frame> m_slot;
    std::function<void()> m_onFrame;
    std::atomic<long long> m_pushed{0};
    std::atomic<long long> m_taken{0};
    std::atomic<long long> m_dropped{0};
};

} // namespace dojo::capture
