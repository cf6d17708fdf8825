// Two `dojopool serve` for one venue on one PostgreSQL: one runs every table (it holds the
// tables' leases), the other stands by, and takes every table over once the first is killed.

#include "appprocess.h"

#include <storage/database.h>
#include <storage/venuerepository.h>
#include <support/postgresserver.h>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <map>
#include <memory>

using namespace dojo;

namespace {

const QString kVenue = QStringLiteral("Dojo Demo");

// Each table's lease holder, by table name.
std::map<QString, QString> leaseHolders(storage::Database &database)
{
    std::map<QString, QString> holders;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT t.name, l.holder FROM table_leases l "
                                   "JOIN pool_tables t ON t.id = l.table_id")))
        return holders;
    while (query.next())
        holders[query.value(0).toString()] = query.value(1).toString();
    return holders;
}

qint64 number(storage::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Reads what the running program printed so far.
QString logOf(AppProcess &app)
{
    app.waitForText(QString(), 0, 50);
    return app.standardError();
}

QStringList serveArguments(const QString &dataFolder, const QString &url, const QString &venue)
{
    return {QStringLiteral("serve"),
            QStringLiteral("--port"),
            QStringLiteral("0"),
            QStringLiteral("--data-dir"),
            dataFolder,
            QStringLiteral("--database"),
            url,
            QStringLiteral("--venue"),
            venue};
}

} // namespace

class tst_ServeStandby : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void standbyTakesOverFromAKilledHolder();
    void unknownVenueIsRefused();
    void chosenVenueIsRemembered();

private:
    QTemporaryDir m_home;
    testsupport::PostgresServer m_server;
};

void tst_ServeStandby::initTestCase()
{
    const Result<void> started = m_server.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error()));
}

