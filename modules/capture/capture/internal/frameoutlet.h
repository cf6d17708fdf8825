#pragma once

#include "capture/framesource.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>

namespace dojo::capture::internal {

// The way from a playback thread to its source: pictures and how playback is going. The source
// closes it when it stops; from then on nothing passes, so the thread may outlive the source.
class FrameOutlet
{
public:
    using Deliver = std::function<void(QImage image)>;
    using Report = std::function<void(SourceState state, const QString &problem)>;

    FrameOutlet(Deliver deliver, Report report);

    // Any thread. The first picture also reports Running.
    void pass(QImage image);
    void report(SourceState state, const QString &problem = {});
    void close();

    // Seconds since the last picture, or since the outlet opened when none came yet.
    double secondsSilent() const;
    bool hasPictures() const { return m_lastPicture.load() >= 0; }

private:
    mutable QMutex m_mutex;
    bool m_open = true;
    Deliver m_deliver;
    Report m_report;
    QElapsedTimer m_opened;
    std::atomic<qint64> m_lastPicture{-1}; // nanoseconds on m_opened
};

} // namespace dojo::capture::internal
