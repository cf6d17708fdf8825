#include <support/resulterror.h>
#include <venue/tournamentjson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace dojo;
using dojo::testsupport::errorOf;
using dojo::venue::BracketFormat;
using dojo::venue::BracketMatch;
using dojo::venue::TournamentView;

namespace {

// The venue's tables the JSON may name; a table id missing here is left out.
const std::map<qint64, QString> kTableNames{{7, QStringLiteral("Table 2")},
                                            {8, QStringLiteral("Table 3")}};

QString playerName(int seed)
{
    return QStringLiteral("P%1").arg(seed);
}

// A running tournament of `players` P1..PN in seed order, drawn with `options` ("single",
// "single third", "double", "swiss ROUNDS") and races to 5 (the final's `finalRace`).
TournamentView drawnView(const QString &options, int players, int finalRace)
{
    TournamentView view;
    view.tournament.id = 42;
    view.tournament.state = venue::TournamentState::Running;
    venue::TournamentSettings &settings = view.tournament.settings;
    settings.name = QStringLiteral("Friday 9-ball");
    settings.game = QStringLiteral("nine-ball");
    settings.raceTo = 5;
    settings.finalRaceTo = finalRace;
    const QStringList words = options.split(QLatin1Char(' '));
    settings.draw.format = *venue::formatFromKey(words.at(0));
    settings.draw.thirdPlace = words.contains(QStringLiteral("third"));
    if (settings.draw.format == BracketFormat::Swiss)
        settings.draw.swissRounds = words.at(1).toInt();
    for (int seed = 1; seed <= players; ++seed) {
        venue::TournamentEntry entry;
        entry.id = 100 + seed;
        entry.playerId = 200 + seed;
        entry.name = playerName(seed);
        entry.seed = seed;
        entry.state = venue::EntryState::CheckedIn;
        view.entries.push_back(entry);
        view.drawn.push_back(seed - 1);
    }
    if (Result<venue::Bracket> draw = venue::planBracket(settings.draw, players))
        view.draw = std::move(*draw);
    return view;
}

// The undecided match between seeds `a` and `b` (either order), or -1.
int matchBetween(const TournamentView &view, int a, int b)
{
    for (const BracketMatch &match : view.draw.matches) {
        if (match.decided || !match.entrantA || !match.entrantB)
            continue;
        const int first = *match.entrantA + 1;
        const int second = *match.entrantB + 1;
        if ((first == a && second == b) || (first == b && second == a))
            return match.id;
    }
    return -1;
}

// The JSON match between the players of seeds `a` and `b` (0: nobody) in `section`.
QJsonObject jsonMatchBetween(const QJsonArray &matches, const QString &section, int a, int b)
{
    const auto nameOf = [](int seed) {
        return seed == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(playerName(seed));
    };
    for (const QJsonValue &value : matches) {
        const QJsonObject match = value.toObject();
        if (match[QStringLiteral("section")].toString() != section)
            continue;
        const QJsonValue first = match[QStringLiteral("a")];
        const QJsonValue second = match[QStringLiteral("b")];
        if ((first == nameOf(a) && second == nameOf(b))
            || (first == nameOf(b) && second == nameOf(a)))
            return match;
    }
    return {};
}

QJsonArray pair(int a, int b)
{
    return QJsonArray{a, b};
}

} // namespace

class tst_TournamentJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tournament_data();
    void tournament();
    void signUpListsTheEntered();
    void listedOnPhones_data();
    void listedOnPhones();
};

