// Table time's rows on both backends: a session from check-in to checkout with its stretches
// and receipt in one transaction, one open session a table, receipts numbered per venue, a
// receipt voided once, the rate rules replaced whole and the walk-in queue, each write audited.
#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/raterepository.h>
#include <storage/sessionrepository.h>
#include <storage/venuerepository.h>
#include <storage/walkinrepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QTest>

#include <memory>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

namespace {

const QString kDesk = QStringLiteral("staff:Ana");
const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-12-03T19:00:00Z"), Qt::ISODate);

QDateTime minutes(int offset)
{
    return kStart.addSecs(qint64(offset) * 60);
}

} // namespace

class tst_SessionRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aSessionFromCheckInToCheckout();
    void oneOpenSessionATable();
    void receiptsAreNumberedPerVenue();
    void aStaleCheckoutIsRefused();
    void aReceiptIsVoidedOnce();
    void ratesAreReplacedWhole();
    void theWalkInQueue();

private:
    Result<qint64> checkIn(qint64 tableId, const QString &name, int atMinute);
    QString lastAction() const;

    ScratchDatabases m_databases;
    std::unique_ptr<Database> m_database;
    qint64 m_venueId = 0;
    std::vector<qint64> m_tables;
};

void tst_SessionRepository::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(errorOf(started)));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_SessionRepository::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(errorOf(location)));
    Result<std::unique_ptr<Database>> opened = Database::open(*location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    m_tables.clear();
    for (int i = 1; i <= 3; ++i) {
        TableRecord table;
        table.venueId = m_venueId;
        table.name = QStringLiteral("Table %1").arg(i);
        table.status = QStringLiteral("free");
        table.position = i;
        const Result<qint64> id = venues.addTable(table);
        QVERIFY2(id, qPrintable(errorOf(id)));
        m_tables.push_back(*id);
    }
}

void tst_SessionRepository::cleanup()
{
    m_database.reset();
}

Result<qint64> tst_SessionRepository::checkIn(qint64 tableId, const QString &name, int atMinute)
{
    CheckInRecord record;
    record.venueId = m_venueId;
    record.tableId = tableId;
    record.tableName = QStringLiteral("Table %1").arg(tableId);
    record.rateClass = QStringLiteral("9ft");
    record.name = name;
    record.at = minutes(atMinute);
    SessionRepository sessions(*m_database);
    return sessions.checkIn(record, kDesk);
}

QString tst_SessionRepository::lastAction() const
{
    AuditLog audit(*m_database);
    const Result<std::vector<AuditEntry>> entries = audit.recent(1);
    return entries && !entries->empty() ? entries->front().action : QString();
}

void tst_SessionRepository::aSessionFromCheckInToCheckout()
{
    SessionRepository sessions(*m_database);
    const Result<qint64> session = checkIn(m_tables[0], QStringLiteral("Bea"), 0);
    QVERIFY2(session, qPrintable(errorOf(session)));
    QCOMPARE(lastAction(), QStringLiteral("session.check-in"));
    QVERIFY(sessions.pause(*session, minutes(30), kDesk));
    QVERIFY(!sessions.pause(*session, minutes(31), kDesk)); // paused already
    QVERIFY(sessions.resume(*session, minutes(40), kDesk));
    QVERIFY(sessions.move(
        *session, {m_tables[1], QStringLiteral("Table 2"), QStringLiteral("7ft"), minutes(50)},
        kDesk));
    QCOMPARE(lastAction(), QStringLiteral("session.move"));

    const Result<std::vector<SessionRecord>> open = sessions.openSessions(m_venueId);
    QVERIFY2(open, qPrintable(errorOf(open)));
    QCOMPARE(open->size(), size_t(1));
    QCOMPARE(open->front().tableId, std::optional(m_tables[1]));
    QCOMPARE(open->front().state, QStringLiteral("running"));
    const std::vector<StretchRecord> &stretches = open->front().stretches;
    QCOMPARE(stretches.size(), size_t(3));
    QCOMPARE(stretches[0].to, minutes(30));
    QCOMPARE(stretches[1].from, minutes(40));
    QCOMPARE(stretches[1].to, minutes(50));
    QCOMPARE(stretches[2].rateClass, QStringLiteral("7ft"));
    QVERIFY(!stretches[2].to.isValid());

    CheckoutRecord checkout{minutes(70), 3, 1234, QStringLiteral("EUR")};
    const Result<ReceiptRecord> receipt = sessions.checkout(
        *session, checkout, [](int number) { return QStringLiteral("Receipt %1").arg(number); },
        kDesk);
    QVERIFY2(receipt, qPrintable(errorOf(receipt)));
    QCOMPARE(receipt->number, 1);
    QCOMPARE(receipt->lines, QStringLiteral("Receipt 1"));
    QCOMPARE(lastAction(), QStringLiteral("session.checkout"));
    const Result<SessionRecord> closed = sessions.session(*session);
    QVERIFY2(closed, qPrintable(errorOf(closed)));
    QCOMPARE(closed->state, QStringLiteral("closed"));
    QCOMPARE(closed->endedAt, minutes(70));
    QCOMPARE(closed->stretches.back().to, minutes(70));
    const Result<std::vector<ReceiptRecord>> receipts = sessions.receipts(m_venueId, kStart);
    QVERIFY2(receipts, qPrintable(errorOf(receipts)));
    QCOMPARE(receipts->size(), size_t(1));
    QCOMPARE(receipts->front().totalCents, qint64(1234));
    QCOMPARE(receipts->front().issuedBy, kDesk);
    QVERIFY(sessions.openSessions(m_venueId)->empty());
    QVERIFY(!sessions.pause(*session, minutes(80), kDesk)); // checked out
}

