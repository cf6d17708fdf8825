#include "review/shottext.h"

#include "common/uitr.h"

#include <core/ball.h>

#include <QLocale>

namespace dojo::ui::ShotText {

QString pocketName(PocketId pocket)
{
    switch (pocket) {
    case PocketId::HeadLeft: return Tr::tr("head-left corner");
    case PocketId::HeadRight: return Tr::tr("head-right corner");
    case PocketId::SideLeft: return Tr::tr("left side");
    case PocketId::SideRight: return Tr::tr("right side");
    case PocketId::FootLeft: return Tr::tr("foot-left corner");
    case PocketId::FootRight: return Tr::tr("foot-right corner");
    }
    return {};
}

QString ballName(int ball)
{
    if (ball == kCueBall)
        return Tr::tr("cue ball");
    if (!isBallNumber(ball))
        return Tr::tr("unidentified ball");
    return Tr::tr("%1 ball").arg(ball);
}

QString ballInHandName(rules::BallInHand ballInHand)
{
    switch (ballInHand) {
    case rules::BallInHand::None: return Tr::tr("No ball in hand");
    case rules::BallInHand::Anywhere: return Tr::tr("Ball in hand anywhere");
    case rules::BallInHand::BehindHeadString: return Tr::tr("Ball in hand behind the head string");
    }
    return {};
}

namespace {

QString ballList(const std::vector<int> &balls)
{
    QStringList names;
    for (int ball : balls)
        names << ballName(ball);
    return QLocale().createSeparatedList(names);
}

} // namespace

QStringList sentences(const ShotRecord &shot)
{
    QStringList lines;
    if (shot.isBreak)
        lines << Tr::tr("This shot was the break.");
    if (shot.firstContact)
        lines << Tr::tr("The cue ball hit the %1 first.").arg(ballName(*shot.firstContact));
    else
        lines << Tr::tr("The cue ball hit no object ball.");
    if (shot.pocketed.empty())
        lines << Tr::tr("No ball was pocketed.");
    for (const PocketedBall &pocketed : shot.pocketed) {
        if (pocketed.ball == kCueBall)
            lines << Tr::tr("The cue ball dropped into the %1 pocket: a scratch.")
                         .arg(pocketName(pocketed.pocket));
        else
            lines << Tr::tr("The %1 dropped into the %2 pocket.")
                         .arg(ballName(pocketed.ball), pocketName(pocketed.pocket));
    }
    if (shot.rails.empty())
        lines << Tr::tr("No ball reached a rail after the first contact.");
    else
        lines << Tr::tr("Balls that reached a rail after the first contact: %1.")
                     .arg(ballList(shot.rails));
    for (int ball : shot.offTable)
        lines << Tr::tr("The %1 left the table.").arg(ballName(ball));
    if (shot.call) {
        if (shot.call->safety)
            lines << Tr::tr("The shooter called a safety.");
        else
            lines << Tr::tr("The shooter called the %1 in the %2 pocket.")
                         .arg(ballName(shot.call->ball), pocketName(shot.call->pocket));
    }
    if (shot.pushOut)
        lines << Tr::tr("The shooter called a push-out.");
    return lines;
}

QString state(const venue::RefereedShot &outcome)
{
    switch (outcome.state) {
    case venue::RefereedShot::State::Waiting: return Tr::tr("Waiting for a referee.");
    case venue::RefereedShot::State::Ruled: return Tr::tr("Ruled.");
    case venue::RefereedShot::State::Unruled: return Tr::tr("Not ruled.");
    }
    return {};
}

QString reviewedBy(const QString &reviewedBy)
{
    if (reviewedBy.isEmpty())
        return {};
    QString name = reviewedBy;
    const QString prefix = QStringLiteral("referee:");
    if (name.startsWith(prefix))
        name = name.mid(prefix.size());
    return Tr::tr("Reviewed by %1.").arg(name);
}

} // namespace dojo::ui::ShotText
