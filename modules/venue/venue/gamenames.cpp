#include "venue/gamenames.h"

#include "venue/internal/venuetr.h"

#include <rules/game.h>

namespace dojo::venue {

using internal::Tr;

QString gameName(const QString &key)
{
    const std::optional<rules::Game> game = rules::gameFromKey(key);
    if (!game)
        return key;
    switch (*game) {
    case rules::Game::EightBall: return Tr::tr("8-ball");
    case rules::Game::NineBall: return Tr::tr("9-ball");
    case rules::Game::TenBall: return Tr::tr("10-ball");
    case rules::Game::StraightPool: return Tr::tr("14.1 straight pool");
    }
    return key;
}

Result<void> checkGame(const QString &key)
{
    if (rules::gameFromKey(key))
        return {};
    return Unexpected(Tr::tr("“%1” is not a game DojoPool knows.").arg(key));
}

} // namespace dojo::venue
