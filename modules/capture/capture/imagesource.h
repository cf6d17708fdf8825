#pragma once

#include "capture/internal/playbacksource.h"
#include "capture/sourcespec.h"

namespace dojo::capture {

// One image shown again and again like a still camera, or a folder of images played in name
// order (frame2 before frame10), both at the spec's frame rate (30 by default). A folder loops
// when the spec says so, or finishes. Images are read on a thread of their own.
class ImageSource final : public internal::PlaybackSource
{
    Q_OBJECT

public:
    static constexpr double kDefaultFramesPerSecond = 30.0;

    ImageSource(const SourceSpec &spec, FrameQueue &queue, const QElapsedTimer &clock,
                QObject *parent = nullptr);
    ~ImageSource() override;

protected:
    Result<Build> prepare() override;
    QString silenceProblem(double seconds, bool opening) const override;

private:
    SourceSpec m_spec;
};

} // namespace dojo::capture
