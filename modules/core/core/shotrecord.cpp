#include "core/shotrecord.h"

#include <algorithm>

namespace dojo {

QString refereeFoulKey(RefereeFoul foul)
{
    switch (foul) {
    case RefereeFoul::DoubleHit: return QStringLiteral("double-hit");
    case RefereeFoul::PushShot: return QStringLiteral("push-shot");
    case RefereeFoul::TouchedBall: return QStringLiteral("touched-ball");
    case RefereeFoul::BadCueBallPlacement: return QStringLiteral("bad-cue-ball-placement");
    case RefereeFoul::NoFootOnFloor: return QStringLiteral("no-foot-on-floor");
    case RefereeFoul::SlowPlay: return QStringLiteral("slow-play");
    }
    return {};
}

std::optional<RefereeFoul> refereeFoulFromKey(const QString &key)
{
    for (RefereeFoul foul : kAllRefereeFouls) {
        if (refereeFoulKey(foul) == key)
            return foul;
    }
    return std::nullopt;
}

bool ShotRecord::isPocketed(int ball) const
{
    return std::any_of(pocketed.begin(), pocketed.end(),
                       [ball](const PocketedBall &p) { return p.ball == ball; });
}

bool ShotRecord::isOffTable(int ball) const
{
    return std::find(offTable.begin(), offTable.end(), ball) != offTable.end();
}

} // namespace dojo