void tst_SessionRepository::oneOpenSessionATable()
{
    QVERIFY(checkIn(m_tables[0], QStringLiteral("Bea"), 0));
    const Result<qint64> second = checkIn(m_tables[0], QStringLiteral("Chen"), 5);
    QVERIFY(!second);
    QVERIFY2(second.error().contains(QStringLiteral("Bea")), qPrintable(second.error()));
    const Result<qint64> other = checkIn(m_tables[1], QStringLiteral("Chen"), 5);
    QVERIFY2(other, qPrintable(errorOf(other)));
    SessionRepository sessions(*m_database);
    const Result<void> onto = sessions.move(
        *other, {m_tables[0], QStringLiteral("Table 1"), QStringLiteral("9ft"), minutes(10)},
        kDesk);
    QVERIFY(!onto);
    VenueRepository venues(*m_database);
    QVERIFY(venues.setTableStatus(m_tables[2], QStringLiteral("out-of-order"), kDesk));
    QVERIFY(!checkIn(m_tables[2], QStringLiteral("Dana"), 5));
    QCOMPARE(sessions.openSessions(m_venueId)->size(), size_t(2));
}

void tst_SessionRepository::receiptsAreNumberedPerVenue()
{
    SessionRepository sessions(*m_database);
    VenueRepository venues(*m_database);
    const Result<qint64> otherVenue = venues.addVenue(QStringLiteral("Side Pocket"), false);
    TableRecord table;
    table.venueId = *otherVenue;
    table.name = QStringLiteral("Table 1");
    table.status = QStringLiteral("free");
    const Result<qint64> otherTable = venues.addTable(table);
    QVERIFY2(otherTable, qPrintable(errorOf(otherTable)));

    std::vector<int> numbers;
    for (qint64 tableId : {m_tables[0], m_tables[1], *otherTable}) {
        CheckInRecord record;
        record.venueId = tableId == *otherTable ? *otherVenue : m_venueId;
        record.tableId = tableId;
        record.tableName = QStringLiteral("T");
        record.rateClass = QStringLiteral("9ft");
        record.name = QStringLiteral("X");
        record.at = kStart;
        const Result<qint64> session = sessions.checkIn(record, kDesk);
        QVERIFY2(session, qPrintable(errorOf(session)));
        const Result<ReceiptRecord> receipt
            = sessions.checkout(*session, {minutes(60), 1, 1200, QStringLiteral("EUR")}, {}, kDesk);
        QVERIFY2(receipt, qPrintable(errorOf(receipt)));
        numbers.push_back(receipt->number);
    }
    QCOMPARE(numbers, (std::vector<int>{1, 2, 1}));
}

void tst_SessionRepository::aStaleCheckoutIsRefused()
{
    SessionRepository sessions(*m_database);
    const Result<qint64> session = checkIn(m_tables[0], QStringLiteral("Bea"), 0);
    QVERIFY(session);
    // Worked out from one stretch; another desk paused and resumed meanwhile.
    QVERIFY(sessions.pause(*session, minutes(10), kDesk));
    QVERIFY(sessions.resume(*session, minutes(20), kDesk));
    const Result<ReceiptRecord> stale
        = sessions.checkout(*session, {minutes(60), 1, 1000, QStringLiteral("EUR")}, {}, kDesk);
    QVERIFY(!stale);
    QCOMPARE(sessions.session(*session)->state, QStringLiteral("running"));
    QVERIFY(sessions.receipts(m_venueId, kStart)->empty());
}

