#include "tournaments/tournamenttext.h"

#include "common/uitr.h"

#include <algorithm>

namespace dojo::ui {

using venue::BracketFormat;
using venue::BracketSection;

QString formatName(BracketFormat format)
{
    switch (format) {
    case BracketFormat::SingleElimination: return Tr::tr("Single elimination");
    case BracketFormat::DoubleElimination: return Tr::tr("Double elimination");
    case BracketFormat::RoundRobin: return Tr::tr("Round robin");
    case BracketFormat::Swiss: return Tr::tr("Swiss");
    }
    return {};
}

QString tournamentStateName(venue::TournamentState state)
{
    switch (state) {
    case venue::TournamentState::SignUp: return Tr::tr("Sign-up");
    case venue::TournamentState::Running: return Tr::tr("Running");
    case venue::TournamentState::Finished: return Tr::tr("Finished");
    case venue::TournamentState::Cancelled: return Tr::tr("Cancelled");
    }
    return {};
}

QString entryStateName(venue::EntryState state)
{
    switch (state) {
    case venue::EntryState::Entered: return Tr::tr("Entered");
    case venue::EntryState::CheckedIn: return Tr::tr("Checked in");
    case venue::EntryState::NoShow: return Tr::tr("No-show");
    case venue::EntryState::Withdrawn: return Tr::tr("Withdrawn");
    }
    return {};
}

QString gameName(const QString &gameKey)
{
    if (gameKey == QLatin1String("eight-ball"))
        return Tr::tr("8-ball");
    if (gameKey == QLatin1String("nine-ball"))
        return Tr::tr("9-ball");
    if (gameKey == QLatin1String("ten-ball"))
        return Tr::tr("10-ball");
    if (gameKey == QLatin1String("straight-pool"))
        return Tr::tr("14.1 straight pool");
    return gameKey;
}

QString roundHeading(const venue::Bracket &draw, const venue::BracketMatch &match)
{
    switch (match.section) {
    case BracketSection::Winners: {
        if (draw.options.format == BracketFormat::DoubleElimination)
            return Tr::tr("Winners round %1").arg(match.sectionRound);
        int last = 0;
        for (const venue::BracketMatch &other : draw.matches) {
            if (other.section == BracketSection::Winners)
                last = std::max(last, other.sectionRound);
        }
        if (match.sectionRound == last)
            return Tr::tr("Final");
        if (match.sectionRound == last - 1)
            return Tr::tr("Semi-finals");
        return Tr::tr("Round %1").arg(match.sectionRound);
    }
    case BracketSection::Losers: return Tr::tr("Losers round %1").arg(match.sectionRound);
    case BracketSection::GrandFinal: return Tr::tr("Grand final");
    case BracketSection::GrandFinalReset: return Tr::tr("Reset (if needed)");
    case BracketSection::ThirdPlace: return Tr::tr("Third place");
    case BracketSection::RoundRobin:
    case BracketSection::Swiss: return Tr::tr("Round %1").arg(match.round);
    }
    return {};
}

QString matchNumber(int matchId)
{
    return Tr::tr("#%1").arg(matchId + 1);
}

QString slotPlaceholder(const venue::MatchSlot &slot)
{
    switch (slot.from) {
    case venue::MatchSlot::From::WinnerOf:
        return Tr::tr("Winner of %1").arg(matchNumber(slot.index));
    case venue::MatchSlot::From::LoserOf: return Tr::tr("Loser of %1").arg(matchNumber(slot.index));
    case venue::MatchSlot::From::Nobody: return Tr::tr("BYE");
    case venue::MatchSlot::From::Entrant: return Tr::tr("Seed %1").arg(slot.index + 1);
    }
    return {};
}

QString slotText(const venue::Bracket &draw, const venue::BracketMatch &match, int slot)
{
    const venue::MatchSlot &from = slot == 0 ? match.slotA : match.slotB;
    const bool fromByeMatch = (from.from == venue::MatchSlot::From::WinnerOf
                               || from.from == venue::MatchSlot::From::LoserOf)
                              && from.index >= 0 && size_t(from.index) < draw.matches.size()
                              && draw.matches.at(size_t(from.index)).decided
                              && !draw.matches.at(size_t(from.index)).played();
    const bool loserOfBye = fromByeMatch && from.from == venue::MatchSlot::From::LoserOf;
    if ((match.decided && !match.played()) || loserOfBye)
        return slotPlaceholder(venue::MatchSlot{});
    return slotPlaceholder(from);
}

QString raceText(const venue::MatchRace &race)
{
    if (race.racksA == race.racksB)
        return Tr::tr("Race to %1").arg(race.racksA);
    return Tr::tr("Race %1–%2").arg(race.racksA).arg(race.racksB);
}

QString seededName(const venue::TournamentView &view, std::optional<int> entrant)
{
    if (!entrant)
        return {};
    return Tr::tr("%1 (%2)").arg(view.entrantName(*entrant)).arg(*entrant + 1);
}

QString matchSentence(const venue::TournamentView &view, int matchId, const TableNames &tables)
{
    if (matchId < 0 || size_t(matchId) >= view.draw.matches.size())
        return {};
    const venue::BracketMatch &match = view.draw.matches.at(size_t(matchId));
    const QString heading = roundHeading(view.draw, match);
    const QString number = matchNumber(matchId);
    const auto nameOf = [&view, &match](std::optional<int> entrant, int slot) {
        return entrant ? Tr::tr("%1, seed %2").arg(view.entrantName(*entrant)).arg(*entrant + 1)
                       : slotText(view.draw, match, slot);
    };
    const QString a = nameOf(match.entrantA, 0);
    const QString b = nameOf(match.entrantB, 1);
    if (match.played()) {
        const bool aWon = match.winner == match.entrantA;
        return Tr::tr("%1, match %2 (%3): %4 beat %5 %6–%7.")
            .arg(heading)
            .arg(match.number)
            .arg(number, aWon ? a : b, aWon ? b : a)
            .arg(aWon ? match.racksA : match.racksB)
            .arg(aWon ? match.racksB : match.racksA);
    }
    if (match.decided) {
        if (match.entrantA || match.entrantB)
            return Tr::tr("%1, match %2 (%3): %4 has a bye.")
                .arg(heading)
                .arg(match.number)
                .arg(number, match.entrantA ? a : b);
        return Tr::tr("%1, match %2 (%3): not played.").arg(heading).arg(match.number).arg(number);
    }
    if (match.entrantA && match.entrantB) {
        if (const auto table = view.tables.find(matchId); table != view.tables.end()) {
            const auto name = tables.find(table->second);
            return Tr::tr("%1, match %2 (%3): %4 against %5, on %6.")
                .arg(heading)
                .arg(match.number)
                .arg(number, a, b,
                     name == tables.end() ? Tr::tr("table %1").arg(table->second) : name->second);
        }
        return Tr::tr("%1, match %2 (%3): %4 against %5, ready to play.")
            .arg(heading)
            .arg(match.number)
            .arg(number, a, b);
    }
    return Tr::tr("%1, match %2 (%3): %4 against %5, waiting for its players.")
        .arg(heading)
        .arg(match.number)
        .arg(number, a, b);
}

} // namespace dojo::ui