void tst_TournamentJson::tournament_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<int>("players");
    QTest::addColumn<int>("finalRace");
    // "W>L RW:RL": the ready match between seeds W and L, won by W; "#K a|b RA:RB": the K-th
    // ready match (by round and number), won by its first or second player.
    QTest::addColumn<QStringList>("results");
    // "A-B TABLE-ID [referee]": the undecided match of seeds A and B is given a table (and its
    // referee's match has begun).
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<QString>("state");
    // "match SECTION A-B STATE [w=SEED] [racks=RA:RB] [race=RA:RB] [table=NAME|null]" (seeds,
    // 0 for nobody; racks and race in the order A, B); "count SECTION ROUND STATE N";
    // "standings PLACE:SEED,SEED PLACE:SEED ...".
    QTest::addColumn<QStringList>("expected");

    // Five players: the top three seeds have byes, 4 and 5 play for the last place.
    QTest::newRow("single elimination, byes, a third-place match")
        << QStringLiteral("single third") << 5 << 7
        << QStringList{QStringLiteral("4>5 5:3"), QStringLiteral("1>4 5:1"),
                       QStringLiteral("3>2 5:4")}
        << QStringList{QStringLiteral("1-3 7"), QStringLiteral("2-4 8 referee")}
        << QStringLiteral("running")
        << QStringList{QStringLiteral("count winners 1 bye 3"),
                       QStringLiteral("match winners 1-0 bye table=null"),
                       QStringLiteral("match winners 4-5 played w=4 racks=5:3 race=5:5"),
                       QStringLiteral("match winners 2-3 played w=3 racks=4:5"),
                       QStringLiteral("match winners 1-4 played w=1 racks=5:1"),
                       QStringLiteral("match winners 1-3 ready race=7:7 table=Table 2"),
                       QStringLiteral("match third-place 2-4 playing race=5:5 table=Table 3"),
                       QStringLiteral("standings 1:1,3 3:2,4 5:5")};

    // The losers' bracket winner takes the first grand final: the reset decides.
    QTest::newRow("double elimination, the grand final's reset")
        << QStringLiteral("double") << 4 << 7
        << QStringList{QStringLiteral("1>4 5:0"), QStringLiteral("2>3 5:2"),
                       QStringLiteral("1>2 5:3"), QStringLiteral("3>4 5:4"),
                       QStringLiteral("2>3 5:1"), QStringLiteral("2>1 7:5"),
                       QStringLiteral("1>2 7:6")}
        << QStringList{} << QStringLiteral("finished")
        << QStringList{QStringLiteral("match winners 1-2 played w=1 racks=5:3"),
                       QStringLiteral("match losers 3-4 played w=3 racks=5:4"),
                       QStringLiteral("match losers 2-3 played w=2 racks=5:1"),
                       QStringLiteral("match grand-final 1-2 played w=2 racks=5:7 race=7:7"),
                       QStringLiteral("match grand-final-reset 1-2 played w=1 racks=7:6 race=7:7"),
                       QStringLiteral("standings 1:1 2:2 3:3 4:4")};

    // A Swiss round played: the next round is paired, no one has a bye among four.
    QTest::newRow("swiss, a round played")
        << QStringLiteral("swiss 2") << 4 << 0
        << QStringList{QStringLiteral("#0 a 5:0"), QStringLiteral("#0 b 3:5")} << QStringList{}
        << QStringLiteral("running")
        << QStringList{QStringLiteral("count swiss 1 played 2"),
                       QStringLiteral("count swiss 2 ready 2"),
                       QStringLiteral("count swiss 1 bye 0")};
}

