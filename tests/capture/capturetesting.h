#pragma once

#include "capture/camerasource.h"
#include "capture/imagesource.h"
#include "capture/mediasource.h"
#include "capture/tablecamera.h"

#include <QObject>

#include <memory>
#include <vector>

namespace dojo::capture::testing {

// The real sources a venue's table may name (no simulated table: it has its own tests).
inline SourceFactory realSources()
{
    return [](const SourceSpec &spec, FrameQueue &queue,
              const QElapsedTimer &clock) -> std::unique_ptr<FrameSource> {
        switch (spec.kind) {
        case SourceSpec::Kind::Camera: return std::make_unique<CameraSource>(spec, queue, clock);
        case SourceSpec::Kind::Stream:
        case SourceSpec::Kind::VideoFile: return std::make_unique<MediaSource>(spec, queue, clock);
        case SourceSpec::Kind::Image:
        case SourceSpec::Kind::ImageFolder:
            return std::make_unique<ImageSource>(spec, queue, clock);
        case SourceSpec::Kind::Simulated: return nullptr;
        }
        return nullptr;
    };
}

// The one consumer of a table's camera, as the table screen is: it takes every frame it is
// cued for and keeps it for the test to look at.
class FrameRecorder
{
public:
    explicit FrameRecorder(TableCamera &camera)
    {
        QObject::connect(&camera, &TableCamera::frameArrived, &camera, [this, &camera] {
            while (std::optional<Frame> frame = camera.takeFrame()) {
                m_frames.push_back(*frame);
                camera.frameProcessed(1.0);
            }
        });
    }

    const std::vector<Frame> &frames() const { return m_frames; }
    long long newestNumber() const { return m_frames.empty() ? -1 : m_frames.back().number; }
    std::size_t count() const { return m_frames.size(); }

private:
    std::vector<Frame> m_frames;
};

} // namespace dojo::capture::testing
