#include "capture/internal/playbacksource.h"

#include "capture/internal/frameoutlet.h"
#include "capture/internal/playbackthread.h"

#include <QMetaObject>

#include <utility>

namespace dojo::capture::internal {

namespace {
constexpr int kWatchdogMilliseconds = 250;
}

PlaybackSource::PlaybackSource(FrameQueue &queue, const QElapsedTimer &clock, QObject *parent)
    : FrameSource(queue, clock, parent)
{
    m_watchdog.setInterval(kWatchdogMilliseconds);
    connect(&m_watchdog, &QTimer::timeout, this, &PlaybackSource::checkSilence);
}

PlaybackSource::~PlaybackSource()
{
    endPlayback();
}

void PlaybackSource::start()
{
    if (m_outlet)
        return;
    setState(SourceState::Starting);
    Result<Build> build = prepare();
    if (!build) {
        setState(SourceState::Failed, build.error());
        return;
    }
    // Reports from the playback thread land here, and only while this playback is the current
    // one: a retired thread's last words are dropped.
    const int run = ++m_run;
    auto outlet
        = std::make_shared<FrameOutlet>([this](QImage image) { deliver(std::move(image)); },
                                        [this, run](SourceState state, const QString &problem) {
                                            QMetaObject::invokeMethod(
                                                this,
                                                [this, run, state, problem] {
                                                    if (run == m_run)
                                                        reported(state, problem);
                                                },
                                                Qt::QueuedConnection);
                                        });
    m_outlet = outlet;
    m_thread = PlaybackThread::launch();
    QMetaObject::invokeMethod(
        m_thread->context(),
        [context = m_thread->context(), outlet, build = std::move(*build)] {
            build(context, outlet);
        },
        Qt::QueuedConnection);
    if (m_openingSeconds > 0.0 || m_silenceSeconds > 0.0)
        m_watchdog.start();
}

void PlaybackSource::stop()
{
    endPlayback();
    setState(SourceState::Stopped);
}

void PlaybackSource::setWatchdog(double openingSeconds, double silenceSeconds)
{
    m_openingSeconds = openingSeconds;
    m_silenceSeconds = silenceSeconds;
}

void PlaybackSource::fail(const QString &problem)
{
    endPlayback();
    setState(SourceState::Failed, problem);
}

void PlaybackSource::reported(SourceState state, const QString &problem)
{
    if (!m_outlet)
        return;
    switch (state) {
    case SourceState::Failed: fail(problem); return;
    case SourceState::Finished:
        endPlayback();
        setState(SourceState::Finished);
        return;
    case SourceState::Stopped:
    case SourceState::Starting:
    case SourceState::Running: setState(state, problem); return;
    }
}

void PlaybackSource::endPlayback()
{
    m_watchdog.stop();
    if (m_outlet) {
        m_outlet->close();
        m_outlet.reset();
    }
    if (m_thread) {
        m_thread->retire();
        m_thread = nullptr;
    }
}

void PlaybackSource::checkSilence()
{
    if (!m_outlet)
        return;
    const bool opening = !m_outlet->hasPictures();
    const double limit = opening ? m_openingSeconds : m_silenceSeconds;
    const double silent = m_outlet->secondsSilent();
    if (limit > 0.0 && silent > limit)
        fail(silenceProblem(limit, opening));
}

} // namespace dojo::capture::internal
