#include "bracketplay.h"

#include <QRandomGenerator>

#include <algorithm>
#include <memory>

namespace bracketplay {

using dojo::venue::Bracket;
using dojo::venue::BracketMatch;

int higherSeed(const BracketMatch &match)
{
    return std::min(*match.entrantA, *match.entrantB);
}

WinnerRule coinToss(quint32 seed)
{
    auto generator = std::make_shared<QRandomGenerator>(seed);
    return [generator](const BracketMatch &match) {
        return generator->bounded(2) == 0 ? *match.entrantA : *match.entrantB;
    };
}

QString play(Bracket &bracket, int id, int winner)
{
    const BracketMatch &match = bracket.matches[static_cast<size_t>(id)];
    const bool first = match.entrantA == winner;
    const dojo::Result<void> recorded
        = dojo::venue::recordResult(bracket, id, winner, first ? 1 : 0, first ? 0 : 1);
    return recorded ? QString() : recorded.error();
}

std::vector<int> playOut(Bracket &bracket, const WinnerRule &rule, QString *refusal)
{
    std::vector<int> played;
    for (std::vector<int> ready = dojo::venue::readyMatches(bracket); !ready.empty();
         ready = dojo::venue::readyMatches(bracket)) {
        for (const int id : ready) {
            const QString refused
                = play(bracket, id, rule(bracket.matches[static_cast<size_t>(id)]));
            if (!refused.isEmpty()) {
                if (refusal)
                    *refusal = refused;
                return {};
            }
            played.push_back(id);
        }
    }
    return played;
}

int loserOf(const BracketMatch &match)
{
    return *match.winner == *match.entrantA ? *match.entrantB : *match.entrantA;
}

QString pairing(const BracketMatch &match)
{
    const auto name = [](const std::optional<int> &entrant) {
        return entrant ? QStringLiteral("P%1").arg(*entrant + 1) : QStringLiteral("BYE");
    };
    return name(match.entrantA) + QLatin1Char('-') + name(match.entrantB);
}

} // namespace bracketplay