void tst_TournamentJson::tournament()
{
    QFETCH(QString, options);
    QFETCH(int, players);
    QFETCH(int, finalRace);
    QFETCH(QStringList, results);
    QFETCH(QStringList, tables);
    QFETCH(QString, state);
    QFETCH(QStringList, expected);

    TournamentView view = drawnView(options, players, finalRace);
    QVERIFY(!view.draw.matches.empty());
    static const QRegularExpression bySeeds(QStringLiteral("^(\\d+)>(\\d+) (\\d+):(\\d+)$"));
    static const QRegularExpression byOrder(QStringLiteral("^#(\\d+) ([ab]) (\\d+):(\\d+)$"));
    for (const QString &result : results) {
        int id = -1;
        int winner = -1;
        int racksA = 0;
        int racksB = 0;
        if (const QRegularExpressionMatch seeds = bySeeds.match(result); seeds.hasMatch()) {
            id = matchBetween(view, seeds.captured(1).toInt(), seeds.captured(2).toInt());
            QVERIFY2(id >= 0, qPrintable(QStringLiteral("no ready match for %1").arg(result)));
            const BracketMatch &match = view.draw.matches.at(size_t(id));
            winner = seeds.captured(1).toInt() - 1;
            const bool winnerFirst = match.entrantA == winner;
            racksA = (winnerFirst ? seeds.captured(3) : seeds.captured(4)).toInt();
            racksB = (winnerFirst ? seeds.captured(4) : seeds.captured(3)).toInt();
        } else {
            const QRegularExpressionMatch order = byOrder.match(result);
            QVERIFY2(order.hasMatch(), qPrintable(result));
            const std::vector<int> ready = venue::readyMatches(view.draw);
            QVERIFY(size_t(order.captured(1).toInt()) < ready.size());
            id = ready.at(size_t(order.captured(1).toInt()));
            const BracketMatch &match = view.draw.matches.at(size_t(id));
            winner = order.captured(2) == u"a" ? *match.entrantA : *match.entrantB;
            racksA = order.captured(3).toInt();
            racksB = order.captured(4).toInt();
        }
        const Result<void> recorded = venue::recordResult(view.draw, id, winner, racksA, racksB);
        QVERIFY2(recorded, qPrintable(result + QStringLiteral(": ") + errorOf(recorded)));
        view.results.push_back(venue::DrawResult{
            qint64(view.results.size()) + 1, id, false, QStringLiteral("staff:Dev"), {}});
    }
    for (const QString &table : tables) {
        const QStringList words = table.split(QLatin1Char(' '));
        const QStringList seeds = words.at(0).split(QLatin1Char('-'));
        const int id = matchBetween(view, seeds.at(0).toInt(), seeds.at(1).toInt());
        QVERIFY2(id >= 0, qPrintable(table));
        view.tables[id] = words.at(1).toLongLong();
        if (words.contains(QStringLiteral("referee")))
            view.refereeMatches[id] = 900 + id;
    }
    if (venue::bracketFinished(view.draw))
        view.tournament.state = venue::TournamentState::Finished;

    const QJsonObject json = venue::tournamentJson(view, kTableNames);
    QCOMPARE(json[QStringLiteral("id")].toInteger(), 42);
    QCOMPARE(json[QStringLiteral("name")].toString(), QStringLiteral("Friday 9-ball"));
    QCOMPARE(json[QStringLiteral("game")].toString(), QStringLiteral("nine-ball"));
    QCOMPARE(json[QStringLiteral("format")].toString(), options.section(QLatin1Char(' '), 0, 0));
    QCOMPARE(json[QStringLiteral("state")].toString(), state);

    const QJsonArray seeded = json[QStringLiteral("players")].toArray();
    QCOMPARE(seeded.size(), players);
    for (int seed = 1; seed <= players; ++seed) {
        QCOMPARE(seeded.at(seed - 1).toObject()[QStringLiteral("seed")].toInt(), seed);
        QCOMPARE(seeded.at(seed - 1).toObject()[QStringLiteral("name")].toString(),
                 playerName(seed));
    }

    // Every match of the draw, in its order, as the draw has it.
    const QJsonArray matches = json[QStringLiteral("matches")].toArray();
    QCOMPARE(matches.size(), qsizetype(view.draw.matches.size()));
    const auto nameOrNull = [](const std::optional<int> &entrant) {
        return entrant ? QJsonValue(playerName(*entrant + 1)) : QJsonValue(QJsonValue::Null);
    };
    for (const BracketMatch &match : view.draw.matches) {
        const QJsonObject shown = matches.at(match.id).toObject();
        QCOMPARE(shown[QStringLiteral("id")].toInt(), match.id);
        QCOMPARE(shown[QStringLiteral("section")].toString(),
                 venue::bracketSectionKey(match.section));
        QCOMPARE(shown[QStringLiteral("round")].toInt(), match.round);
        QCOMPARE(shown[QStringLiteral("section_round")].toInt(), match.sectionRound);
        QCOMPARE(shown[QStringLiteral("number")].toInt(), match.number);
        QCOMPARE(shown[QStringLiteral("a")], nameOrNull(match.entrantA));
        QCOMPARE(shown[QStringLiteral("b")], nameOrNull(match.entrantB));
        QCOMPARE(shown[QStringLiteral("winner")].isNull(), !match.played());
        QCOMPARE(shown[QStringLiteral("racks")].isNull(), !match.played());
        QCOMPARE(shown[QStringLiteral("race")].toArray().size(), 2);
    }

    for (const QString &line : expected) {
        QStringList words = line.split(QLatin1Char(' '));
        const QString kind = words.takeFirst();
        if (kind == u"count") {
            const auto count = std::count_if(matches.begin(), matches.end(), [&](const auto &v) {
                const QJsonObject match = v.toObject();
                return match[QStringLiteral("section")].toString() == words.at(0)
                       && match[QStringLiteral("section_round")].toInt() == words.at(1).toInt()
                       && match[QStringLiteral("state")].toString() == words.at(2);
            });
            QVERIFY2(count == words.at(3).toInt(),
                     qPrintable(QStringLiteral("%1: %2 found").arg(line).arg(count)));
        } else if (kind == u"match") {
            const QStringList seeds = words.at(1).split(QLatin1Char('-'));
            const int a = seeds.at(0).toInt();
            const int b = seeds.at(1).toInt();
            const QJsonObject match = jsonMatchBetween(matches, words.at(0), a, b);
            QVERIFY2(!match.isEmpty(), qPrintable(QStringLiteral("%1: no such match").arg(line)));
            QVERIFY2(match[QStringLiteral("state")].toString() == words.at(2),
                     qPrintable(QStringLiteral("%1: %2").arg(line, match[u"state"].toString())));
            const bool aFirst = match[QStringLiteral("a")] == QJsonValue(playerName(a))
                                || (a == 0 && match[QStringLiteral("a")].isNull());
            const auto oriented = [aFirst](const QString &text) {
                const QStringList numbers = text.split(QLatin1Char(':'));
                return aFirst ? pair(numbers.at(0).toInt(), numbers.at(1).toInt())
                              : pair(numbers.at(1).toInt(), numbers.at(0).toInt());
            };
            // A table name may hold a space: it is the rest of the line.
            const qsizetype tableAt = line.indexOf(QLatin1String(" table="));
            if (tableAt >= 0) {
                const QString table = line.mid(tableAt + 7);
                QCOMPARE(match[QStringLiteral("table")],
                         table == u"null" ? QJsonValue(QJsonValue::Null) : QJsonValue(table));
            }
            for (const QString &word : words.mid(3)) {
                if (word.startsWith(QLatin1String("w="))) {
                    const int winner = word.mid(2).toInt();
                    const QString side
                        = (winner == a) == aFirst ? QStringLiteral("a") : QStringLiteral("b");
                    QVERIFY2(match[QStringLiteral("winner")].toString() == side, qPrintable(line));
                } else if (word.startsWith(QLatin1String("racks="))) {
                    QCOMPARE(match[QStringLiteral("racks")].toArray(), oriented(word.mid(6)));
                } else if (word.startsWith(QLatin1String("race="))) {
                    QCOMPARE(match[QStringLiteral("race")].toArray(), oriented(word.mid(5)));
                }
            }
        } else if (kind == u"standings") {
            QJsonArray places;
            for (const QString &word : words) {
                QJsonArray names;
                for (const QString &seed : word.section(QLatin1Char(':'), 1).split(u','))
                    names.append(playerName(seed.toInt()));
                places.append(
                    QJsonObject{{QStringLiteral("place"), word.section(u':', 0, 0).toInt()},
                                {QStringLiteral("group"), 1},
                                {QStringLiteral("players"), names}});
            }
            QCOMPARE(json[QStringLiteral("standings")].toArray(), places);
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown expectation: %1").arg(line)));
        }
    }

    // The list's line: the same tournament, its players counted.
    const QJsonObject line = venue::tournamentSummaryJson(view);
    QCOMPARE(line.keys(), (QStringList{QStringLiteral("format"), QStringLiteral("game"),
                                       QStringLiteral("id"), QStringLiteral("name"),
                                       QStringLiteral("players"), QStringLiteral("state")}));
    QCOMPARE(line[QStringLiteral("players")].toInt(), players);
    QCOMPARE(line[QStringLiteral("state")].toString(), state);
}

