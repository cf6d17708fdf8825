#include "capture/tablecamera.h"

#include "capture/internal/capturetr.h"

#include <QMetaObject>

#include <algorithm>
#include <cmath>

namespace dojo::capture {

using internal::Tr;

namespace {
constexpr int kRateMilliseconds = 1000;
constexpr double kRateWindowSeconds = 2.0;
constexpr int kLongestRetryFactor = 30;
constexpr double kAveragedFrames = 30.0; // the time per frame follows about the last second
} // namespace

TableCamera::TableCamera(const SourceSpec &spec, SourceFactory factory, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_factory(std::move(factory))
{
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // health() tells the wait to the tenth
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        ++m_retries;
        startSource();
        Q_EMIT healthChanged();
    });
    m_rateTimer.setInterval(kRateMilliseconds);
    connect(&m_rateTimer, &QTimer::timeout, this, &TableCamera::updateRates);
    // On the source's thread: one queued cue per frame waiting, never a wait.
    m_queue.setOnFrame([this] {
        if (!m_notifyPending.exchange(true))
            QMetaObject::invokeMethod(this, &TableCamera::framesArrived, Qt::QueuedConnection);
    });
}

TableCamera::~TableCamera()
{
    // The source goes first: after it, nothing pushes into the queue or cues this object.
    m_source.reset();
}

void TableCamera::start()
{
    m_wanted = true;
    m_retries = 0;
    m_samples.clear();
    m_samples.push_back(
        {static_cast<double>(m_clock.nsecsElapsed()) / 1e9, m_queue.counts().pushed, m_processed});
    m_framesIn = 0.0;
    m_framesProcessed = 0.0;
    m_rateTimer.start();
    startSource();
    Q_EMIT healthChanged();
}

void TableCamera::stop()
{
    m_wanted = false;
    m_retryTimer.stop();
    m_rateTimer.stop();
    m_samples.clear();
    m_framesIn = 0.0;
    m_framesProcessed = 0.0;
    if (m_source)
        m_source->stop();
    Q_EMIT healthChanged();
}

std::optional<Frame> TableCamera::takeFrame()
{
    std::optional<Frame> frame = m_queue.take();
    if (frame) {
        m_latest = *frame;
        Q_EMIT latestChanged();
    }
    return frame;
}

void TableCamera::frameProcessed(double milliseconds)
{
    ++m_processed;
    const double weight = 1.0 / std::min(static_cast<double>(m_processed), kAveragedFrames);
    m_averageMilliseconds += (milliseconds - m_averageMilliseconds) * weight;
}

SourceHealth TableCamera::health() const
{
    SourceHealth health;
    if (m_source) {
        health.state = m_source->state();
        health.problem = m_source->problem();
    } else if (!m_problem.isEmpty()) {
        health.state = SourceState::Failed;
        health.problem = m_problem;
    }
    health.framesInPerSecond = m_framesIn;
    health.framesProcessedPerSecond = m_framesProcessed;
    health.framesDropped = m_queue.counts().dropped;
    health.millisecondsPerFrame = m_averageMilliseconds;
    health.retries = m_retries;
    health.nextRetryIn = m_retryTimer.isActive() ? m_retryTimer.remainingTime() / 1000.0 : 0.0;
    return health;
}

void TableCamera::startSource()
{
    ++m_generation;
    m_source.reset();
    m_problem.clear();
    m_pushedAtStart = m_queue.counts().pushed;
    if (m_factory)
        m_source = m_factory(m_spec, m_queue, m_clock);
    if (!m_source) {
        m_problem = Tr::tr("DojoPool cannot show the source %1 here.").arg(sourceSpecText(m_spec));
        return;
    }
    // Queued: a source may fail inside start(), and whoever hears healthChanged may stop or
    // restart this camera, which must not delete a source in the middle of its own signal.
    const int generation = m_generation;
    connect(m_source.get(), &FrameSource::stateChanged, this,
            [this, generation](SourceState state, const QString &problem) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, state, problem] {
                        if (generation == m_generation)
                            sourceStateChanged(state, problem);
                    },
                    Qt::QueuedConnection);
            });
    m_source->start();
}

void TableCamera::sourceStateChanged(SourceState state, const QString &)
{
    if (state == SourceState::Failed && m_wanted)
        retryLater();
    Q_EMIT healthChanged();
}

void TableCamera::retryLater()
{
    if (m_retryTimer.isActive())
        return;
    // 1, 2, 4, 8, 16, 30, 30 ... units after each failure since frames last flowed.
    const int factor = m_retries < 5 ? 1 << m_retries : kLongestRetryFactor;
    m_retryTimer.start(static_cast<int>(
        std::lround(std::min(factor, kLongestRetryFactor) * m_retryUnit * 1000.0)));
}

void TableCamera::framesArrived()
{
    m_notifyPending = false;
    if (m_retries > 0 && m_queue.counts().pushed > m_pushedAtStart) {
        m_retries = 0;
        Q_EMIT healthChanged();
    }
    Q_EMIT frameArrived();
}

void TableCamera::updateRates()
{
    const double now = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    const long long pushed = m_queue.counts().pushed;
    m_samples.push_back({now, pushed, m_processed});
    while (m_samples.size() > 2 && now - m_samples[1].time >= kRateWindowSeconds)
        m_samples.pop_front();
    const RateSample &first = m_samples.front();
    const double span = now - first.time;
    m_framesIn = span > 0.0 ? static_cast<double>(pushed - first.pushed) / span : 0.0;
    m_framesProcessed
        = span > 0.0 ? static_cast<double>(m_processed - first.processed) / span : 0.0;
    if (m_retries > 0 && pushed > m_pushedAtStart)
        m_retries = 0;
    Q_EMIT healthChanged();
}

} // namespace dojo::capture
