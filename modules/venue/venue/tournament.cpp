#include "venue/tournament.h"

#include "venue/fargo.h"

#include <algorithm>
#include <numeric>

namespace dojo::venue {

QString TournamentView::entrantName(int entrant) const
{
    if (entrant < 0 || size_t(entrant) >= drawn.size())
        return {};
    return entries.at(size_t(drawn.at(size_t(entrant)))).name;
}

bool TournamentView::started() const
{
    return !results.empty() || !refereeMatches.empty();
}

namespace {

// The final of a draw: a grand final, or single elimination's last winners' match.
bool isFinal(const Bracket &draw, const BracketMatch &match)
{
    if (match.section == BracketSection::GrandFinal
        || match.section == BracketSection::GrandFinalReset)
        return true;
    if (draw.options.format != BracketFormat::SingleElimination
        || match.section != BracketSection::Winners)
        return false;
    return std::none_of(draw.matches.begin(), draw.matches.end(), [&match](const auto &other) {
        return other.section == BracketSection::Winners && other.sectionRound > match.sectionRound;
    });
}

} // namespace

MatchRace raceOf(const TournamentView &view, int drawMatch)
{
    const TournamentSettings &settings = view.tournament.settings;
    if (drawMatch < 0 || size_t(drawMatch) >= view.draw.matches.size())
        return {settings.raceTo, settings.raceTo};
    const BracketMatch &match = view.draw.matches.at(size_t(drawMatch));
    int race = settings.raceTo;
    if (!settings.racesByRound.empty()) {
        const size_t index
            = std::min(size_t(std::max(match.round, 1)) - 1, settings.racesByRound.size() - 1);
        race = settings.racesByRound.at(index);
    }
    if (settings.finalRaceTo > 0 && isFinal(view.draw, match))
        race = settings.finalRaceTo;
    race = std::max(race, 1);
    if (!settings.handicapped || !match.entrantA || !match.entrantB)
        return {race, race};
    const auto ratingOf = [&view](int entrant) {
        return view.entries.at(size_t(view.drawn.at(size_t(entrant)))).rating;
    };
    const HandicappedRace handicapped
        = handicappedRace(ratingOf(*match.entrantA), ratingOf(*match.entrantB), race);
    return {handicapped.racksA, handicapped.racksB};
}

Cents purseOf(const TournamentView &view)
{
    const Cents fees = view.tournament.settings.entryFee * Cents(view.drawn.size());
    return fees + view.tournament.settings.addedMoney;
}

std::map<int, Cents> payoutsOf(const std::vector<Standing> &standings,
                               const std::vector<int> &percents, Cents purse)
{
    std::map<int, Cents> paid;
    for (const Standing &standing : standings) {
        const int first = standing.place - 1;
        const int shared = int(standing.entrants.size());
        int percent = 0;
        for (int place = first; place < first + shared; ++place) {
            if (place >= 0 && size_t(place) < percents.size())
                percent += percents.at(size_t(place));
        }
        if (percent <= 0 || shared == 0)
            continue;
        const Cents money = purse * percent / 100;
        const Cents each = money / shared;
        Cents odd = money - each * shared;
        for (const int entrant : standing.entrants) { // in seed order: the odd cents go first
            paid[entrant] = each + (odd > 0 ? 1 : 0);
            odd = std::max<Cents>(odd - 1, 0);
        }
    }
    return paid;
}

QString tournamentStateKey(TournamentState state)
{
    switch (state) {
    case TournamentState::SignUp: return QStringLiteral("sign-up");
    case TournamentState::Running: return QStringLiteral("running");
    case TournamentState::Finished: return QStringLiteral("finished");
    case TournamentState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<TournamentState> tournamentStateFromKey(const QString &key)
{
    for (const TournamentState state : {TournamentState::SignUp, TournamentState::Running,
                                        TournamentState::Finished, TournamentState::Cancelled}) {
        if (tournamentStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

} // namespace dojo::venue
