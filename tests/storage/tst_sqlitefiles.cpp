#include <storage/database.h>
#include <storage/migrations.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;

namespace {

DatabaseLocation sqliteAt(const QString &path)
{
    DatabaseLocation location;
    location.sqlitePath = path;
    return location;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The schema version, or -1 (with the reason logged) when it cannot be read.
int versionOf(const Database &database)
{
    const Result<int> version = database.schemaVersion();
    if (!version)
        qWarning("%s", qPrintable(version.error()));
    return version.value_or(-1);
}

QVariant pragma(Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class tst_SqliteFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void corruptFileIsRefusedUntouched_data();
    void corruptFileIsRefusedUntouched();
    void unusablePathFailsClearly_data();
    void unusablePathFailsClearly();
    void missingFoldersAreCreated();
    void walAndForeignKeysAreOn_data();
    void walAndForeignKeysAreOn();
    void concurrentWritersLoseNothing_data();
    void concurrentWritersLoseNothing();

private:
    QTemporaryDir m_folder;
};

void tst_SqliteFiles::initTestCase()
{
    QVERIFY2(m_folder.isValid(), qPrintable(m_folder.errorString()));
}

void tst_SqliteFiles::corruptFileIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "This is the venue's price list, not a database.\n";
    QByteArray noise(8192, '\0');
    quint32 state = 12345;
    for (char &byte : noise) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    QByteArray wrongHeader = QByteArray("SQLite format 2\0", 16) + QByteArray(4080, '\x01');

    QTest::newRow("a text file") << text;
    QTest::newRow("random bytes") << noise;
    QTest::newRow("a wrong header") << wrongHeader;
    QTest::newRow("a few bytes") << QByteArray("DOJO");
}

void tst_SqliteFiles::corruptFileIsRefusedUntouched()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_folder.filePath(
        QStringLiteral("corrupt-%1.sqlite").arg(QString::number(qHash(bytes), 16)));
    QVERIFY(writeFile(path, bytes));

    for (const bool migrating : {true, false}) {
        const Result<std::unique_ptr<Database>> opened
            = migrating ? Database::open(sqliteAt(path)) : Database::openUnmigrated(sqliteAt(path));
        QVERIFY(!opened);
        const QString &error = opened.error();
        QVERIFY2(error.startsWith(path + QStringLiteral(" is not a readable SQLite database (")),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1String("); it was left untouched")), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }
    QCOMPARE(fileBytes(path), bytes);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QVERIFY2(!QFile::exists(path + QLatin1String(suffix)), suffix);
}

void tst_SqliteFiles::unusablePathFailsClearly_data()
{
    QTest::addColumn<QString>("blocker");  // a regular file created first, relative to the folder
    QTest::addColumn<QString>("database"); // the database path, relative to the folder
    QTest::addColumn<QString>("problem");  // what the error must say

    QTest::newRow("parent is a regular file")
        << QStringLiteral("notes.txt") << QStringLiteral("notes.txt/dojopool.sqlite")
        << QStringLiteral("notes.txt is a file, not a folder");
    QTest::newRow("grandparent is a regular file")
        << QStringLiteral("notes2.txt") << QStringLiteral("notes2.txt/data/dojopool.sqlite")
        << QStringLiteral("notes2.txt is a file, not a folder");
    QTest::newRow("database path is a folder")
        << QString() << QStringLiteral(".") << QStringLiteral("is a folder, not an SQLite");
}

void tst_SqliteFiles::unusablePathFailsClearly()
{
    QFETCH(QString, blocker);
    QFETCH(QString, database);
    QFETCH(QString, problem);

    const QByteArray notes("chalk: 40\n");
    if (!blocker.isEmpty())
        QVERIFY(writeFile(m_folder.filePath(blocker), notes));
    const Result<std::unique_ptr<Database>> opened
        = Database::open(sqliteAt(m_folder.filePath(database)));
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(problem), qPrintable(opened.error()));
    QVERIFY(!opened.error().contains(u'\n'));
    if (!blocker.isEmpty())
        QCOMPARE(fileBytes(m_folder.filePath(blocker)), notes);
}

