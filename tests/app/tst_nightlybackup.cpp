// The window's and serve's nightly backup (app/nightlybackup.h) on both backends, with a clock
// the test sets: of two processes of the venue one makes it, once a night, into the backups
// folder under the venue's date; the oldest nightly backups beyond the count go and nothing
// else does; a failed one is recorded with why, and shown as the window shows it.

#include "nightlybackup.h"
#include "venuefolder.h"

#include <storage/backuprepository.h>
#include <storage/database.h>
#include <storage/databasebackup.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace dojo;
using dojo::testsupport::errorOf;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
// 04:00 in Berlin on 2026-12-05 is 03:00 UTC.
const QDateTime kAfterTheSlot = QDateTime(QDate(2026, 12, 5), QTime(3, 1), Qt::UTC);

} // namespace

class tst_NightlyBackup : public QObject, private testsupport::VenueFolder
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void oneProcessMakesIt();
    void keepsTheNewestNightlyOnes();
    void aFailureIsRecordedWithWhy();

private:
    std::unique_ptr<app::NightlyBackup> nightly(storage::Database &database, const QString &who,
                                                const QDateTime &now);
    qint64 count(storage::Database &database, const QString &sql);

    app::BackupSettings m_settings;
    QString m_suffix;
};

void tst_NightlyBackup::initTestCase()
{
    const Result<void> started = m_databases.startAndLog();
    QVERIFY2(started, qPrintable(errorOf(started)));
}

void tst_NightlyBackup::init()
{
    const Result<void> fresh = freshVenueFolder();
    QVERIFY2(fresh, qPrintable(errorOf(fresh)));
    const std::unique_ptr<storage::Database> database = openDatabase();
    QVERIFY(database);
    QVERIFY(storage::VenueRepository(*database).addVenue(QStringLiteral("Corner Pocket"), false));
    m_settings = app::BackupSettings{};
    m_settings.folder = QDir(m_data->path()).filePath(QStringLiteral("backups"));
    m_suffix = storage::backupSuffix(storage::formatOf(m_location));
}

void tst_NightlyBackup::cleanup()
{
    removeVenueFolder();
}

std::unique_ptr<app::NightlyBackup>
tst_NightlyBackup::nightly(storage::Database &database, const QString &who, const QDateTime &now)
{
    auto made = std::make_unique<app::NightlyBackup>(database, m_settings, kBerlin, who);
    made->setClock([now] { return now; });
    return made;
}

