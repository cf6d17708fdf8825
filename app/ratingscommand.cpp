#include "ratingscommand.h"

#include "apptext.h"

#include <venue/ratingfit.h>
#include <venue/resultscsv.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace dojo::app {
namespace {

const QString kResults = QStringLiteral("results");
const QString kStarter = QStringLiteral("starter");
const QString kJson = QStringLiteral("json");

// Every refusal is one line: "dojopool: ratings: FILE: what is wrong".
int refuse(const QString &path, const QString &problem)
{
    std::fprintf(stderr, "dojopool: ratings: %s: %s\n", qPrintable(path), qPrintable(problem));
    return 1;
}

// A player's rating as printed: rounded to one decimal.
struct RatedPlayer
{
    QString name;
    double rating = 0;
    int racks = 0;
};

// A text as a JSON string, quotes included.
QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString ratingText(double rating)
{
    return QString::number(rating, 'f', 1);
}

void printJson(const std::vector<RatedPlayer> &players)
{
    QStringList entries;
    for (const RatedPlayer &player : players) {
        entries.append(QStringLiteral("{\"player\": %1, \"rating\": %2, \"racks\": %3}")
                           .arg(jsonString(player.name), ratingText(player.rating))
                           .arg(player.racks));
    }
    const QString document
        = QStringLiteral("{\"ratings\": [") + entries.join(QStringLiteral(", ")) + u"]}\n";
    std::fputs(document.toUtf8().constData(), stdout);
}

// One player a line: place, name, rating, racks, under a header.
void printTable(const std::vector<RatedPlayer> &players)
{
    const QString placeTitle = AppText::tr("Place");
    const QString playerTitle = AppText::tr("Player");
    const QString ratingTitle = AppText::tr("Rating");
    const QString racksTitle = AppText::tr("Racks");
    qsizetype nameWidth = playerTitle.size();
    for (const RatedPlayer &player : players)
        nameWidth = std::max(nameWidth, player.name.size());
    const qsizetype placeWidth = std::max<qsizetype>(placeTitle.size(), 5);
    const qsizetype ratingWidth = std::max<qsizetype>(ratingTitle.size(), 7);
    const qsizetype racksWidth = std::max<qsizetype>(racksTitle.size(), 6);
    const auto line = [&](const QString &place, const QString &name, const QString &rating,
                          const QString &racks) -> QString {
        return place.rightJustified(placeWidth) + QStringLiteral("  ")
               + name.leftJustified(nameWidth) + QStringLiteral("  ")
               + rating.rightJustified(ratingWidth) + QStringLiteral("  ")
               + racks.rightJustified(racksWidth) + u'\n';
    };
    QString table = line(placeTitle, playerTitle, ratingTitle, racksTitle);
    for (size_t i = 0; i < players.size(); ++i) {
        const RatedPlayer &player = players[i];
        table += line(QString::number(i + 1), player.name, ratingText(player.rating),
                      QString::number(player.racks));
    }
    std::fputs(qPrintable(table), stdout);
}

Result<RatingsCommandLine> readCommandLine(const CommandInput &input)
{
    RatingsCommandLine commandLine;
    commandLine.results = input.value(kResults);
    if (commandLine.results.isEmpty())
        return Unexpected(AppText::tr("ratings needs the results: --results FILE.csv"));
    if (input.isSet(kStarter)) {
        bool ok = false;
        commandLine.starter = input.value(kStarter).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(commandLine.starter)) {
            return Unexpected(
                AppText::tr("--starter needs a rating, not \"%1\"").arg(input.value(kStarter)));
        }
    }
    commandLine.json = input.isSet(kJson);
    return commandLine;
}

} // namespace

int runRatings(const RatingsCommandLine &commandLine)
{
    const QString &path = commandLine.results;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(path, AppText::tr("The file cannot be read: %1.").arg(file.errorString()));
    const Result<venue::ResultsSheet> sheet = venue::readResultsCsv(file.readAll());
    if (!sheet)
        return refuse(path, sheet.error());

    std::vector<venue::RacksPlayed> results;
    results.reserve(sheet->results.size());
    for (const venue::DatedRacks &row : sheet->results)
        results.push_back(row.racks);
    const std::vector<double> starters(static_cast<size_t>(sheet->players.size()),
                                       commandLine.starter);
    const Result<std::vector<venue::FittedRating>> fitted = venue::fitRatings(starters, results);
    if (!fitted)
        return refuse(path, fitted.error());

    std::vector<RatedPlayer> players;
    players.reserve(fitted->size());
    for (size_t i = 0; i < fitted->size(); ++i) {
        players.push_back({sheet->players.at(static_cast<qsizetype>(i)),
                           std::round(fitted->at(i).rating * 10.0) / 10.0, fitted->at(i).racks});
    }
    // Best first by the rating as printed, so that equal ones are ordered by name alone.
    std::sort(players.begin(), players.end(), [](const RatedPlayer &x, const RatedPlayer &y) {
        if (x.rating != y.rating)
            return x.rating > y.rating;
        if (const int byName = x.name.compare(y.name, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return x.name < y.name;
    });
    if (commandLine.json)
        printJson(players);
    else
        printTable(players);
    return 0;
}

Command ratingsCommand()
{
    return {.name = QStringLiteral("ratings"),
            .summary = AppText::tr("fit Fargo ratings from results in a CSV file, best first"),
            .options
            = {QCommandLineOption(kResults,
                                  AppText::tr("The results: a CSV file with the header "
                                              "date,player_a,player_b,racks_a,racks_b."),
                                  AppText::tr("FILE.csv")),
               QCommandLineOption(kStarter,
                                  AppText::tr("Every player's starter rating, counted as 20 "
                                              "racks against an equal (default 500)."),
                                  AppText::tr("RATING")),
               QCommandLineOption(kJson, AppText::tr("Print the ratings as one JSON object."))},
            .check =
                [](const CommandInput &input) {
                    const Result<RatingsCommandLine> read = readCommandLine(input);
                    return read ? Result<void>() : Result<void>(Unexpected(read.error()));
                },
            .run =
                [](const CommandInput &input, OpenVenue *) {
                    // check() has accepted the same input.
                    return runRatings(*readCommandLine(input));
                }};
}

} // namespace dojo::app
