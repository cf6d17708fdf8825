// A venue's year of data backed up while a writer goes on writing, then restored: how long each
// takes, how big the backup is, and how long the writer's commits waited meanwhile. Prints,
// never asserts.
//
//   bench_backup [--postgresql] [--days 365] [--matches-per-day 24] [--steps 100]
//
// SQLite in a temporary folder by default; --postgresql starts a scratch server (tests/support).
// The year: the days' matches at the tables, each with its racks and steps (shots with their
// rulings as JSON of the size the referee stores), bookings, sessions with receipts and the
// audit entries of them all, generated in bulk by SQL.

#include <storage/database.h>
#include <storage/databasebackup.h>
#include <storage/databaserestore.h>
#include <storage/venuerepository.h>
#include <support/postgresserver.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace dojo;
using namespace dojo::storage;

namespace {

struct Year
{
    int days = 365;
    int matchesPerDay = 24; // four refereed tables, six matches each
    int steps = 100;        // steps of a match: about nine racks of 9-ball
};

bool run(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        std::fprintf(stderr, "bench_backup: %s\n%s\n", qPrintable(query.lastError().text()),
                     qPrintable(sql.left(300)));
        return false;
    }
    return true;
}

double megabytes(qint64 bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

// The year in bulk: numbers from a series, texts of the stored sizes from random hex.
bool generate(Database &database, qint64 venueId, const Year &year)
{
    const bool postgres = database.isPostgreSQL();
    // n from 1 to count, as a FROM clause named `name`.
    const auto series = [postgres](qint64 count, const QString &name = QStringLiteral("s")) {
        return postgres ? QStringLiteral("generate_series(1, %1) AS %2(n)").arg(count).arg(name)
                        : QStringLiteral("(WITH RECURSIVE %2(n) AS (SELECT 1 UNION ALL SELECT n + "
                                         "1 FROM %2 WHERE n < %1) SELECT n FROM %2) AS %2")
                              .arg(count)
                              .arg(name);
    };
    // `bytes` of text that compresses like JSON (hex of random bytes halves, JSON more so).
    const auto text = [postgres](int bytes) {
        return postgres ? QStringLiteral("substr(repeat(md5(random()::text || s.n::text), %1), 1, "
                                         "%2)")
                              .arg(bytes / 32 + 1)
                              .arg(bytes)
                        : QStringLiteral("substr(hex(randomblob(%1)), 1, %2)")
                              .arg(bytes / 2 + 1)
                              .arg(bytes);
    };
    // Day n's time as the stored text.
    const auto at = [postgres](const QString &day) {
        return postgres ? QStringLiteral("to_char(timestamp '2025-01-01' + (%1) * interval '1 "
                                         "minute', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                              .arg(day)
                        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01', '+' || (%1) "
                                         "|| ' minutes')")
                              .arg(day);
    };
    const qint64 matches = qint64(year.days) * year.matchesPerDay;
    const qint64 minutesPerMatch = 24 * 60 / std::max(1, year.matchesPerDay);
    QStringList statements{
        QStringLiteral("INSERT INTO players (home_venue_id, name, nickname, created_at) SELECT "
                       "%1, 'Player ' || s.n, '', %2 FROM %3")
            .arg(venueId)
            .arg(at(QStringLiteral("s.n")), series(500)),
        QStringLiteral("INSERT INTO matches (table_id, game, player_a, player_b, setup, "
                       "started_at, finished_at, winner) SELECT NULL, 'nine-ball', 'Player ' || "
                       "(s.n %% 500), 'Player ' || ((s.n + 7) %% 500), %1, %2, %3, 'a' FROM %4")
            .arg(text(400), at(QStringLiteral("s.n * %1").arg(minutesPerMatch)),
                 at(QStringLiteral("s.n * %1 + 50").arg(minutesPerMatch)), series(matches)),
        QStringLiteral("INSERT INTO racks (match_id, number, breaker, winner, started_at, "
                       "ended_at) SELECT m.id, q.n, 'a', 'b', m.started_at, m.finished_at FROM "
                       "matches m CROSS JOIN %1")
            .arg(series(9, QStringLiteral("q"))),
        QStringLiteral("INSERT INTO match_steps (match_id, number, rack_number, kind, input, "
                       "ruling, actor, at) SELECT 1 + (s.n - 1) / %1, 1 + (s.n - 1) %% %1, 1 + "
                       "((s.n - 1) %% %1) / 12, 'shot', %2, %3, 'referee:camera', %4 FROM %5")
            .arg(year.steps)
            .arg(text(450), text(350), at(QStringLiteral("s.n / 10")),
                 series(matches * year.steps)),
        QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, details) SELECT %1, "
                       "'staff:Dev', 'booking.created', 'booking:' || s.n, %2 FROM %3")
            .arg(at(QStringLiteral("s.n * 3")), text(200), series(qint64(year.days) * 150))};
    // "%%" kept the modulo's sign away from arg().
    for (QString &statement : statements)
        statement.replace(QStringLiteral("%%"), QStringLiteral("%"));
    for (const QString &statement : statements) {
        if (!run(database, statement))
            return false;
    }
    return true;
}

// Commits an audit entry every 10 ms on a connection of its own and keeps each commit's time.
class Writer
{
public:
    explicit Writer(DatabaseLocation location)
        : m_location(std::move(location))
    {
    }

