#pragma once

#include <core/result.h>

#include <QString>

namespace dojo::venue {

// "8-ball", "9-ball", "10-ball", "14.1 straight pool" for the keys rules/game.h names games by
// ("eight-ball" ...), in the user's language; a key this build does not know as it is.
QString gameName(const QString &key);

// Refused with a sentence unless `key` names a game the referee knows.
Result<void> checkGame(const QString &key);

} // namespace dojo::venue
