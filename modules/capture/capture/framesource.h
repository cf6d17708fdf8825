#pragma once

#include "capture/framequeue.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace dojo::capture {

enum class SourceState {
    Stopped,  // not started, or stopped on purpose
    Starting, // opening the device, file or stream
    Running,  // frames arriving
    Failed,   // gone: unplugged, unreachable, unreadable (problem() says which)
    Finished  // a file or folder that does not loop reached its end
};

// One table's picture: a camera, a file, a stream, images or the simulated table. A source
// hands its frames to a FrameQueue, stamped with a number and the monotonic time, and never
// waits for whoever takes them. It reports failure by state, never by crashing or blocking;
// TableCamera decides when to try again.
class FrameSource : public QObject
{
    Q_OBJECT

public:
    // `clock` is the TableCamera's monotonic clock (started); frame times are its seconds.
    FrameSource(FrameQueue &queue, const QElapsedTimer &clock, QObject *parent = nullptr);
    ~FrameSource() override;

    virtual void start() = 0;
    virtual void stop() = 0;

    SourceState state() const { return m_state; }
    QString problem() const { return m_problem; }
    long long framesDelivered() const { return m_nextNumber; }

Q_SIGNALS:
    void stateChanged(dojo::capture::SourceState state, const QString &problem);

protected:
    // Stamps and queues one picture (any thread). The truth is the simulated table's.
    void deliver(QImage image, std::shared_ptr<const std::vector<BallPosition>> truth = {});
    // The same for a picture whose own time is known (seconds, on the same clock's scale from
    // the source's start): a recording's timestamp, a test's frame times.
    void deliverAt(QImage image, double time,
                   std::shared_ptr<const std::vector<BallPosition>> truth = {});
    void setState(SourceState state, const QString &problem = {});

private:
    FrameQueue &m_queue;
    const QElapsedTimer &m_clock;
    std::atomic<long long> m_nextNumber{0};
    SourceState m_state = SourceState::Stopped;
    QString m_problem;
};

} // namespace dojo::capture
