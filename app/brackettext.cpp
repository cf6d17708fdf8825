#include "brackettext.h"

#include "apptext.h"

#include <QStringList>

#include <map>

namespace dojo::app {

namespace {

using venue::BracketMatch;
using venue::BracketSection;
using venue::MatchSlot;

QString formatName(const venue::Bracket &bracket)
{
    const QString last = seedName(bracket.entrants - 1);
    switch (bracket.options.format) {
    case venue::BracketFormat::SingleElimination:
        return AppText::tr("Single elimination of P1 to %1.").arg(last);
    case venue::BracketFormat::DoubleElimination:
        return bracket.options.grandFinal == venue::GrandFinal::Double
                   ? AppText::tr("Double elimination of P1 to %1, with a second grand final when "
                                 "the losers' bracket champion wins the first.")
                         .arg(last)
                   : AppText::tr("Double elimination of P1 to %1, with one grand final.").arg(last);
    case venue::BracketFormat::RoundRobin: return AppText::tr("Round robin of P1 to %1.").arg(last);
    case venue::BracketFormat::Swiss:
        return AppText::tr("Swiss of P1 to %1; rounds planned: %2.")
            .arg(last)
            .arg(bracket.options.swissRounds);
    }
    return {};
}

QString sectionName(const BracketMatch &match)
{
    switch (match.section) {
    case BracketSection::Winners: return AppText::tr("winners' round %1").arg(match.sectionRound);
    case BracketSection::Losers: return AppText::tr("losers' round %1").arg(match.sectionRound);
    case BracketSection::GrandFinal: return AppText::tr("grand final");
    case BracketSection::GrandFinalReset: return AppText::tr("second grand final");
    case BracketSection::ThirdPlace: return AppText::tr("third place");
    case BracketSection::RoundRobin:
        return AppText::tr("group %1, round %2").arg(match.group + 1).arg(match.sectionRound);
    case BracketSection::Swiss: return AppText::tr("round %1").arg(match.sectionRound);
    }
    return {};
}

QString slotText(const std::optional<int> &entrant, const MatchSlot &slot)
{
    if (entrant)
        return seedName(*entrant);
    switch (slot.from) {
    case MatchSlot::From::WinnerOf:
        return AppText::tr("the winner of match %1").arg(slot.index + 1);
    case MatchSlot::From::LoserOf: return AppText::tr("the loser of match %1").arg(slot.index + 1);
    case MatchSlot::From::Entrant:
    case MatchSlot::From::Nobody: break;
    }
    return AppText::tr("nobody");
}

QString matchLine(const BracketMatch &match)
{
    const QString number = QString::number(match.id + 1);
    const QString where = sectionName(match);
    if (match.played()) {
        const bool firstWon = *match.winner == match.entrantA;
        return AppText::tr("Match %1 (%2): %3 beat %4 %5-%6.")
            .arg(number, where, seedName(*match.winner),
                 seedName(firstWon ? *match.entrantB : *match.entrantA))
            .arg(firstWon ? match.racksA : match.racksB)
            .arg(firstWon ? match.racksB : match.racksA);
    }
    if (match.decided && (match.entrantA || match.entrantB)) {
        return AppText::tr("Match %1 (%2): %3 goes through with a bye.")
            .arg(number, where, seedName(match.entrantA ? *match.entrantA : *match.entrantB));
    }
    if (match.decided)
        return AppText::tr("Match %1 (%2): not needed.").arg(number, where);
    return AppText::tr("Match %1 (%2): %3 against %4.")
        .arg(number, where, slotText(match.entrantA, match.slotA),
             slotText(match.entrantB, match.slotB));
}

} // namespace

QString seedName(int entrant)
{
    return QStringLiteral("P%1").arg(entrant + 1);
}

QString bracketText(const venue::Bracket &bracket)
{
    QStringList lines{formatName(bracket)};
    std::map<int, std::vector<const BracketMatch *>> rounds;
    for (const BracketMatch &match : bracket.matches)
        rounds[match.round].push_back(&match);
    for (const auto &[round, matches] : rounds) {
        lines << QString() << AppText::tr("Round %1:").arg(round);
        for (const BracketMatch *match : matches)
            lines << QStringLiteral("  ") + matchLine(*match);
    }
    const std::vector<venue::Standing> standings = venue::bracketStandings(bracket);
    const bool anyResult = std::any_of(bracket.matches.begin(), bracket.matches.end(),
                                       [](const BracketMatch &match) { return match.played(); });
    if (anyResult) {
        lines << QString() << AppText::tr("Places:");
        for (const venue::Standing &standing : standings) {
            QStringList names;
            for (const int entrant : standing.entrants)
                names << seedName(entrant);
            lines << (bracket.options.groups > 1 ? AppText::tr("  Group %1, place %2: %3")
                                                       .arg(standing.group + 1)
                                                       .arg(standing.place)
                                                       .arg(names.join(QStringLiteral(", ")))
                                                 : AppText::tr("  Place %1: %2")
                                                       .arg(standing.place)
                                                       .arg(names.join(QStringLiteral(", "))));
        }
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace dojo::app
