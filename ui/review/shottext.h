#pragma once

#include <core/pocket.h>
#include <core/shotrecord.h>
#include <rules/game.h>
#include <venue/tablereferee.h>

#include <QString>
#include <QStringList>

namespace dojo::ui {

// A shot record and its ruling as the referee reads them, in the user's language.
namespace ShotText {
QString pocketName(PocketId pocket); // "foot-right corner", "left side"
QString ballName(int ball);          // "cue ball", "9 ball", "unidentified ball"
QString ballInHandName(rules::BallInHand ballInHand);
QStringList
sentences(const ShotRecord &shot); // one per fact: first contact, each ball pocketed, ...
QString state(const venue::RefereedShot &outcome); // "Waiting for a referee.", "Ruled.", ...
QString reviewedBy(const QString &reviewedBy);     // "Reviewed by Ada." or empty
} // namespace ShotText

} // namespace dojo::ui