// Before the draw: the players entered (not those withdrawn), no seeds, no matches.
void tst_TournamentJson::signUpListsTheEntered()
{
    TournamentView view;
    view.tournament.id = 5;
    view.tournament.settings.name = QStringLiteral("Sunday 8-ball");
    view.tournament.settings.game = QStringLiteral("eight-ball");
    view.tournament.settings.draw.format = BracketFormat::RoundRobin;
    const std::pair<const char *, venue::EntryState> entries[]
        = {{"Bo", venue::EntryState::Entered},
           {"Cy", venue::EntryState::Withdrawn},
           {"Di", venue::EntryState::CheckedIn}};
    for (const auto &[name, entryState] : entries) {
        venue::TournamentEntry entry;
        entry.name = QLatin1String(name);
        entry.state = entryState;
        view.entries.push_back(entry);
    }
    const QJsonObject json = venue::tournamentJson(view, kTableNames);
    QCOMPARE(json[QStringLiteral("state")].toString(), QStringLiteral("sign-up"));
    QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("round-robin"));
    QCOMPARE(json[QStringLiteral("players")].toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("seed"), QJsonValue::Null},
                                     {QStringLiteral("name"), QStringLiteral("Bo")}},
                         QJsonObject{{QStringLiteral("seed"), QJsonValue::Null},
                                     {QStringLiteral("name"), QStringLiteral("Di")}}}));
    QCOMPARE(json[QStringLiteral("matches")].toArray(), QJsonArray());
    QCOMPARE(json[QStringLiteral("standings")].toArray(), QJsonArray());
    QCOMPARE(venue::tournamentSummaryJson(view)[QStringLiteral("players")].toInt(), 2);
}