    void start()
    {
        m_thread = std::thread([this] {
            Result<std::unique_ptr<Database>> opened = Database::open(m_location);
            if (!opened)
                return;
            QSqlQuery query((*opened)->connection());
            while (!m_stop) {
                QElapsedTimer commit;
                commit.start();
                query.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, subject) "
                                          "VALUES ('2026-01-01T00:00:00.000Z', 'bench', "
                                          "'bench.write', '')"));
                if (m_measuring) {
                    const std::lock_guard<std::mutex> lock(m_mutex);
                    m_latencies.push_back(commit.nsecsElapsed() / 1000);
                }
                QThread::msleep(10);
            }
        });
    }
    void measure(bool on) { m_measuring = on; }
    void clear()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_latencies.clear();
    }
    void stop()
    {
        m_stop = true;
        m_thread.join();
    }
    std::vector<qint64> latenciesUs()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_latencies;
    }

private:
    DatabaseLocation m_location;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_measuring{false};
    std::mutex m_mutex;
    std::vector<qint64> m_latencies;
};

int bench(const DatabaseLocation &location, const DatabaseLocation &restoreInto,
          const QString &folder, const Year &year)
{
    qint64 venueId = 0;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(location);
        if (!opened) {
            std::fprintf(stderr, "bench_backup: %s\n", qPrintable(opened.error()));
            return 1;
        }
        const Result<qint64> venue
            = VenueRepository(**opened).addVenue(QStringLiteral("Bench Hall"), false);
        if (!venue)
            return 1;
        venueId = *venue;
        QElapsedTimer made;
        made.start();
        if (!generate(**opened, venueId, year))
            return 1;
        std::printf("%s: a year of %d days, %d matches a day of %d steps: generated in %.1f s\n",
                    qPrintable(location.describe()), year.days, year.matchesPerDay, year.steps,
                    static_cast<double>(made.elapsed()) / 1000.0);
    }
    if (location.kind == DatabaseLocation::Kind::SQLite)
        std::printf("database file: %.1f MB\n", megabytes(QFileInfo(location.sqlitePath).size()));

    Writer writer(location);
    writer.start();
    QThread::msleep(300);
    // The writer alone first, for the same figures without a backup.
    writer.measure(true);
    QThread::sleep(3);
    writer.measure(false);
    std::vector<qint64> alone = writer.latenciesUs();
    std::sort(alone.begin(), alone.end());
    writer.clear();
    if (!alone.empty())
        std::printf("a writer's commits alone: %zu in 3 s, median %.1f ms, slowest %.1f ms\n",
                    alone.size(), static_cast<double>(alone[alone.size() / 2]) / 1000.0,
                    static_cast<double>(alone.back()) / 1000.0);
    writer.measure(true);
    const QString file = folder + QStringLiteral("/year") + backupSuffix(formatOf(location));
    QElapsedTimer timer;
    timer.start();
    const Result<BackupFacts> taken = backUpDatabase(location, file);
    const qint64 backupMs = timer.elapsed();
    writer.measure(false);
    writer.stop();
    if (!taken) {
        std::fprintf(stderr, "bench_backup: %s\n", qPrintable(taken.error()));
        return 1;
    }
    std::vector<qint64> latencies = writer.latenciesUs();
    std::sort(latencies.begin(), latencies.end());
    std::printf("backup: %.1f MB in %.2f s (%.0f MB/s of backup)\n", megabytes(taken->bytes),
                static_cast<double>(backupMs) / 1000.0,
                megabytes(taken->bytes) / (static_cast<double>(backupMs) / 1000.0));
    if (!latencies.empty())
        std::printf("a writer's commits meanwhile: %zu, median %.1f ms, slowest %.1f ms\n",
                    latencies.size(), static_cast<double>(latencies[latencies.size() / 2]) / 1000.0,
                    static_cast<double>(latencies.back()) / 1000.0);

    timer.restart();
    const Result<BackupFacts> facts = readBackupFacts(file);
    std::printf("reading the backup's facts: %.2f s\n",
                static_cast<double>(timer.elapsed()) / 1000.0);
    if (!facts)
        return 1;

    timer.restart();
    const Result<Restored, RestoreRefusal> restored
        = restoreBackup(restoreInto, file, {.keepFolder = folder + QStringLiteral("/kept")});
    if (!restored) {
        std::fprintf(stderr, "bench_backup: %s\n", qPrintable(restored.error().why));
        return 1;
    }
    std::printf("restore into an empty database: %.2f s\n",
                static_cast<double>(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    Year year;
    const auto number = [&arguments](const QString &option, int fallback) {
        const qsizetype at = arguments.indexOf(option);
        return at >= 0 ? arguments.value(at + 1).toInt() : fallback;
    };
    year.days = number(QStringLiteral("--days"), year.days);
    year.matchesPerDay = number(QStringLiteral("--matches-per-day"), year.matchesPerDay);
    year.steps = number(QStringLiteral("--steps"), year.steps);

    QTemporaryDir folder;
    if (!folder.isValid())
        return 1;
    if (arguments.contains(QStringLiteral("--postgresql"))) {
        testsupport::PostgresServer server;
        if (const Result<void> started = server.start(); !started) {
            std::fprintf(stderr, "bench_backup: %s\n", qPrintable(started.error()));
            return 1;
        }
        if (!server.createDatabase(QStringLiteral("restored")))
            return 1;
        return bench(server.location(), server.location(QStringLiteral("restored")), folder.path(),
                     year);
    }
    DatabaseLocation location;
    location.sqlitePath = folder.filePath(QStringLiteral("venue/dojopool.sqlite"));
    DatabaseLocation restoreInto;
    restoreInto.sqlitePath = folder.filePath(QStringLiteral("restored/dojopool.sqlite"));
    return bench(location, restoreInto, folder.path(), year);
}
