#include "players/ratingtext.h"

#include "common/uitr.h"

#include <QLocale>

#include <cmath>

namespace dojo::ui {

QString ratingNumber(double rating)
{
    return QLocale().toString(qlonglong(std::lround(rating)));
}

QString ratingText(double rating, int racks)
{
    if (isProvisional(racks))
        return Tr::tr("%1 (%n racks, provisional)", nullptr, racks).arg(ratingNumber(rating));
    return Tr::tr("%1 (%n racks)", nullptr, racks).arg(ratingNumber(rating));
}

QString robustnessText(int racks)
{
    return isProvisional(racks) ? Tr::tr("Provisional") : Tr::tr("Established");
}

QString outcomeText(venue::MatchOutcome outcome)
{
    switch (outcome) {
    case venue::MatchOutcome::Won: return Tr::tr("Won");
    case venue::MatchOutcome::Lost: return Tr::tr("Lost");
    case venue::MatchOutcome::Drawn: return Tr::tr("Drawn");
    case venue::MatchOutcome::Unfinished: return Tr::tr("Unfinished");
    case venue::MatchOutcome::Abandoned: return Tr::tr("Abandoned");
    }
    return {};
}

QString minutesText(int minutes)
{
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString percentText(double ratio)
{
    return Tr::tr("%1%").arg(QLocale().toString(qlonglong(std::lround(ratio * 100.0))));
}

} // namespace dojo::ui
