#pragma once

#include "capture/framequeue.h"
#include "capture/framesource.h"
#include "capture/sourcespec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace dojo::capture {

// Makes the FrameSource a spec names (app/ knows the concrete classes; tests pass fakes).
using SourceFactory = std::function<std::unique_ptr<FrameSource>(
    const SourceSpec &spec, FrameQueue &queue, const QElapsedTimer &clock)>;

// How a table's camera is doing, over the last few seconds.
struct SourceHealth
{
    SourceState state = SourceState::Stopped;
    QString problem; // why it failed, when it did
    double framesInPerSecond = 0.0;
    double framesProcessedPerSecond = 0.0;
    long long framesDropped = 0;       // since start
    double millisecondsPerFrame = 0.0; // the consumer's processing time, averaged
    int retries = 0;                   // restarts since the last frame arrived
    double nextRetryIn = 0.0;          // seconds, while Failed
};

// One table's camera: its source, the latest-wins queue, the retries and the health. A source
// that fails is shown as failed and started again after 1, 2, 4 ... up to 30 s; nothing here
// waits on it, so one table's camera never stops or slows another's. Lives on the GUI (or
// main) thread; frames may arrive from any thread.
class TableCamera : public QObject
{
    Q_OBJECT

public:
    TableCamera(const SourceSpec &spec, SourceFactory factory, QObject *parent = nullptr);
    ~TableCamera() override;

    const SourceSpec &spec() const { return m_spec; }
    void start();
    void stop();

    // The newest frame, once: the one consumer (today the table screen's pipeline, with
    // tracking the vision worker) calls this after frameArrived(). It also becomes latest().
    std::optional<Frame> takeFrame();
    // The last frame the consumer took, for every display (thumbnails, table screens); no
    // pixels are copied. Null image before the first frame.
    const Frame &latest() const { return m_latest; }
    // The consumer says how long it took over a frame it took (for the health figures).
    void frameProcessed(double milliseconds);

    SourceHealth health() const;
    FrameSource *source() const { return m_source.get(); }

    // The first retry's delay in seconds (1 in a venue); each next one doubles, up to 30 times
    // it. Tests shorten it.
    void setRetryUnit(double seconds) { m_retryUnit = seconds; }

Q_SIGNALS:
    // A frame waits in the queue (queued to this object's thread; at most one pending).
    void frameArrived();
    // takeFrame() handed out a new frame: latest() changed.
    void latestChanged();
    void healthChanged();

private:
    void startSource();
    void sourceStateChanged(SourceState state, const QString &problem);
    void retryLater();
    void updateRates();
    void framesArrived();

    SourceSpec m_spec;
    SourceFactory m_factory;
    QElapsedTimer m_clock;
    FrameQueue m_queue;
    std::unique_ptr<FrameSource> m_source;
    Frame m_latest;
    QTimer m_retryTimer;
    QTimer m_rateTimer;
    int m_retries = 0;
    double m_retryUnit = 1.0;
    bool m_wanted = false;
    int m_generation = 0;          // which source a queued state change came from
    long long m_pushedAtStart = 0; // the queue's pushes when the current source started
    QString m_problem;             // why there is no source at all
    std::atomic<bool> m_notifyPending{false};
    // rates: (time, frames pushed, frames processed) samples over the last seconds
    struct RateSample
    {
        double time;
        long long pushed;
        long long processed;
    };
    std::deque<RateSample> m_samples;
    long long m_processed = 0;
    double m_averageMilliseconds = 0.0;
    double m_framesIn = 0.0;
    double m_framesProcessed = 0.0;
};

} // namespace dojo::capture
