// Setting up a new venue: the set-up as a plain value, its checks as sentences, and the venue
// created from it in one go (the first one by whoever starts DojoPool, later ones by a manager).

#include "venuefile.h"

#include <storage/auditlog.h>
#include <storage/database.h>
#include <support/resulterror.h>
#include <venue/newvenue.h>
#include <venue/staff.h>
#include <venue/venuemodel.h>

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;

namespace {

venue::NewVenue breakRoom()
{
    venue::NewVenue setup;
    setup.name = QStringLiteral("The Break Room");
    setup.currency = QStringLiteral("EUR");
    setup.timeZone = QStringLiteral("Europe/Berlin");
    venue::addNumberedTables(setup, 4, TableSize::NineFoot);
    venue::addNumberedTables(setup, 2, TableSize::SevenFoot);
    return setup;
}

} // namespace

class tst_NewVenue : public QObject, private testsupport::VenueFile
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void numberedTables();
    void problems_data();
    void problems();
    void currencies_data();
    void currencies();
    void createsTheVenueAndShowsIt();
    void aRefusedSetupWritesNothing();
    void laterVenuesNeedAManager();

private:
};

void tst_NewVenue::init()
{
    const Result<void> opened = openDemoVenue();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
}

void tst_NewVenue::cleanup()
{
    closeDatabase();
}

void tst_NewVenue::numberedTables()
{
    const venue::NewVenue setup = breakRoom();
    QCOMPARE(setup.tables.size(), size_t(6));
    for (size_t i = 0; i < setup.tables.size(); ++i) {
        QCOMPARE(setup.tables[i].name, QStringLiteral("Table %1").arg(i + 1));
        QCOMPARE(setup.tables[i].size, i < 4 ? TableSize::NineFoot : TableSize::SevenFoot);
    }
    venue::NewVenue none;
    venue::addNumberedTables(none, 0, TableSize::NineFoot);
    QVERIFY(none.tables.empty());
}

void tst_NewVenue::problems_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem"); // a piece of the one sentence expected; empty: none

    QTest::newRow("a complete set-up") << QString() << QString();
    QTest::newRow("no name") << QStringLiteral("name:") << QStringLiteral("needs a name");
    QTest::newRow("a blank name") << QStringLiteral("name:   ") << QStringLiteral("needs a name");
    QTest::newRow("a made-up currency")
        << QStringLiteral("currency:EUX") << QStringLiteral("“EUX” is not a currency code");
    QTest::newRow("a currency in small letters")
        << QStringLiteral("currency:eur") << QStringLiteral("“eur” is not a currency code");
    QTest::newRow("dollars") << QStringLiteral("currency:USD") << QString();
    QTest::newRow("yen in Tokyo") << QStringLiteral("zone:Asia/Tokyo") << QString();
    QTest::newRow("a time zone nobody has")
        << QStringLiteral("zone:Mars/Olympus_Mons")
        << QStringLiteral("“Mars/Olympus_Mons” is not a time zone");
    QTest::newRow("no time zone") << QStringLiteral("zone:") << QStringLiteral("not a time zone");
    QTest::newRow("two tables with one name")
        << QStringLiteral("table:Table 1") << QStringLiteral("Two tables are called “Table 1”");
    QTest::newRow("one name in other letters")
        << QStringLiteral("table:TABLE 2") << QStringLiteral("Two tables are called “TABLE 2”");
    QTest::newRow("a table without a name")
        << QStringLiteral("table: ") << QStringLiteral("Every table needs a name");
    QTest::newRow("a venue with no tables yet") << QStringLiteral("no-tables") << QString();
}

void tst_NewVenue::problems()
{
    QFETCH(QString, change);
    QFETCH(QString, problem);
    venue::NewVenue setup = breakRoom();
    const QString value = change.section(u':', 1);
    if (change.startsWith(QLatin1String("name:")))
        setup.name = value;
    else if (change.startsWith(QLatin1String("currency:")))
        setup.currency = value;
    else if (change.startsWith(QLatin1String("zone:")))
        setup.timeZone = value;
    else if (change.startsWith(QLatin1String("table:")))
        setup.tables.back().name = value;
    else if (change == u"no-tables")
        setup.tables.clear();

    const QStringList problems = venue::newVenueProblems(setup);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u' ')));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.front().contains(problem), qPrintable(problems.front()));
    QVERIFY2(problems.front().endsWith(u'.'), "a whole sentence");
}

