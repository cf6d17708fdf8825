// A player's figures from the automatic referee's matches, on an SQLite file: real matches played
// by scripted play through TableMatch, their figures rebuilt from the stored steps and summed by
// game and by month for either seat, a merged duplicate's matches counted for the player kept, a
// match of one person against themselves counted for nobody, and a match whose steps the rules no
// longer rule as stored left out with a sentence.
#include "refereedmatch.h"

#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/playerstatistics.h>

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <tuple>

using namespace dojo;
using dojo::testsupport::errorOf;

namespace {

const QString kActor = QStringLiteral("staff:Ana");

struct Played
{
    QString name; // "m1" ...
    std::array<QString, 2> players;
    rules::Game game = rules::Game::NineBall;
    QDateTime at;
    qint64 id = 0;
    std::optional<rules::Match> match;
};

QDateTime on(int month, int day)
{
    return QDateTime(QDate(2024, month, day), QTime(19, 0), Qt::UTC);
}

QString rowText(const venue::PlayerFigures &row)
{
    return QStringLiteral("%1 %2: %3 matches, %4 innings, %5 balls, %6/%7 breaks")
        .arg(row.month.isValid() ? row.month.toString(Qt::ISODate) : QStringLiteral("-"),
             row.game.isEmpty() ? QStringLiteral("-") : row.game)
        .arg(row.matches)
        .arg(row.innings)
        .arg(row.balls)
        .arg(row.breaksMade)
        .arg(row.breaks);
}

QStringList textOf(const std::vector<venue::PlayerFigures> &rows)
{
    QStringList texts;
    for (const venue::PlayerFigures &row : rows)
        texts << rowText(row);
    return texts;
}

} // namespace

class tst_PlayerStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void figuresOfAPlayer_data();
    void figuresOfAPlayer();
    void sumsByMonthAndByGame();
    void aMatchNotReplayedIsTold();

private:
    qint64 addPlayer(const QString &name);
    const Played &played(const QString &name) const;

    QTemporaryDir m_data;
    std::unique_ptr<storage::Database> m_database;
    qint64 m_venueId = 0;
    std::map<QString, qint64> m_players;
    std::vector<Played> m_matches;
};

qint64 tst_PlayerStatistics::addPlayer(const QString &name)
{
    storage::PlayerRecord record;
    record.homeVenueId = m_venueId;
    record.name = name;
    return storage::VenueRepository(*m_database).addPlayer(record).value_or(0);
}

const Played &tst_PlayerStatistics::played(const QString &name) const
{
    for (const Played &match : m_matches) {
        if (match.name == name)
            return match;
    }
    qFatal("no match %s", qPrintable(name));
}