void tst_SqliteFiles::missingFoldersAreCreated()
{
    const QString path = m_folder.filePath(QStringLiteral("new/share/DojoPool/dojopool.sqlite"));
    const Result<std::unique_ptr<Database>> opened = Database::open(sqliteAt(path));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QVERIFY(QFile::exists(path));
    QCOMPARE(versionOf(**opened), latestSchemaVersion());
}

void tst_SqliteFiles::walAndForeignKeysAreOn_data()
{
    QTest::addColumn<bool>("startsInRollbackJournal");
    QTest::newRow("new file") << false;
    QTest::newRow("existing file in rollback-journal mode") << true;
}

void tst_SqliteFiles::walAndForeignKeysAreOn()
{
    QFETCH(bool, startsInRollbackJournal);
    const QString path
        = m_folder.filePath(QStringLiteral("modes-%1.sqlite").arg(startsInRollbackJournal ? 1 : 0));
    if (startsInRollbackJournal) {
        const Result<std::unique_ptr<Database>> opened = Database::open(sqliteAt(path));
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        QCOMPARE(pragma(**opened, QStringLiteral("journal_mode = DELETE")).toString(),
                 QStringLiteral("delete"));
    }
    for (int open = 0; open < 2; ++open) {
        const Result<std::unique_ptr<Database>> opened = Database::open(sqliteAt(path));
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        Database &database = **opened;
        QCOMPARE(pragma(database, QStringLiteral("journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(pragma(database, QStringLiteral("foreign_keys")).toInt(), 1);
        QVERIFY(pragma(database, QStringLiteral("busy_timeout")).toInt() >= 10000);

        // Foreign keys are enforced, not just declared.
        QSqlQuery orphan(database.connection());
        QVERIFY(!orphan.exec(QStringLiteral("INSERT INTO pool_tables (venue_id, name, size) "
                                            "VALUES (999, 'Orphan', '9ft')")));
    }
    // Bytes 18 and 19 of the header say WAL (2) for writing and reading.
    const QByteArray header = fileBytes(path).left(20);
    QCOMPARE(int(header.at(18)), 2);
    QCOMPARE(int(header.at(19)), 2);
}

void tst_SqliteFiles::concurrentWritersLoseNothing_data()
{
    QTest::addColumn<int>("threadCount");
    QTest::addColumn<int>("insertsPerThread");
    QTest::newRow("8 threads x 250 inserts") << 8 << 250;
}

void tst_SqliteFiles::concurrentWritersLoseNothing()
{
    QFETCH(int, threadCount);
    QFETCH(int, insertsPerThread);
    // A new file, so the threads also race to create and migrate it.
    const QString path = m_folder.filePath(QStringLiteral("concurrent.sqlite"));

    std::vector<QString> errors(threadCount);
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            // Each writer opens its own connection in its own thread.
            const Result<std::unique_ptr<Database>> opened = Database::open(sqliteAt(path));
            if (!opened) {
                errors[t] = opened.error();
                return;
            }
            VenueRepository venues(**opened);
            for (int i = 0; i < insertsPerThread; ++i) {
                const Result<qint64> added
                    = venues.addVenue(QStringLiteral("Venue %1-%2").arg(t).arg(i), false);
                if (!added) {
                    errors[t] = added.error();
                    return;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &error : errors)
        QVERIFY2(error.isEmpty(), qPrintable(error));

    const Result<std::unique_ptr<Database>> opened = Database::open(sqliteAt(path));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QSqlQuery count((*opened)->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT name) FROM venues")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), threadCount * insertsPerThread);
    QCOMPARE(count.value(1).toInt(), threadCount * insertsPerThread);
    QCOMPARE(versionOf(**opened), latestSchemaVersion());
}

QTEST_GUILESS_MAIN(tst_SqliteFiles)
#include "tst_sqlitefiles.moc"