qint64 tst_NightlyBackup::count(storage::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

void tst_NightlyBackup::oneProcessMakesIt()
{
    // The window and serve, each with its own connection.
    const std::unique_ptr<storage::Database> windowDb = openDatabase();
    const std::unique_ptr<storage::Database> serveDb = openDatabase();
    QVERIFY(windowDb && serveDb);
    const auto window = nightly(*windowDb, QStringLiteral("deskpc pid 1 aa"), kAfterTheSlot);
    const auto serve = nightly(*serveDb, QStringLiteral("deskpc pid 2 bb"), kAfterTheSlot);
    QSignalSpy made(window.get(), &app::NightlyBackup::backupMade);
    QSignalSpy madeByServe(serve.get(), &app::NightlyBackup::backupMade);

    window->check();
    QVERIFY(window->isBackingUp());
    serve->check(); // claimed by the window, still running: not again
    QVERIFY(!serve->isBackingUp());
    QVERIFY(made.wait(60000));
    const QString expected
        = QDir(m_settings.folder).filePath(QStringLiteral("dojopool-2026-12-05") + m_suffix);
    QCOMPARE(made.constFirst().constFirst().toString(), expected);
    QVERIFY(storage::readBackupFacts(expected));
    QCOMPARE(count(*serveDb, QStringLiteral("SELECT COUNT(*) FROM backups WHERE kind = 'nightly' "
                                            "AND status = 'done' AND taken_by = 'deskpc pid 1 "
                                            "aa' AND file = '%1' AND size_bytes > 0")
                                 .arg(expected)),
             1);

    // A third process started later sees it done; the window does not make it twice.
    const std::unique_ptr<storage::Database> laterDb = openDatabase();
    const auto later
        = nightly(*laterDb, QStringLiteral("backroom pid 3 cc"), kAfterTheSlot.addSecs(3600));
    later->check();
    window->check();
    serve->check();
    QVERIFY(!later->isBackingUp() && !window->isBackingUp() && !serve->isBackingUp());
    QCOMPARE(madeByServe.size(), 0);
    QCOMPARE(count(*serveDb, QStringLiteral("SELECT COUNT(*) FROM backups")), 1);

    // The next night, the next one, under the next date; the window shows it.
    const auto nextNight
        = nightly(*serveDb, QStringLiteral("deskpc pid 2 bb"), kAfterTheSlot.addDays(1));
    QSignalSpy madeNext(nextNight.get(), &app::NightlyBackup::backupMade);
    nextNight->check();
    QVERIFY(madeNext.wait(60000));
    QVERIFY(QFile::exists(
        QDir(m_settings.folder).filePath(QStringLiteral("dojopool-2026-12-06") + m_suffix)));
    const Result<venue::BackupsSeen> seen = window->seen();
    QVERIFY2(seen, qPrintable(errorOf(seen)));
    QVERIFY(seen->lastDone && !seen->lastFailed);
    QVERIFY(*seen->lastDone >= kAfterTheSlot.addDays(1));
}

void tst_NightlyBackup::keepsTheNewestNightlyOnes()
{
    QVERIFY(QDir().mkpath(m_settings.folder));
    const QDir folder(m_settings.folder);
    QStringList others{QStringLiteral("notes.txt"),
                       QStringLiteral("dojopool-before-restore-2026-01-01-120000") + m_suffix};
    for (int day = 1; day <= 15; ++day)
        others << QStringLiteral("dojopool-2026-11-%1").arg(day, 2, 10, QLatin1Char('0'))
                      + m_suffix;
    for (const QString &name : others) {
        QFile old(folder.filePath(name));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an old backup");
    }
    m_settings.keep = 14;
    const std::unique_ptr<storage::Database> database = openDatabase();
    const auto backup = nightly(*database, QStringLiteral("deskpc pid 1 aa"), kAfterTheSlot);
    QSignalSpy made(backup.get(), &app::NightlyBackup::backupMade);
    backup->check();
    QVERIFY(made.wait(60000));

    // 16 nightly backups with tonight's: the two oldest went, the others stayed.
    QStringList nightlies
        = folder.entryList({QStringLiteral("dojopool-20*")}, QDir::Files, QDir::Name);
    QCOMPARE(nightlies.size(), 14);
    QCOMPARE(nightlies.constFirst(), QStringLiteral("dojopool-2026-11-03") + m_suffix);
    QCOMPARE(nightlies.constLast(), QStringLiteral("dojopool-2026-12-05") + m_suffix);
    QVERIFY(folder.exists(QStringLiteral("notes.txt")));
    QVERIFY(folder.exists(QStringLiteral("dojopool-before-restore-2026-01-01-120000") + m_suffix));
}

void tst_NightlyBackup::aFailureIsRecordedWithWhy()
{
    // The backups folder cannot be made: a file is in its way.
    const QString inTheWay = QDir(m_data->path()).filePath(QStringLiteral("a-file"));
    {
        QFile file(inTheWay);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    m_settings.folder = QDir(inTheWay).filePath(QStringLiteral("backups"));
    const std::unique_ptr<storage::Database> database = openDatabase();
    const auto backup = nightly(*database, QStringLiteral("deskpc pid 1 aa"), kAfterTheSlot);
    QSignalSpy failed(backup.get(), &app::NightlyBackup::backupFailed);
    backup->check();
    QVERIFY(failed.wait(60000));
    const QString why = failed.constFirst().constFirst().toString();
    QCOMPARE(why,
             QStringLiteral("cannot create the folder %1 for the backup").arg(m_settings.folder));
    QCOMPARE(count(*database, QStringLiteral("SELECT COUNT(*) FROM backups WHERE status = "
                                             "'failed' AND problem = '%1'")
                                  .arg(why)),
             1);
    const Result<venue::BackupsSeen> seen = backup->seen();
    QVERIFY2(seen, qPrintable(errorOf(seen)));
    QCOMPARE(venue::backupHealth(*seen, kAfterTheSlot), venue::BackupHealth::Failed);
    QCOMPARE(venue::backupStatusText(*seen, kAfterTheSlot, kBerlin),
             QStringLiteral("The last backup failed at 2026-12-05 04:01: %1").arg(why));
    // Tried once tonight: not again every minute.
    backup->check();
    QVERIFY(!backup->isBackingUp());
}

QTEST_GUILESS_MAIN(tst_NightlyBackup)

#include "tst_nightlybackup.moc"
