#include "capture/internal/cameramodes.h"

#include <cmath>
#include <tuple>

namespace dojo::capture::internal {

namespace {

// How far a resolution is from the wanted one, in relative terms on each side: 1280x720 is as
// far from 1920x1080 as 1920x1080 is from 2880x1620.
double resolutionDistance(QSize size, QSize wanted)
{
    if (size.isEmpty())
        return INFINITY;
    return std::abs(std::log(static_cast<double>(size.width()) / wanted.width()))
           + std::abs(std::log(static_cast<double>(size.height()) / wanted.height()));
}

double rateDistance(const CameraMode &mode, double wanted)
{
    if (wanted < mode.minFramesPerSecond)
        return mode.minFramesPerSecond - wanted;
    if (wanted > mode.maxFramesPerSecond)
        return wanted - mode.maxFramesPerSecond;
    return 0.0;
}

// Smaller is closer: what was asked for first, then the largest picture or the fastest rate.
std::tuple<double, double> distance(const CameraMode &mode, QSize resolution,
                                    double framesPerSecond)
{
    const double pixels = static_cast<double>(mode.resolution.width()) * mode.resolution.height();
    const bool sized = !resolution.isEmpty();
    const bool paced = framesPerSecond > 0.0;
    if (sized && paced)
        return {resolutionDistance(mode.resolution, resolution),
                rateDistance(mode, framesPerSecond)};
    if (sized)
        return {resolutionDistance(mode.resolution, resolution), -mode.maxFramesPerSecond};
    if (paced)
        return {rateDistance(mode, framesPerSecond), -pixels};
    return {-pixels, -mode.maxFramesPerSecond};
}

} // namespace

int closestCameraMode(const std::vector<CameraMode> &modes, QSize resolution,
                      double framesPerSecond)
{
    int best = -1;
    std::tuple<double, double> bestDistance;
    for (int index = 0; index < static_cast<int>(modes.size()); ++index) {
        const CameraMode &mode = modes[static_cast<size_t>(index)];
        const std::tuple<double, double> closeness = distance(mode, resolution, framesPerSecond);
        if (best < 0 || closeness < bestDistance) {
            best = index;
            bestDistance = closeness;
        }
    }
    return best;
}

} // namespace dojo::capture::internal
