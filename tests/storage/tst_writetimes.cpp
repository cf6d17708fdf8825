// Each database write timed for the health view: a transaction's from BEGIN to the end of
// COMMIT, a lone write's run, and no read.

#include <storage/database.h>
#include <storage/internal/transaction.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QTest>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

class tst_WriteTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const Result<void> started = m_databases.start();
        QVERIFY2(started.has_value(), qPrintable(errorOf(started)));
    }

    void writesAreTimedReadsAreNot()
    {
        const Result<DatabaseLocation> location = m_databases.fresh();
        QVERIFY2(location.has_value(), qPrintable(errorOf(location)));
        Result<std::unique_ptr<Database>> opened = Database::open(*location);
        QVERIFY2(opened.has_value(), qPrintable(errorOf(opened)));
        Database &database = **opened;
        QVERIFY(database.takeWriteTimes().writes > 0); // the migrations wrote

        VenueRepository venues(database);
        const Result<qint64> added = venues.addVenue(QStringLiteral("Corner Pocket"), false);
        QVERIFY2(added.has_value(), qPrintable(errorOf(added)));
        const WriteTimes afterWrite = database.takeWriteTimes();
        QVERIFY(afterWrite.writes >= 1);
        QCOMPARE(qsizetype(afterWrite.milliseconds.size()), qsizetype(afterWrite.writes));
        double total = 0;
        for (const double milliseconds : afterWrite.milliseconds) {
            QVERIFY(milliseconds > 0.0);
            total += milliseconds;
        }
        QCOMPARE(afterWrite.totalMilliseconds, total);
        QCOMPARE(database.takeWriteTimes().writes, 0); // taken

        QVERIFY(venues.venues().has_value());
        QCOMPARE(database.takeWriteTimes().writes, 0); // a read is no write

        // A transaction that only reads, and one rolled back, are no writes either.
        {
            storage::internal::Transaction reading(database.connection());
            QVERIFY(reading.begin().has_value());
            QVERIFY(reading.exec(QStringLiteral("SELECT COUNT(*) FROM venues")).has_value());
            QVERIFY(reading.commit().has_value());
        }
        {
            storage::internal::Transaction abandoned(database.connection());
            QVERIFY(abandoned.begin().has_value());
            QVERIFY(abandoned
                        .exec(QStringLiteral("UPDATE venues SET name = 'X' WHERE id = ?"), {*added})
                        .has_value());
        } // rolled back
        QCOMPARE(database.takeWriteTimes().writes, 0);
    }

private:
    ScratchDatabases m_databases;
};

QTEST_GUILESS_MAIN(tst_WriteTimes)
#include "tst_writetimes.moc"