void tst_ServeStandby::standbyTakesOverFromAKilledHolder()
{
    QTemporaryDir firstData;
    QTemporaryDir secondData;
    AppProcess first(m_home.path());
    QVERIFY2(first.start(serveArguments(firstData.path(), m_server.url(), kVenue),
                         QStringLiteral("serving from"), 60000),
             qPrintable(first.standardError()));
    AppProcess second(m_home.path());
    QVERIFY2(second.start(serveArguments(secondData.path(), m_server.url(), kVenue),
                          QStringLiteral("serving from"), 60000),
             qPrintable(second.standardError()));

    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(m_server.location());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    storage::Database &database = **opened;
    storage::VenueRepository venues(database);
    const qint64 venueId = venues.venues().value().front().id;
    const std::vector<storage::TableRecord> tables = venues.tables(venueId).value();
    QCOMPARE(tables.size(), size_t(4));

    // The first start runs every table; the second stands by for each, naming the first.
    const QString firstLog = logOf(first);
    const QRegularExpressionMatch ran
        = QRegularExpression(QStringLiteral("Table 1: run here by (.+)$"),
                             QRegularExpression::MultilineOption)
              .match(firstLog);
    QVERIFY2(ran.hasMatch(), qPrintable(firstLog));
    const QString firstHolder = ran.captured(1).trimmed();
    const QString secondLog = logOf(second);
    for (const storage::TableRecord &table : tables) {
        QVERIFY2(
            firstLog.contains(QStringLiteral("%1: run here by %2").arg(table.name, firstHolder)),
            qPrintable(firstLog));
        QVERIFY2(secondLog.contains(
                     QStringLiteral("%1: run by %2; standing by").arg(table.name, firstHolder)),
                 qPrintable(secondLog));
        QVERIFY2(!secondLog.contains(QStringLiteral("%1: run here").arg(table.name)),
                 qPrintable(secondLog));
    }
    std::map<QString, QString> holders = leaseHolders(database);
    QCOMPARE(holders.size(), tables.size());
    for (const auto &[table, holder] : holders)
        QCOMPARE(holder, firstHolder);

    const qint64 lastMatch = number(database, QStringLiteral("SELECT MAX(id) FROM matches"));
    const qint64 lastStep
        = number(database, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM match_steps"));
    QVERIFY(lastMatch >= qint64(tables.size())); // the first start's simulated games

    QVERIFY(first.stop(SIGKILL));
    QElapsedTimer sinceKill;
    sinceKill.start();
    QVERIFY2(second.waitForText(QStringLiteral("taking over from %1").arg(firstHolder),
                                int(tables.size()), 20000),
             qPrintable(second.standardError()));
    const qint64 takeoverMs = sinceKill.elapsed();
    qInfo("every table taken over %lld ms after the holder was killed", takeoverMs);

    // Every table is now held by the survivor alone.
    QDeadlineTimer deadline(20000);
    QString survivor;
    while (!deadline.hasExpired()) {
        holders = leaseHolders(database);
        survivor = holders.empty() ? QString() : holders.begin()->second;
        const bool allSurvivor = std::all_of(holders.begin(), holders.end(), [&](const auto &row) {
            return row.second == survivor && row.second != firstHolder;
        });
        if (holders.size() == tables.size() && allSurvivor)
            break;
        QThread::msleep(200);
    }
    QVERIFY2(!survivor.isEmpty() && survivor != firstHolder, qPrintable(survivor));
    for (const auto &[table, holder] : holders)
        QCOMPARE(holder, survivor);

    // The survivor resumes the tables as a restart would (a simulated table starts a new game)
    // and its referee writes the new matches' steps.
    deadline = QDeadlineTimer(20000);
    qint64 newMatches = 0;
    while (!deadline.hasExpired() && newMatches < qint64(tables.size())) {
        newMatches = number(database, QStringLiteral("SELECT COUNT(DISTINCT table_id) FROM matches "
                                                     "WHERE id > %1 AND finished_at IS NULL")
                                          .arg(lastMatch));
        QThread::msleep(200);
    }
    QCOMPARE(newMatches, qint64(tables.size()));
    deadline = QDeadlineTimer(120000);
    qint64 newSteps = 0;
    while (!deadline.hasExpired() && newSteps == 0) {
        newSteps = number(database, QStringLiteral("SELECT COUNT(*) FROM match_steps "
                                                   "WHERE id > %1 AND match_id > %2")
                                        .arg(lastStep)
                                        .arg(lastMatch));
        second.waitForText(QString(), 0, 50);
        QThread::msleep(500);
    }
    QVERIFY2(newSteps > 0, qPrintable(logOf(second)));

    QVERIFY(second.stop(SIGTERM));
    QCOMPARE(second.exitCode(), 0);
    // Stopped cleanly, it gave its leases up at once.
    QVERIFY(leaseHolders(database).empty());
}

void tst_ServeStandby::unknownVenueIsRefused()
{
    QTemporaryDir data;
    AppProcess app(m_home.path());
    QVERIFY(app.run(serveArguments(data.path(), m_server.url(), QStringLiteral("No Such Hall"))));
    QCOMPARE(app.exitCode(), 2);
    QCOMPARE(app.errorLines().size(), 1);
    const QString line = app.errorLines().front();
    QVERIFY2(line.startsWith(QStringLiteral("dojopool: ")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("No Such Hall")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("\"%1\"").arg(kVenue)), qPrintable(line));
}

// A chain's second venue: run with --venue, it stays the data folder's venue without it.
void tst_ServeStandby::chosenVenueIsRemembered()
{
    {
        Result<std::unique_ptr<storage::Database>> opened
            = storage::Database::open(m_server.location());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        const Result<qint64> added
            = storage::VenueRepository(**opened).addVenue(QStringLiteral("Corner Pocket"), false);
        QVERIFY2(added, qPrintable(added ? QString() : added.error()));
    }
    QTemporaryDir data;
    const QStringList runs[]
        = {serveArguments(data.path(), m_server.url(), QStringLiteral("corner pocket")),
           serveArguments(data.path(), m_server.url(), QString()).mid(0, 7)};
    for (const QStringList &arguments : runs) {
        AppProcess app(m_home.path());
        QVERIFY2(
            app.start(arguments + QStringList{QStringLiteral("--cameras"), QStringLiteral("off")},
                      QStringLiteral("serving from"), 60000),
            qPrintable(app.standardError()));
        QVERIFY(app.stop(SIGTERM));
        QCOMPARE(app.exitCode(), 0);
        const QString log = app.standardError();
        QVERIFY2(log.contains(QStringLiteral("venue \"Corner Pocket\": 0 tables")),
                 qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("Dojo Demo")), qPrintable(log));
    }
}

QTEST_GUILESS_MAIN(tst_ServeStandby)
#include "tst_servestandby.moc"
