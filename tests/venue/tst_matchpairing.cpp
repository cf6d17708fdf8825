// The match queue's pairs: players of one game whose ratings are near, the gap they accept
// widening with the time waited (50 points, plus 25 every 5 minutes), longest waiting first.
#include <venue/matchpairing.h>

#include <QTest>

using namespace dojo;
using venue::PairingRules;
using venue::WaitingPlayer;

namespace {

const QDateTime kNow(QDate(2026, 5, 1), QTime(20, 0), Qt::UTC);

// "a,b,c" as a list; "" as none.
QStringList listOf(const char *items)
{
    return QString::fromUtf8(items).split(u',', Qt::SkipEmptyParts);
}

} // namespace

class tst_MatchPairing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedGap_data();
    void allowedGap();
    void proposePairs_data();
    void proposePairs();
    void theSameQueueGivesTheSamePairs();
};

void tst_MatchPairing::allowedGap_data()
{
    QTest::addColumn<int>("waitedSeconds");
    QTest::addColumn<double>("baseGap");
    QTest::addColumn<double>("gapPerStep");
    QTest::addColumn<int>("stepMinutes");
    QTest::addColumn<double>("gap");
    QTest::newRow("just come") << 0 << 50.0 << 25.0 << 5 << 50.0;
    QTest::newRow("a second short of a step") << 299 << 50.0 << 25.0 << 5 << 50.0;
    QTest::newRow("one step") << 300 << 50.0 << 25.0 << 5 << 75.0;
    QTest::newRow("twenty minutes") << 1200 << 50.0 << 25.0 << 5 << 150.0;
    QTest::newRow("an hour") << 3600 << 50.0 << 25.0 << 5 << 350.0;
    QTest::newRow("joined after now") << -120 << 50.0 << 25.0 << 5 << 50.0;
    QTest::newRow("other rules") << 1200 << 30.0 << 10.0 << 2 << 130.0;
    QTest::newRow("no widening") << 3600 << 40.0 << 25.0 << 0 << 40.0;
}

void tst_MatchPairing::allowedGap()
{
    QFETCH(int, waitedSeconds);
    QFETCH(double, baseGap);
    QFETCH(double, gapPerStep);
    QFETCH(int, stepMinutes);
    QFETCH(double, gap);
    const PairingRules rules{baseGap, gapPerStep, stepMinutes};
    QCOMPARE(venue::allowedGap(kNow.addSecs(-waitedSeconds), kNow, rules), gap);
}

void tst_MatchPairing::proposePairs_data()
{
    // Each waiting player, in the order they joined the queue's table (entry ids rise):
    // "name game rating waited-seconds [starter]", rating "-" when the ratings have none.
    QTest::addColumn<QStringList>("waiting");
    // "first-second gap", the first the one who waited longer, in the order proposed.
    QTest::addColumn<QStringList>("pairs");
    QTest::newRow("two equals at once")
        << listOf("Ana 9 500 0,Ben 9 520 0") << listOf("Ana-Ben 20");
    QTest::newRow("too far apart at first") << listOf("Ana 9 500 0,Ben 9 580 0") << QStringList();
    QTest::newRow("the wait widens the gap")
        << listOf("Ben 9 580 0,Ana 9 500 600") << listOf("Ana-Ben 80");
    QTest::newRow("a second short of a step")
        << listOf("Ana 9 500 299,Ben 9 560 0") << QStringList();
    QTest::newRow("on the step") << listOf("Ana 9 500 300,Ben 9 560 0") << listOf("Ana-Ben 60");
    QTest::newRow("only the longer waiting one's gap counts")
        << listOf("Ana 9 500 0,Ben 9 560 1200") << listOf("Ben-Ana 60");
    QTest::newRow("the longest waiting chooses the nearest")
        << listOf("Ana 9 500 1200,Ben 9 560 600,Cleo 9 540 0") << listOf("Ana-Cleo 40");
    QTest::newRow("games apart") << listOf("Ana 9 500 600,Ben 8 500 600") << QStringList();
    QTest::newRow("two games, two pairs")
        << listOf("Ana 9 500 600,Ben 8 600 480,Cleo 9 520 300,Dan 8 610 0")
        << listOf("Ana-Cleo 20,Ben-Dan 10");
    QTest::newRow("a tie in nearness goes to the longer waiting")
        << listOf("Ana 9 500 1200,Ben 9 540 300,Cleo 9 460 600") << listOf("Ana-Cleo 40");
    QTest::newRow("no rating: the starter rating")
        << listOf("Ana 9 - 0 700,Ben 9 690 0") << listOf("Ana-Ben 10");
    QTest::newRow("a rating beats the starter rating")
        << listOf("Ana 9 500 0 700,Ben 9 690 0") << QStringList();
    QTest::newRow("the odd one out waits")
        << listOf("Ana 9 500 0,Ben 9 510 0,Cleo 9 505 0") << listOf("Ana-Cleo 5");
    QTest::newRow("one who found nobody blocks nobody")
        << listOf("Ana 9 800 1800,Ben 9 500 600,Cleo 9 520 0") << listOf("Ben-Cleo 20");
    QTest::newRow("everyone paired")
        << listOf("Ana 9 500 900,Ben 9 700 800,Cleo 9 520 700,Dan 9 690 600")
        << listOf("Ana-Cleo 20,Ben-Dan 10");
    QTest::newRow("nobody waiting") << QStringList() << QStringList();
}

