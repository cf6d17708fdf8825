#pragma once

#include "physics/ballstate.h"
#include "physics/internal/constants.h"

#include "core/vec2.h"

namespace dojo::physics::internal {

// Two touching balls exchange impulses: along the line of centres with restitution, then
// ball-ball friction at the contact (throw, spin transfer) up to Coulomb's limit. Both
// impulses can only take kinetic energy away.
void collideBalls(BallState &a, BallState &b, const Constants &constants);

// A ball meets the cushion nose, which touches it above its equator (cushion height);
// `normal` is horizontal, from the nose toward the ball's centre. Restitution on the
// normal, then cushion friction at the nose; the bed absorbs the downward part.
void bounceOffCushion(BallState &ball, Vec2 normal, const Constants &constants);

} // namespace dojo::physics::internal