void tst_NewVenue::currencies_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("euro") << QStringLiteral("EUR") << QStringLiteral("€");
    QTest::newRow("pound") << QStringLiteral("GBP") << QStringLiteral("£");
    QTest::newRow("dollar") << QStringLiteral("USD") << QStringLiteral("$");
    QTest::newRow("Swiss franc") << QStringLiteral("CHF") << QStringLiteral("CHF");
}

void tst_NewVenue::currencies()
{
    QFETCH(QString, code);
    QFETCH(QString, symbol);
    const QStringList codes = venue::knownCurrencyCodes();
    QVERIFY(codes.contains(code));
    QVERIFY(codes.contains(QStringLiteral("USD")));
    QVERIFY(!codes.contains(QStringLiteral("EUX")));
    QVERIFY(std::is_sorted(codes.begin(), codes.end()));
    QCOMPARE(venue::currencySymbol(code), symbol);
}

void tst_NewVenue::createsTheVenueAndShowsIt()
{
    venue::VenueModel model(*m_database);
    QVERIFY(model.load());
    const venue::Actor owner = venue::systemActor(); // the first start: nobody has signed in
    const Result<qint64> created = model.createVenue(breakRoom(), owner);
    QVERIFY2(created, qPrintable(errorOf(created)));
    QVERIFY(model.currentVenue());
    QCOMPARE(model.currentVenue()->id, *created);
    QCOMPARE(model.currentVenue()->name, QStringLiteral("The Break Room"));
    QCOMPARE(model.currentVenue()->timeZone, QStringLiteral("Europe/Berlin"));
    QVERIFY(!model.currentVenue()->isDemo);
    QCOMPARE(model.tables().size(), size_t(6));
    QCOMPARE(model.tables().at(4).name, QStringLiteral("Table 5"));
    QCOMPARE(model.tables().at(4).size, TableSize::SevenFoot);
    QVERIFY(model.players().empty());
    QCOMPARE(model.venues().size(), size_t(2)); // the demo stays until it is removed

    const Result<std::vector<storage::AuditEntry>> entries
        = storage::AuditLog(*m_database).recent(1);
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->front().action, QStringLiteral("venue.created"));
    QCOMPARE(entries->front().actor, owner.auditName());
}

void tst_NewVenue::aRefusedSetupWritesNothing()
{
    venue::VenueModel model(*m_database);
    QVERIFY(model.load());
    venue::NewVenue setup = breakRoom();
    setup.timeZone = QStringLiteral("Mars/Olympus_Mons");
    const Result<qint64> created = model.createVenue(setup, venue::systemActor());
    QVERIFY(!created);
    QCOMPARE(created.error(), venue::newVenueProblems(setup).front());
    QCOMPARE(model.venues().size(), size_t(1));
    QSqlQuery count(m_database->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM venues")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void tst_NewVenue::laterVenuesNeedAManager()
{
    venue::VenueModel model(*m_database);
    QVERIFY(model.load());
    QVERIFY(model.createVenue(breakRoom(), venue::systemActor()));

    venue::NewVenue second = breakRoom();
    second.name = QStringLiteral("The Break Room, Harbour");
    const venue::Actor desk{QStringLiteral("Ana"), venue::Role::Desk, false};
    const Result<qint64> refused = model.createVenue(second, desk);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("manager")), qPrintable(refused.error()));
    const Result<std::vector<storage::AuditEntry>> entries
        = storage::AuditLog(*m_database).recent(1);
    QVERIFY2(entries, qPrintable(errorOf(entries)));
    QCOMPARE(entries->front().action, QStringLiteral("access.refused"));
    QCOMPARE(entries->front().actor, QStringLiteral("staff:Ana"));

    const venue::Actor manager{QStringLiteral("Mia"), venue::Role::Manager, false};
    const Result<qint64> created = model.createVenue(second, manager);
    QVERIFY2(created, qPrintable(errorOf(created)));
    QCOMPARE(model.venues().size(), size_t(3));
}

QTEST_GUILESS_MAIN(tst_NewVenue)
#include "tst_newvenue.moc"
