#pragma once

#include <core/result.h>

#include <QString>

#include <memory>

namespace cv {
class Mat;
}

namespace dojo::app {

// The pictures track reads, one after another: a video file, an image, a folder of images
// (by name), or the simulated table (`sim:SEED`, rendered here as its camera would see it).
class TrackInput
{
public:
    virtual ~TrackInput() = default;
    // The next picture (BGR); false at the end.
    virtual bool next(cv::Mat &picture) = 0;
    virtual double framesPerSecond() const = 0;
    // How many frames there are, when known; 0 when not.
    virtual long long frameCount() const { return 0; }
};

// `shots` limits the simulated table (it plays for ever); the others end by themselves.
Result<std::unique_ptr<TrackInput>> openTrackInput(const QString &input, int shots,
                                                   double imagesPerSecond);

} // namespace dojo::app
