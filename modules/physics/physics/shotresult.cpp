#include "physics/shotresult.h"

#include <algorithm>
#include <cmath>

namespace dojo::physics {

std::vector<PathSample> ShotResult::samplePath(int ball, double hz) const
{
    std::vector<PathSample> samples;
    std::vector<const PathSegment *> segments;
    for (const PathSegment &segment : path) {
        if (segment.ball == ball)
            segments.push_back(&segment);
    }
    if (segments.empty() || !(hz > 0))
        return samples;
    const double last = std::min(segments.back()->end, duration);
    size_t current = 0;
    const auto at = [&](double time) {
        while (current + 1 < segments.size() && time > segments[current]->end)
            ++current;
        const PathSegment &s = *segments[current];
        const double tau = std::clamp(time - s.start, 0.0, s.end - s.start);
        return s.position + s.velocity * tau + s.acceleration * (0.5 * tau * tau);
    };
    const auto count = static_cast<long long>(std::floor(last * hz + 1e-9));
    for (long long i = 0; i <= count; ++i) {
        const double time = static_cast<double>(i) / hz;
        samples.push_back({time, at(time)});
    }
    if (samples.back().time < last)
        samples.push_back({last, at(last)});
    return samples;
}

} // namespace dojo::physics