void tst_MatchPairing::proposePairs()
{
    QFETCH(QStringList, waiting);
    QFETCH(QStringList, pairs);
    std::vector<WaitingPlayer> queue;
    std::map<qint64, double> ratings;
    qint64 id = 0;
    for (const QString &line : waiting) {
        const QStringList fields = line.split(u' ');
        QVERIFY(fields.size() >= 4);
        WaitingPlayer player;
        player.entryId = ++id;
        player.playerId = 100 + id;
        player.name = fields[0];
        player.game
            = fields[1] == u"9" ? QStringLiteral("nine-ball") : QStringLiteral("eight-ball");
        player.joinedAt = kNow.addSecs(-fields[3].toInt());
        if (fields.size() > 4)
            player.starterRating = fields[4].toDouble();
        if (fields[2] != u"-")
            ratings[player.playerId] = fields[2].toDouble();
        queue.push_back(player);
    }
    QStringList proposed;
    for (const venue::ProposedPair &pair : venue::proposePairs(queue, ratings, kNow)) {
        QCOMPARE(pair.first.game, pair.second.game);
        QVERIFY(pair.first.joinedAt <= pair.second.joinedAt);
        proposed << QStringLiteral("%1-%2 %3").arg(pair.first.name, pair.second.name).arg(pair.gap);
    }
    QCOMPARE(proposed, pairs);
}

void tst_MatchPairing::theSameQueueGivesTheSamePairs()
{
    std::vector<WaitingPlayer> queue;
    std::map<qint64, double> ratings;
    for (int i = 0; i < 40; ++i) {
        WaitingPlayer player;
        player.entryId = i + 1;
        player.playerId = i + 1;
        player.name = QStringLiteral("P%1").arg(i + 1);
        player.game = i % 3 == 0 ? QStringLiteral("eight-ball") : QStringLiteral("nine-ball");
        player.joinedAt = kNow.addSecs(-60 * ((i * 7) % 31));
        ratings[player.playerId] = 400 + (i * 37) % 300;
        queue.push_back(player);
    }
    const std::vector<venue::ProposedPair> first = venue::proposePairs(queue, ratings, kNow);
    std::reverse(queue.begin(), queue.end());
    const std::vector<venue::ProposedPair> again = venue::proposePairs(queue, ratings, kNow);
    QVERIFY(!first.empty());
    QCOMPARE(again.size(), first.size());
    QSet<qint64> seen;
    for (size_t i = 0; i < first.size(); ++i) {
        QCOMPARE(again[i].first.entryId, first[i].first.entryId);
        QCOMPARE(again[i].second.entryId, first[i].second.entryId);
        QVERIFY(!seen.contains(first[i].first.entryId) && !seen.contains(first[i].second.entryId));
        seen << first[i].first.entryId << first[i].second.entryId;
        QVERIFY(first[i].gap <= venue::allowedGap(first[i].first.joinedAt, kNow));
    }
}

QTEST_GUILESS_MAIN(tst_MatchPairing)

#include "tst_matchpairing.moc"
