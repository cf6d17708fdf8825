#pragma once

#include "simulation/internal/camera/stilltable.h"

#include <QImage>

#include <cstdint>
#include <vector>

namespace dojo::simulation::internal {

// The camera sensor's noise: a plane of Gaussian noise made once, read for each row of a
// frame from an offset that the seed, the frame number and the row choose, so every frame's
// noise differs yet is reproducible and costs one saturating add per byte.
class SensorNoise
{
public:
    SensorNoise(double sigma, std::uint64_t seed, int width);

    bool isSilent() const { return m_plane.empty(); }

    // Each row's noise for one frame (4 bytes a pixel in Format_RGB32's order, 0 for alpha);
    // none when the sensor is silent.
    std::vector<const std::int8_t *> rows(long long frameNumber, int height) const;

    // The still scene into the frame with the noise of these rows added.
    static void copy(const StillTable &still, const std::vector<const std::int8_t *> &noise,
                     QImage &frame);

private:
    std::uint64_t m_seed = 0;
    size_t m_rowBytes = 0;
    size_t m_offsets = 0; // how many pixel offsets a row can start from
    std::vector<std::int8_t> m_plane;
};

} // namespace dojo::simulation::internal
