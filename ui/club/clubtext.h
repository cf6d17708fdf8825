#pragma once

#include <venue/floor.h>
#include <venue/venueevents.h>

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace dojo::venue {
class VenueModel;
}

namespace dojo::ui {

// The shown venue's time zone, in which the club's screens name days and times; UTC when the
// venue names none this system knows.
QTimeZone clubZone(const venue::VenueModel &model);

// "Ana Ruiz “Lefty”", as the player lists show a player.
QString playerText(const venue::Player &player);

// "12 of 16, 3 waiting", "12 of 16", "9 signed up": an event's sign-ups as the desk reads them.
QString signUpCounts(const venue::VenueEvent &event);

// "Fri 5 Dec, 19:00–23:00" (or with both days when it ends on another day), in `zone`.
QString eventTimes(const venue::VenueEvent &event, const QTimeZone &zone);

// How long someone waited: "Just now", "12 min", "1 h 5 min".
QString waitedText(qint64 seconds);

// The games the referee knows, as rules/game.h keys, in the order the screens offer them.
QStringList clubGames();

} // namespace dojo::ui
