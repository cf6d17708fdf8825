#pragma once

#include "capture/internal/playbacksource.h"
#include "capture/sourcespec.h"

namespace dojo::capture {

// A video file or a network stream (rtsp://, http:// MJPEG) through QMediaPlayer, on a thread
// of its own. A file loops when the spec says so, or finishes; a stream that errors, ends or
// sends no picture for a few seconds fails, and so does a file that cannot be played.
class MediaSource final : public internal::PlaybackSource
{
    Q_OBJECT

public:
    // A source silent this long after its first picture has failed.
    static constexpr double kSilenceSeconds = 3.0;
    // ... and this long before it (a stream connects and buffers first).
    static constexpr double kOpeningSeconds = 10.0;

    MediaSource(const SourceSpec &spec, FrameQueue &queue, const QElapsedTimer &clock,
                QObject *parent = nullptr);
    ~MediaSource() override;

protected:
    Result<Build> prepare() override;
    QString silenceProblem(double seconds, bool opening) const override;

private:
    bool isStream() const { return m_spec.kind == SourceSpec::Kind::Stream; }
    QString name() const;

    SourceSpec m_spec;
};

} // namespace dojo::capture
