#pragma once

#include "simulation/internal/camera/digitfont.h"
#include "simulation/internal/camera/rgb.h"

#include "physics/vec3.h"

#include "core/ball.h"

namespace dojo::simulation::internal {

// What is printed on one ball, in the ball's own frame: its colour (a stripe's only in a
// band around z), white circles on +x and -x with the number, the cue ball's red dots on
// the six axes.
class BallSurface
{
public:
    BallSurface(int number, const DigitFont &font);

    // The colour at unit direction `n` of the ball's frame, edges smoothed over `blur` rad.
    Rgb colour(physics::Vec3 n, double blur) const;

private:
    double numberInk(double u, double v, double blur) const;

    int m_number = 0;
    BallKind m_kind = BallKind::Cue;
    Rgb m_colour;
    const DigitFont *m_font = nullptr;
};

} // namespace dojo::simulation::internal
