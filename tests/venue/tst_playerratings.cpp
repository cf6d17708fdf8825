#include <venue/fargo.h>
#include <venue/playerratings.h>

#include <QTest>

using namespace dojo;
using dojo::venue::PlayedRacks;

namespace {

PlayedRacks row(int day, const char *game, qint64 a, qint64 b, int racksA, int racksB)
{
    PlayedRacks played;
    played.playedOn = QDate(2026, 1, 1).addDays(day);
    played.game = QString::fromLatin1(game);
    played.playerA = a;
    played.playerB = b;
    played.racksA = racksA;
    played.racksB = racksB;
    return played;
}

} // namespace

class tst_PlayerRatings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratesOnlyTheGameAndTheDaysAsked();
    void playersOutsideTheVenueAreLeftOut();
    void ratingOverTimeFollowsTheMonths();
    void headToHead_data();
    void headToHead();
    void recordsByGame();
};

void tst_PlayerRatings::ratesOnlyTheGameAndTheDaysAsked()
{
    const std::map<qint64, double> starters{{1, 500}, {2, 500}};
    // In 9-ball 1 wins 40 of 60; in 8-ball 2 wins them; late in the year 1 wins everything.
    const std::vector<PlayedRacks> racks{row(0, "nine-ball", 1, 2, 40, 20),
                                         row(1, "eight-ball", 1, 2, 20, 40),
                                         row(300, "nine-ball", 1, 2, 30, 0)};
    const auto nine
        = venue::ratePlayers(starters, racks, QStringLiteral("nine-ball"), QDate(2026, 6, 1));
    QVERIFY(nine);
    QCOMPARE(nine->front().playerId, qint64(1));
    QCOMPARE(nine->front().racks, 60);
    const auto eight = venue::ratePlayers(starters, racks, QStringLiteral("eight-ball"));
    QVERIFY(eight);
    QCOMPARE(eight->front().playerId, qint64(2));
    // 40 of 60 is 2:1 odds, 100 points, shrunk toward the starters by their 20 pseudo-racks.
    const double gap = nine->front().rating - nine->back().rating;
    QVERIFY2(gap > 60 && gap < 100, qPrintable(QString::number(gap)));
    const auto all = venue::ratePlayers(starters, racks);
    QVERIFY(all);
    QCOMPARE(all->front().racks, 150);
}

void tst_PlayerRatings::playersOutsideTheVenueAreLeftOut()
{
    const auto ratings
        = venue::ratePlayers({{1, 600}, {2, 400}}, {row(0, "nine-ball", 1, 3, 5, 0)});
    QVERIFY(ratings);
    QCOMPARE(ratings->size(), size_t(2));
    QCOMPARE(ratings->front().racks, 0);
    QCOMPARE(qRound(ratings->front().rating), 600); // the starter alone
}

void tst_PlayerRatings::ratingOverTimeFollowsTheMonths()
{
    const std::map<qint64, double> starters{{1, 500}, {2, 500}};
    std::vector<PlayedRacks> racks;
    for (int month = 0; month < 5; ++month) // player 1 wins every rack, month after month
        racks.push_back(row(month * 31, "nine-ball", 1, 2, 10, 0));
    const auto history = venue::ratingOverTime(1, starters, racks, 3);
    QVERIFY(history);
    QCOMPARE(history->size(), size_t(3)); // the latest three months
    QCOMPARE(history->back().racks, 50);
    for (size_t index = 1; index < history->size(); ++index) {
        QVERIFY((*history)[index].date > (*history)[index - 1].date);
        QVERIFY((*history)[index].rating > (*history)[index - 1].rating);
    }
    QCOMPARE(history->front().date, QDate(2026, 3, 31));
}

void tst_PlayerRatings::headToHead_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<QList<int>>("expected"); // matches, won by a, won by b, racks a, racks b

    QTest::newRow("from the first's side") << qint64(1) << qint64(2) << QList<int>{3, 2, 1, 14, 9};
    QTest::newRow("from the second's side") << qint64(2) << qint64(1) << QList<int>{3, 1, 2, 9, 14};
    QTest::newRow("never met") << qint64(1) << qint64(4) << QList<int>{0, 0, 0, 0, 0};
}

void tst_PlayerRatings::headToHead()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(QList<int>, expected);
    const std::vector<PlayedRacks> racks{
        row(0, "nine-ball", 1, 2, 5, 3), row(1, "nine-ball", 2, 1, 5, 4),
        row(2, "eight-ball", 1, 2, 5, 1), row(3, "nine-ball", 1, 3, 5, 0)};
    const venue::HeadToHead found = venue::headToHead(a, b, racks);
    QCOMPARE((QList<int>{found.matches, found.matchesWonA, found.matchesWonB, found.racksA,
                         found.racksB}),
             expected);
}

void tst_PlayerRatings::recordsByGame()
{
    const std::vector<PlayedRacks> racks{row(0, "nine-ball", 1, 2, 5, 3),
                                         row(1, "nine-ball", 2, 1, 5, 4),
                                         row(2, "eight-ball", 1, 2, 5, 1)};
    const std::vector<venue::GameRecord> records = venue::recordsByGame(1, racks);
    QCOMPARE(records.size(), size_t(2));
    QCOMPARE(records[0].game, QStringLiteral("eight-ball"));
    QCOMPARE(records[0].played, 1);
    QCOMPARE(records[0].won, 1);
    QCOMPARE(records[1].game, QStringLiteral("nine-ball"));
    QCOMPARE(records[1].played, 2);
    QCOMPARE(records[1].won, 1);
}

QTEST_GUILESS_MAIN(tst_PlayerRatings)
#include "tst_playerratings.moc"
