#include "bracketcommand.h"

#include "apptext.h"
#include "brackettext.h"

#include <venue/bracket.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <map>

namespace dojo::app {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kPlayers = QStringLiteral("players");
const QString kGrandFinal = QStringLiteral("grand-final");
const QString kThirdPlace = QStringLiteral("third-place");
const QString kRounds = QStringLiteral("rounds");
const QString kSimulate = QStringLiteral("simulate");
const QString kJson = QStringLiteral("json");
const QString kHigherSeedWins = QStringLiteral("higher-seed-wins");

constexpr int kFewestPlayers = 2;
constexpr int kMostPlayers = 1024;

struct BracketCommandLine
{
    QString format; // the word given, echoed in the JSON
    venue::BracketOptions options;
    int players = 0;
    bool simulate = false;
    bool json = false;
};

// Reads bracket's options, or says what is wrong with them in one line.
Result<BracketCommandLine> readCommandLine(const CommandInput &input)
{
    if (!input.isSet(kFormat) || !input.isSet(kPlayers))
        return Unexpected(AppText::tr("bracket needs --format FORMAT and --players N"));
    BracketCommandLine line;
    line.format = input.value(kFormat);
    const std::optional<venue::BracketFormat> format = venue::formatFromKey(line.format);
    if (!format)
        return Unexpected(
            AppText::tr("--format needs single, double, round-robin or swiss, not \"%1\"")
                .arg(line.format));
    line.options.format = *format;
    bool number = false;
    line.players = input.value(kPlayers).toInt(&number);
    if (!number || line.players < kFewestPlayers || line.players > kMostPlayers)
        return Unexpected(AppText::tr("--players needs a whole number from %1 to %2, not \"%3\"")
                              .arg(kFewestPlayers)
                              .arg(kMostPlayers)
                              .arg(input.value(kPlayers)));
    if (input.isSet(kGrandFinal)) {
        if (*format != venue::BracketFormat::DoubleElimination)
            return Unexpected(AppText::tr("--grand-final goes only with --format double"));
        const QString grandFinal = input.value(kGrandFinal);
        if (grandFinal != QLatin1String("simple") && grandFinal != QLatin1String("double"))
            return Unexpected(
                AppText::tr("--grand-final needs simple or double, not \"%1\"").arg(grandFinal));
        line.options.grandFinal = grandFinal == QLatin1String("simple") ? venue::GrandFinal::Simple
                                                                        : venue::GrandFinal::Double;
    }
    if (input.isSet(kThirdPlace)) {
        if (*format != venue::BracketFormat::SingleElimination)
            return Unexpected(AppText::tr("--third-place goes only with --format single"));
        line.options.thirdPlace = true;
    }
    if (input.isSet(kRounds)) {
        if (*format != venue::BracketFormat::Swiss)
            return Unexpected(AppText::tr("--rounds goes only with --format swiss"));
        // As many rounds as a round robin at most: N - 1, or N with a bye each round.
        const int most = line.players % 2 == 0 ? line.players - 1 : line.players;
        line.options.swissRounds = input.value(kRounds).toInt(&number);
        if (!number || line.options.swissRounds < 1 || line.options.swissRounds > most)
            return Unexpected(AppText::tr("--rounds needs a whole number from 1 to %1 for %2 "
                                          "players, not \"%3\"")
                                  .arg(most)
                                  .arg(line.players)
                                  .arg(input.value(kRounds)));
    }
    if (input.isSet(kSimulate)) {
        if (input.value(kSimulate) != kHigherSeedWins)
            return Unexpected(AppText::tr("--simulate needs higher-seed-wins, not \"%1\"")
                                  .arg(input.value(kSimulate)));
        line.simulate = true;
    }
    line.json = input.isSet(kJson);
    return line;
}

// Every ready match to the better seed, one rack to none, until nothing is left to play.
Result<void> playOut(venue::Bracket &bracket)
{
    for (std::vector<int> ready = venue::readyMatches(bracket); !ready.empty();
         ready = venue::readyMatches(bracket)) {
        for (const int id : ready) {
            const venue::BracketMatch &match = bracket.matches[static_cast<size_t>(id)];
            const int winner = std::min(*match.entrantA, *match.entrantB);
            const bool first = winner == *match.entrantA;
            if (Result<void> recorded
                = venue::recordResult(bracket, id, winner, first ? 1 : 0, first ? 0 : 1);
                !recorded)
                return recorded;
        }
    }
    return {};
}

QString pairingText(const venue::BracketMatch &match)
{
    if (!match.entrantA || !match.entrantB) {
        const int alone = match.entrantA ? *match.entrantA : *match.entrantB;
        return seedName(alone) + QStringLiteral("-BYE");
    }
    const int better = std::min(*match.entrantA, *match.entrantB);
    const int other = std::max(*match.entrantA, *match.entrantB);
    return seedName(better) + u'-' + seedName(other);
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// The contract of docs/commands.md, its keys in that order (QJsonObject would sort them).
QByteArray bracketJson(const venue::Bracket &bracket, const QString &format)
{
    std::map<int, QJsonArray> playedByRound;
    int played = 0;
    QJsonArray roundOne;
    const bool elimination = bracket.options.format == venue::BracketFormat::SingleElimination
                             || bracket.options.format == venue::BracketFormat::DoubleElimination;
    for (const venue::BracketMatch &match : bracket.matches) {
        if (match.played()) {
            playedByRound[match.round].append(
                QJsonObject{{QStringLiteral("a"), seedName(*match.entrantA)},
                            {QStringLiteral("b"), seedName(*match.entrantB)}});
            ++played;
        }
        const bool first = elimination ? match.section == venue::BracketSection::Winners
                                             && match.sectionRound == 1
                                       : match.round == 1;
        if (first && (match.entrantA || match.entrantB))
            roundOne.append(pairingText(match));
    }
    QJsonArray rounds;
    for (const auto &[round, matches] : playedByRound)
        rounds.append(matches);
    QJsonArray standings;
    if (played > 0) {
        for (const venue::Standing &standing : venue::bracketStandings(bracket)) {
            QJsonArray players;
            for (const int entrant : standing.entrants)
                players.append(seedName(entrant));
            standings.append(QJsonObject{{QStringLiteral("place"), standing.place},
                                         {QStringLiteral("players"), players}});
        }
    }
    const QByteArray formatText = compact(QJsonArray{format});
    return "{\"format\":" + formatText.mid(1, formatText.size() - 2) + ",\"players\":"
           + QByteArray::number(bracket.entrants) + ",\"rounds\":" + compact(rounds)
           + ",\"round1\":" + compact(roundOne) + ",\"matches_played\":"
           + QByteArray::number(played) + ",\"standings\":" + compact(standings) + '}';
}

int runBracket(const BracketCommandLine &line)
{
    Result<venue::Bracket> bracket = venue::planBracket(line.options, line.players);
    if (!bracket) {
        std::fprintf(stderr, "dojopool: bracket: %s\n", qPrintable(bracket.error()));
        return 1;
    }
    if (line.simulate) {
        if (Result<void> played = playOut(*bracket); !played) {
            std::fprintf(stderr, "dojopool: bracket: %s\n", qPrintable(played.error()));
            return 1;
        }
    }
    const QByteArray output
        = line.json ? bracketJson(*bracket, line.format) + '\n' : bracketText(*bracket).toUtf8();
    std::fwrite(output.constData(), 1, static_cast<size_t>(output.size()), stdout);
    return 0;
}

} // namespace

Command bracketCommand()
{
    return {
        .name = QStringLiteral("bracket"),
        .summary = AppText::tr("plan a tournament's draw for players P1..PN and play it out"),
        .options
        = {QCommandLineOption(kFormat,
                              AppText::tr("single, double (elimination), round-robin or swiss."),
                              AppText::tr("FORMAT")),
           QCommandLineOption(kPlayers,
                              AppText::tr("How many players, 2 to 1024, named P1..PN by seed."),
                              AppText::tr("N")),
           QCommandLineOption(kGrandFinal,
                              AppText::tr("Double elimination: simple, one grand final, or double, "
                                          "a second when the losers' bracket champion wins the "
                                          "first (default double)."),
                              AppText::tr("KIND")),
           QCommandLineOption(kThirdPlace, AppText::tr("Single elimination: the semi-finals' "
                                                       "losers play for third place.")),
           QCommandLineOption(kRounds,
                              AppText::tr("Swiss: how many rounds (default: enough for one "
                                          "unbeaten player, the smallest R with 2^R >= N)."),
                              AppText::tr("R")),
           QCommandLineOption(kSimulate,
                              AppText::tr("Play the draw out: higher-seed-wins, the better seed "
                                          "wins every match 1-0."),
                              AppText::tr("RULE")),
           QCommandLineOption(kJson, AppText::tr("Print one JSON document (docs/commands.md) "
                                                 "instead of the draw as text."))},
        .check =
            [](const CommandInput &input) {
                const Result<BracketCommandLine> read = readCommandLine(input);
                return read ? Result<void>() : Result<void>(Unexpected(read.error()));
            },
        .run =
            [](const CommandInput &input, OpenVenue *) {
                // check() has accepted the same input.
                return runBracket(*readCommandLine(input));
            }};
}

} // namespace dojo::app
