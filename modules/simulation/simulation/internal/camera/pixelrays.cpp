#include "simulation/internal/camera/pixelrays.h"

#include <algorithm>

namespace dojo::simulation::internal {

PixelRays::PixelRays(const Lens &lens, QSize resolution)
    : m_lens(lens)
    , m_inverseFocal(1.0 / lens.focal)
    , m_inverseCornerSquared(4.0
                             / (double(resolution.width()) * resolution.width()
                                + double(resolution.height()) * resolution.height()))
{
    // The image's corners, with room for a ball's box reaching a little past them.
    const double halfWidth = (resolution.width() / 2.0 + 64) / lens.focal;
    const double halfHeight = (resolution.height() / 2.0 + 64) / lens.focal;
    const double largest = halfWidth * halfWidth + halfHeight * halfHeight;
    constexpr int kSteps = 4096;
    m_stepsPerUnit = kSteps / largest;
    m_factors.resize(kSteps + 2);
    for (size_t i = 0; i < m_factors.size(); ++i)
        m_factors[i] = undistortionFactor(lens.k1, double(i) / m_stepsPerUnit);
}

} // namespace dojo::simulation::internal
