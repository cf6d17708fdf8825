#include "physics/shotevent.h"

namespace dojo::physics {

QString eventKindKey(ShotEvent::Kind kind)
{
    switch (kind) {
    case ShotEvent::Kind::CueStrike: return QStringLiteral("cue-strike");
    case ShotEvent::Kind::BallBall: return QStringLiteral("ball-ball");
    case ShotEvent::Kind::BallCushion: return QStringLiteral("ball-cushion");
    case ShotEvent::Kind::BallJaw: return QStringLiteral("ball-jaw");
    case ShotEvent::Kind::Pocket: return QStringLiteral("pocket");
    case ShotEvent::Kind::SlidingToRolling: return QStringLiteral("sliding-to-rolling");
    case ShotEvent::Kind::RollingToRest: return QStringLiteral("rolling-to-rest");
    }
    return {};
}

} // namespace dojo::physics
