#include "rules/game.h"

namespace dojo::rules {

QString gameKey(Game game)
{
    switch (game) {
    case Game::EightBall: return QStringLiteral("eight-ball");
    case Game::NineBall: return QStringLiteral("nine-ball");
    case Game::TenBall: return QStringLiteral("ten-ball");
    case Game::StraightPool: return QStringLiteral("straight-pool");
    }
    return {};
}

std::optional<Game> gameFromKey(const QString &key)
{
    for (Game game : {Game::EightBall, Game::NineBall, Game::TenBall, Game::StraightPool}) {
        if (gameKey(game) == key)
            return game;
    }
    return std::nullopt;
}

QString ballInHandKey(BallInHand ballInHand)
{
    switch (ballInHand) {
    case BallInHand::None: return QStringLiteral("none");
    case BallInHand::Anywhere: return QStringLiteral("anywhere");
    case BallInHand::BehindHeadString: return QStringLiteral("behind-head-string");
    }
    return {};
}

QString groupKey(Group group)
{
    return group == Group::Solids ? QStringLiteral("solids") : QStringLiteral("stripes");
}

QString choiceKey(Choice choice)
{
    switch (choice) {
    case Choice::Shoot: return QStringLiteral("shoot");
    case Choice::HandBack: return QStringLiteral("hand-back");
    case Choice::Accept: return QStringLiteral("accept");
    case Choice::RerackAndBreak: return QStringLiteral("rerack-and-break");
    case Choice::RerackOpponentBreaks: return QStringLiteral("rerack-opponent-breaks");
    case Choice::RespotEight: return QStringLiteral("respot-eight");
    case Choice::Rerack: return QStringLiteral("rerack");
    case Choice::BallInHandBehindHeadString:
        return QStringLiteral("ball-in-hand-behind-head-string");
    }
    return {};
}

std::optional<Choice> choiceFromKey(const QString &key)
{
    for (Choice choice : kAllChoices) {
        if (choiceKey(choice) == key)
            return choice;
    }
    return std::nullopt;
}

} // namespace dojo::rules