void tst_PlayerStatistics::initTestCase()
{
    QVERIFY(m_data.isValid());
    auto opened = storage::Database::open(storage::sqliteInDataFolder(m_data.path()));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    storage::VenueRecord venue;
    venue.name = QStringLiteral("Corner Pocket");
    storage::TableRecord first;
    first.name = QStringLiteral("Table 1");
    first.status = QStringLiteral("free");
    storage::TableRecord second = first;
    second.name = QStringLiteral("Table 2");
    second.position = 1;
    const Result<qint64> venueId = venues.createVenue(venue, {first, second}, kActor);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    const qint64 table1 = venues.tables(m_venueId)->at(0).id;
    const qint64 table2 = venues.tables(m_venueId)->at(1).id;
    for (const QString &name :
         {QStringLiteral("Efren"), QStringLiteral("Shane"), QStringLiteral("efren")}) {
        m_players[name] = addPlayer(name);
        QVERIFY(m_players[name] > 0);
    }

    const QString efren = QStringLiteral("Efren");
    const QString shane = QStringLiteral("Shane");
    const QString duplicate = QStringLiteral("efren");
    m_matches = {
        {QStringLiteral("m1"), {efren, shane}, rules::Game::NineBall, on(1, 15), 0, {}},
        {QStringLiteral("m2"), {shane, efren}, rules::Game::EightBall, on(1, 20), 0, {}},
        {QStringLiteral("m3"),
         {efren, QStringLiteral("Guest")},
         rules::Game::NineBall,
         on(3, 2),
         0,
         {}},
        {QStringLiteral("m4"), {duplicate, shane}, rules::Game::NineBall, on(3, 10), 0, {}},
        {QStringLiteral("m5"), {efren, duplicate}, rules::Game::TenBall, on(4, 1), 0, {}},
        {QStringLiteral("m6"), {shane, efren}, rules::Game::NineBall, on(4, 5), 0, {}},
    };
    quint32 seed = 11;
    for (Played &match : m_matches) {
        const qint64 table = seed % 2 ? table1 : table2;
        const Result<venuetest::RefereedMatch> result = venuetest::playRefereedMatch(
            *m_database, table, match.game, 2, match.players, seed++, match.at);
        QVERIFY2(result, qPrintable(errorOf(result)));
        match.id = result->id;
        match.match = result->match;
    }
    // m6's last step is stored with a ruling the rules do not give: it cannot be replayed.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.prepare(
        QStringLiteral("UPDATE match_steps SET ruling = '{}' WHERE match_id = ? AND number = "
                       "(SELECT MAX(number) FROM match_steps WHERE match_id = ?)")));
    query.addBindValue(played(QStringLiteral("m6")).id);
    query.addBindValue(played(QStringLiteral("m6")).id);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
}

void tst_PlayerStatistics::cleanupTestCase()
{
    m_database.reset();
}

void tst_PlayerStatistics::figuresOfAPlayer_data()
{
    QTest::addColumn<QString>("player");
    QTest::addColumn<bool>("merged");       // "efren" merged into Efren first
    QTest::addColumn<QStringList>("seats"); // the matches that count, "m1:0": m1, first seat

    QTest::newRow("first and second seat, a guest opponent")
        << QStringLiteral("Efren") << false
        << QStringList{QStringLiteral("m1:0"), QStringLiteral("m2:1"), QStringLiteral("m3:0"),
                       QStringLiteral("m5:0")};
    QTest::newRow("second seat") << QStringLiteral("Shane") << false
                                 << QStringList{QStringLiteral("m1:1"), QStringLiteral("m2:0"),
                                                QStringLiteral("m4:1")};
    QTest::newRow("a duplicate on its own")
        << QStringLiteral("efren") << false
        << QStringList{QStringLiteral("m4:0"), QStringLiteral("m5:1")};
    QTest::newRow("the player kept counts the duplicate's, not both seats")
        << QStringLiteral("Efren") << true
        << QStringList{QStringLiteral("m1:0"), QStringLiteral("m2:1"), QStringLiteral("m3:0"),
                       QStringLiteral("m4:0")};
    QTest::newRow("the duplicate asked for is the player kept")
        << QStringLiteral("efren") << true
        << QStringList{QStringLiteral("m1:0"), QStringLiteral("m2:1"), QStringLiteral("m3:0"),
                       QStringLiteral("m4:0")};
}

