#include "rules/foul.h"

namespace dojo::rules {

QString foulKey(Foul foul)
{
    switch (foul) {
    case Foul::Scratch: return QStringLiteral("scratch");
    case Foul::CueBallOffTable: return QStringLiteral("cue-ball-off-table");
    case Foul::NoContact: return QStringLiteral("no-contact");
    case Foul::WrongBallFirst: return QStringLiteral("wrong-ball-first");
    case Foul::NoRail: return QStringLiteral("no-rail");
    case Foul::ObjectBallOffTable: return QStringLiteral("object-ball-off-table");
    case Foul::BadBreak: return QStringLiteral("bad-break");
    case Foul::OpeningBreakBreach: return QStringLiteral("opening-break-breach");
    case Foul::EightBallLost: return QStringLiteral("eight-ball-lost");
    case Foul::DoubleHit: return QStringLiteral("double-hit");
    case Foul::PushShot: return QStringLiteral("push-shot");
    case Foul::TouchedBall: return QStringLiteral("touched-ball");
    case Foul::BadCueBallPlacement: return QStringLiteral("bad-cue-ball-placement");
    case Foul::NoFootOnFloor: return QStringLiteral("no-foot-on-floor");
    case Foul::SlowPlay: return QStringLiteral("slow-play");
    case Foul::ThreeFouls: return QStringLiteral("three-fouls");
    }
    return {};
}

} // namespace dojo::rules
