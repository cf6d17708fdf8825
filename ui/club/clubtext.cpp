#include "club/clubtext.h"

#include "common/uitr.h"

#include <rules/game.h>
#include <venue/venuemodel.h>

#include <QLocale>

#include <algorithm>

namespace dojo::ui {

QTimeZone clubZone(const venue::VenueModel &model)
{
    const std::optional<venue::Venue> venue = model.currentVenue();
    if (!venue)
        return QTimeZone::utc();
    const QTimeZone zone(venue->timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString playerText(const venue::Player &player)
{
    return player.nickname.isEmpty() ? player.name
                                     : Tr::tr("%1 “%2”").arg(player.name, player.nickname);
}

QString signUpCounts(const venue::VenueEvent &event)
{
    if (event.cap == 0)
        return event.waiting == 0
                   ? Tr::tr("%n signed up", nullptr, event.signedIn)
                   : Tr::tr("%1 signed up, %n waiting", nullptr, event.waiting).arg(event.signedIn);
    if (event.waiting == 0)
        return Tr::tr("%1 of %2").arg(event.signedIn).arg(event.cap);
    return Tr::tr("%1 of %2, %n waiting", nullptr, event.waiting)
        .arg(event.signedIn)
        .arg(event.cap);
}

QString eventTimes(const venue::VenueEvent &event, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime from = event.from.toTimeZone(zone);
    const QDateTime to = event.to.toTimeZone(zone);
    const QString day = locale.toString(from.date(), QStringLiteral("ddd d MMM"));
    const QString start = locale.toString(from.time(), QLocale::ShortFormat);
    const QString end = locale.toString(to.time(), QLocale::ShortFormat);
    // An evening that runs past midnight ends on the next day, which needs no naming.
    if (to.date() == from.date()
        || (to.date() == from.date().addDays(1) && to.time() < from.time()))
        return Tr::tr("%1, %2–%3").arg(day, start, end);
    return Tr::tr("%1, %2 – %3, %4")
        .arg(day, start, locale.toString(to.date(), QStringLiteral("ddd d MMM")), end);
}

QString waitedText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes == 0)
        return Tr::tr("Just now");
    if (minutes < 60)
        return Tr::tr("%n min", nullptr, int(minutes));
    return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QStringList clubGames()
{
    QStringList games;
    for (const rules::Game game : {rules::Game::NineBall, rules::Game::EightBall,
                                   rules::Game::TenBall, rules::Game::StraightPool})
        games.append(rules::gameKey(game));
    return games;
}

} // namespace dojo::ui