void tst_PlayerStatistics::figuresOfAPlayer()
{
    QFETCH(QString, player);
    QFETCH(bool, merged);
    QFETCH(QStringList, seats);

    storage::VenueRepository venues(*m_database);
    const qint64 duplicate = m_players.at(QStringLiteral("efren"));
    if (merged)
        QVERIFY(venues.mergePlayer(duplicate, m_players.at(QStringLiteral("Efren")), kActor));
    const auto unmerge = qScopeGuard([&] {
        if (merged)
            static_cast<void>(venues.unmergePlayer(duplicate, kActor));
    });

    // What the matches played in memory say, summed the same way by hand.
    std::map<std::tuple<QDate, QString>, venue::PlayerFigures> expected;
    for (const QString &seat : seats) {
        const Played &match = played(seat.section(u':', 0, 0));
        const rules::PlayerStatistics &stats
            = match.match->statistics().player(seat.section(u':', 1).toInt());
        const QDate month(match.at.date().year(), match.at.date().month(), 1);
        venue::PlayerFigures &row = expected[{month, rules::gameKey(match.game)}];
        row.month = month;
        row.game = rules::gameKey(match.game);
        ++row.matches;
        row.innings += stats.innings;
        row.balls += stats.ballsPocketed;
        row.breaks += stats.breaks;
        row.breaksMade += stats.breaksMade;
        QVERIFY2(stats.innings > 0, "a match played without an inning");
    }
    std::vector<venue::PlayerFigures> rows;
    for (const auto &[key, row] : expected)
        rows.push_back(row);

    const Result<venue::PlayerFigureSheet> sheet
        = venue::playerFigures(*m_database, m_venueId, m_players.at(player));
    QVERIFY2(sheet, qPrintable(errorOf(sheet)));
    QCOMPARE(textOf(sheet->rows), textOf(rows));
    // m6 is Efren's and Shane's; the duplicate never played it.
    QCOMPARE(sheet->unreadable.size(), player == u"efren" && !merged ? 0 : 1);
}

void tst_PlayerStatistics::sumsByMonthAndByGame()
{
    const Result<venue::PlayerFigureSheet> sheet
        = venue::playerFigures(*m_database, m_venueId, m_players.at(QStringLiteral("Efren")));
    QVERIFY2(sheet, qPrintable(errorOf(sheet)));
    QCOMPARE(sheet->rows.size(), size_t(4)); // Jan 9-ball, Jan 8-ball, Mar 9-ball, Apr 10-ball

    const std::vector<venue::PlayerFigures> months = venue::figuresByMonth(sheet->rows);
    QCOMPARE(months.size(), size_t(3));
    QCOMPARE(months.front().month, QDate(2024, 1, 1));
    QCOMPARE(months.back().month, QDate(2024, 4, 1));
    const std::vector<venue::PlayerFigures> games = venue::figuresByGame(sheet->rows);
    QCOMPARE(games.size(), size_t(3));
    QCOMPARE(games.front().game, QStringLiteral("eight-ball"));
    const venue::PlayerFigures all = venue::figuresInAll(sheet->rows);
    QCOMPARE(all.matches, 4);
    QCOMPARE(rowText(venue::figuresInAll(months)), rowText(all));
    QCOMPARE(rowText(venue::figuresInAll(games)), rowText(all));
    for (const venue::PlayerFigures &month : months)
        QVERIFY(month.game.isEmpty() && month.month.isValid());
    for (const venue::PlayerFigures &game : games)
        QVERIFY(!game.game.isEmpty() && !game.month.isValid());
    QCOMPARE(all.ballsPerInning(), double(all.balls) / all.innings);
    QCOMPARE(all.breakSuccess(), double(all.breaksMade) / all.breaks);
    QCOMPARE(venue::PlayerFigures().ballsPerInning(), 0.0);
    QCOMPARE(venue::PlayerFigures().breakSuccess(), 0.0);
}

void tst_PlayerStatistics::aMatchNotReplayedIsTold()
{
    const Result<venue::PlayerFigureSheet> sheet
        = venue::playerFigures(*m_database, m_venueId, m_players.at(QStringLiteral("Shane")));
    QVERIFY2(sheet, qPrintable(errorOf(sheet)));
    QCOMPARE(sheet->unreadable.size(), 1);
    const QString sentence = sheet->unreadable.front();
    QVERIFY2(sentence.contains(QString::number(played(QStringLiteral("m6")).id))
                 && sentence.contains(QStringLiteral("Table 2"))
                 && sentence.contains(QStringLiteral("ruled differently")),
             qPrintable(sentence));
    // Its month has no row: April is m5's alone, which Shane did not play.
    for (const venue::PlayerFigures &row : sheet->rows)
        QVERIFY2(row.month < QDate(2024, 4, 1), qPrintable(rowText(row)));
}

QTEST_GUILESS_MAIN(tst_PlayerStatistics)
#include "tst_playerstatistics.moc"
