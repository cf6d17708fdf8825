#pragma once

#include "capture/framesource.h"
#include "core/result.h"

#include <QTimer>

#include <functional>
#include <memory>

namespace dojo::capture::internal {

class FrameOutlet;
class PlaybackThread;

// A source whose pictures come from objects on a thread of its own (a player, a camera, an
// image reader): starting makes them there, failing or stopping retires that thread without
// waiting for it, and a watchdog fails a source that goes silent.
class PlaybackSource : public FrameSource
{
    Q_OBJECT

public:
    PlaybackSource(FrameQueue &queue, const QElapsedTimer &clock, QObject *parent = nullptr);
    ~PlaybackSource() override;

    void start() final;
    void stop() final;

protected:
    // Runs on the playback thread: makes the objects (children of `context`) that feed `outlet`.
    using Build = std::function<void(QObject *context, std::shared_ptr<FrameOutlet> outlet)>;

    // On this thread: what to build, or why nothing can start (a missing file or camera).
    virtual Result<Build> prepare() = 0;
    // The sentence for a source that showed no picture for `seconds`, before its first picture
    // (`opening`) or after.
    virtual QString silenceProblem(double seconds, bool opening) const = 0;

    // Fail a source that sends nothing for this long: before the first picture, and after it.
    void setWatchdog(double openingSeconds, double silenceSeconds);
    // Stops playing and shows the problem; TableCamera decides when to try again.
    void fail(const QString &problem);

private:
    void reported(SourceState state, const QString &problem);
    void endPlayback();
    void checkSilence();

    PlaybackThread *m_thread = nullptr;
    std::shared_ptr<FrameOutlet> m_outlet;
    QTimer m_watchdog;
    double m_openingSeconds = 0.0;
    double m_silenceSeconds = 0.0;
    int m_run = 0; // which start() the playback thread's reports belong to
};

} // namespace dojo::capture::internal