void tst_TournamentJson::listedOnPhones_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("hoursSinceResult"); // -1: no result yet
    QTest::addColumn<bool>("listed");

    QTest::newRow("running, no result yet") << QStringLiteral("running") << -1 << true;
    QTest::newRow("running for two days") << QStringLiteral("running") << 48 << true;
    QTest::newRow("finished an hour ago") << QStringLiteral("finished") << 1 << true;
    QTest::newRow("finished 23 hours ago") << QStringLiteral("finished") << 23 << true;
    QTest::newRow("finished 25 hours ago") << QStringLiteral("finished") << 25 << false;
    QTest::newRow("taking sign-ups") << QStringLiteral("sign-up") << -1 << false;
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << 1 << false;
}

void tst_TournamentJson::listedOnPhones()
{
    QFETCH(QString, state);
    QFETCH(int, hoursSinceResult);
    QFETCH(bool, listed);

    const QDateTime now(QDate(2026, 12, 5), QTime(23, 30), QTimeZone::utc());
    TournamentView view;
    view.tournament.state = *venue::tournamentStateFromKey(state);
    if (hoursSinceResult >= 0) {
        // An earlier result too: the last one counts.
        view.results.push_back(venue::DrawResult{1, 0, false, QStringLiteral("staff:Dev"),
                                                 now.addSecs(-3600 * (hoursSinceResult + 5))});
        view.results.push_back(venue::DrawResult{2, 1, true, QStringLiteral("system:referee"),
                                                 now.addSecs(-3600 * hoursSinceResult)});
    }
    QCOMPARE(venue::listedOnPhones(view.tournament.state, venue::lastResultAt(view), now), listed);
}

QTEST_GUILESS_MAIN(tst_TournamentJson)
#include "tst_tournamentjson.moc"