void tst_SessionRepository::aReceiptIsVoidedOnce()
{
    SessionRepository sessions(*m_database);
    const Result<qint64> session = checkIn(m_tables[0], QStringLiteral("Bea"), 0);
    const Result<ReceiptRecord> receipt
        = sessions.checkout(*session, {minutes(60), 1, 1200, QStringLiteral("EUR")}, {}, kDesk);
    QVERIFY2(receipt, qPrintable(errorOf(receipt)));
    QVERIFY(sessions.voidReceipt(receipt->id, QStringLiteral("wrong table"),
                                 QStringLiteral("staff:Mia")));
    QCOMPARE(lastAction(), QStringLiteral("receipt.void"));
    QVERIFY(
        !sessions.voidReceipt(receipt->id, QStringLiteral("again"), QStringLiteral("staff:Mia")));
    const ReceiptRecord read = sessions.receipts(m_venueId, kStart)->front();
    QVERIFY(read.voidedAt.isValid());
    QCOMPARE(read.voidedBy, QStringLiteral("staff:Mia"));
}

void tst_SessionRepository::ratesAreReplacedWhole()
{
    RateRepository rates(*m_database);
    RateRuleRecord nine;
    nine.rateClass = QStringLiteral("9ft");
    nine.centsPerHour = 1200;
    nine.memberCentsPerHour = 900;
    nine.minimumCents = 500;
    nine.happyHours = QStringLiteral("1234 16:00 19:00 600");
    RateRuleRecord seven = nine;
    seven.rateClass = QStringLiteral("7ft");
    seven.blockMinutes = 30;
    seven.happyHours.clear();
    QVERIFY(rates.replaceRules(m_venueId, {nine, seven}, QStringLiteral("staff:Mia")));
    QCOMPARE(lastAction(), QStringLiteral("rates.changed"));
    Result<std::vector<RateRuleRecord>> read = rates.rules(m_venueId);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->size(), size_t(2));
    QCOMPARE(read->front().rateClass, QStringLiteral("7ft")); // by class
    QCOMPARE(read->back().happyHours, nine.happyHours);
    QCOMPARE(read->back().memberCentsPerHour, qint64(900));

    QVERIFY(rates.replaceRules(m_venueId, {seven}, QStringLiteral("staff:Mia")));
    QCOMPARE(rates.rules(m_venueId)->size(), size_t(1));
    // Two rules for one class, or a block the schema does not allow: nothing changes.
    QVERIFY(!rates.replaceRules(m_venueId, {nine, nine}, QStringLiteral("staff:Mia")));
    RateRuleRecord odd = nine;
    odd.blockMinutes = 20;
    QVERIFY(!rates.replaceRules(m_venueId, {odd}, QStringLiteral("staff:Mia")));
    QCOMPARE(rates.rules(m_venueId)->front().rateClass, QStringLiteral("7ft"));
}

void tst_SessionRepository::theWalkInQueue()
{
    WalkInRepository queue(*m_database);
    WalkInRecord first;
    first.venueId = m_venueId;
    first.name = QStringLiteral("Emil");
    first.party = 3;
    first.addedAt = minutes(0);
    WalkInRecord second = first;
    second.name = QStringLiteral("Farah");
    second.addedAt = minutes(5);
    const Result<qint64> emil = queue.add(first, kDesk);
    const Result<qint64> farah = queue.add(second, kDesk);
    QVERIFY2(emil && farah, qPrintable(errorOf(emil) + errorOf(farah)));
    QCOMPARE(lastAction(), QStringLiteral("walk-in.added"));
    QCOMPARE(queue.waiting(m_venueId)->front().name, QStringLiteral("Emil"));
    QVERIFY(queue.finish(*emil, QStringLiteral("seated"), kDesk));
    QCOMPARE(lastAction(), QStringLiteral("walk-in.seated"));
    QVERIFY(!queue.finish(*emil, QStringLiteral("left"), kDesk)); // not waiting any more
    QVERIFY(!queue.finish(*farah, QStringLiteral("gone"), kDesk));
    QCOMPARE(queue.waiting(m_venueId)->size(), size_t(1));
    WalkInRecord nobody = first;
    nobody.name = QStringLiteral(" ");
    QVERIFY(!queue.add(nobody, kDesk));
}

QTEST_GUILESS_MAIN(tst_SessionRepository)
#include "tst_sessionrepository.moc"
