#include "oddscommand.h"

#include "apptext.h"

#include <venue/fargo.h>

#include <QLocale>

#include <cmath>
#include <cstdio>

namespace dojo::app {
namespace {

const QString kRating = QStringLiteral("rating");
const QString kRace = QStringLiteral("race");
const QString kJson = QStringLiteral("json");
constexpr int kLongestRace = 100000;

// A chance as JSON: the shortest text that reads back as the same double.
QString jsonNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString percent(double chance)
{
    return QString::number(chance * 100.0, 'f', 1);
}

Result<OddsCommandLine> readCommandLine(const CommandInput &input)
{
    OddsCommandLine commandLine;
    const QStringList ratings = input.values.value(kRating);
    if (ratings.size() != 2)
        return Unexpected(AppText::tr("odds needs exactly two ratings: --rating A --rating B"));
    double read[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        bool ok = false;
        read[i] = ratings.at(i).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(read[i]))
            return Unexpected(
                AppText::tr("--rating needs a number, not \"%1\"").arg(ratings.at(i)));
    }
    commandLine.rating = read[0];
    commandLine.opponent = read[1];

    const QStringList race = input.values.value(kRace);
    if (race.size() != 2) {
        return Unexpected(AppText::tr("odds needs the race, once: --race RA RB, the racks each "
                                      "player needs"));
    }
    int needed[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        bool ok = false;
        needed[i] = race.at(i).trimmed().toInt(&ok);
        if (!ok || needed[i] < 1 || needed[i] > kLongestRace) {
            return Unexpected(AppText::tr("--race needs whole numbers of racks from 1 to %1, not "
                                          "\"%2\"")
                                  .arg(kLongestRace)
                                  .arg(race.at(i)));
        }
    }
    commandLine.racksNeeded = needed[0];
    commandLine.opponentNeeded = needed[1];
    commandLine.json = input.isSet(kJson);
    return commandLine;
}

} // namespace

int runOdds(const OddsCommandLine &commandLine)
{
    const double rack = venue::rackChance(commandLine.rating, commandLine.opponent);
    const double match
        = venue::raceChance(rack, commandLine.racksNeeded, commandLine.opponentNeeded);
    if (commandLine.json) {
        const QString line = QStringLiteral("{\"rack\": %1, \"match\": %2}\n")
                                 .arg(jsonNumber(rack), jsonNumber(match));
        std::fputs(line.toUtf8().constData(), stdout);
        return 0;
    }
    const QString sentence
        = AppText::tr("A player rated %1 against one rated %2 wins %3 % of the racks, and %4 % of "
                      "the races to %5 against %6.")
              .arg(QString::number(commandLine.rating), QString::number(commandLine.opponent),
                   percent(rack), percent(match), QString::number(commandLine.racksNeeded),
                   QString::number(commandLine.opponentNeeded));
    std::fputs(qPrintable(sentence + u'\n'), stdout);
    return 0;
}

Command oddsCommand()
{
    return {.name = QStringLiteral("odds"),
            .summary
            = AppText::tr("the Fargo chances of winning a rack and a race, from two ratings"),
            .options
            = {QCommandLineOption(kRating,
                                  AppText::tr("A player's Fargo rating: give it twice, the "
                                              "player the chances are for first."),
                                  AppText::tr("RATING")),
               QCommandLineOption(kRace,
                                  AppText::tr("The race: the racks the first player needs, "
                                              "then the racks the second needs."),
                                  AppText::tr("RA RB")),
               QCommandLineOption(kJson, AppText::tr("Print the chances as one JSON object."))},
            .pairOptions = {kRace},
            .check =
                [](const CommandInput &input) {
                    const Result<OddsCommandLine> read = readCommandLine(input);
                    return read ? Result<void>() : Result<void>(Unexpected(read.error()));
                },
            .run =
                [](const CommandInput &input, OpenVenue *) {
                    // check() has accepted the same input.
                    return runOdds(*readCommandLine(input));
                }};
}

} // namespace dojo::app
