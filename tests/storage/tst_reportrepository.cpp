// What the owner's reports read: a venue's table time, receipts and bookings over a span of
// time, written here with plain SQL as the front desk's repositories write them.
#include <storage/database.h>
#include <storage/reportrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include <optional>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::ScratchDatabases;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// Stored times are ISO 8601 UTC with milliseconds.
QVariant stored(const QString &iso)
{
    if (iso.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return utc(iso).toString(Qt::ISODateWithMs);
}

} // namespace

class tst_ReportRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readsTheVenueAndItsTables();
    void refusesAVenueThatIsNotThere();
    void stretchesOverlappingTheSpan_data();
    void stretchesOverlappingTheSpan();
    void receiptsThatCount();
    void bookingsInEveryState();

private:
    // Runs one statement; the new row's id for an INSERT ... RETURNING id, else 0.
    qint64 exec(const QString &sql, const QVariantList &values = {});
    qint64 addSession(qint64 venueId, qint64 tableId, const QString &state);
    qint64 addStretch(qint64 sessionId, qint64 tableId, const QString &tableName,
                      const QString &from, const QString &to);

    ScratchDatabases m_databases;
    std::unique_ptr<Database> m_database;
    qint64 m_venue = 0;
    qint64 m_otherVenue = 0;
    qint64 m_table1 = 0;
    qint64 m_table2 = 0;
    qint64 m_otherTable = 0;
};

qint64 tst_ReportRepository::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database->connection());
    if (!query.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 tst_ReportRepository::addSession(qint64 venueId, qint64 tableId, const QString &state)
{
    return exec(QStringLiteral("INSERT INTO table_sessions (venue_id, table_id, name, state, "
                               "started_at, started_by) VALUES (?, ?, 'Walk-in', ?, ?, "
                               "'staff:Dana') RETURNING id"),
                {venueId, tableId, state, stored(QStringLiteral("2026-12-01T10:00:00Z"))});
}

qint64 tst_ReportRepository::addStretch(qint64 sessionId, qint64 tableId, const QString &tableName,
                                        const QString &from, const QString &to)
{
    return exec(QStringLiteral("INSERT INTO session_stretches (session_id, table_id, table_name, "
                               "rate_class, from_at, to_at) VALUES (?, ?, ?, '9ft', ?, ?) "
                               "RETURNING id"),
                {sessionId, tableId, tableName, stored(from), stored(to)});
}

void tst_ReportRepository::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(errorOf(started)));
    qInfo("backend: %s", qPrintable(m_databases.backendName()));
}

void tst_ReportRepository::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(errorOf(location)));
    Result<std::unique_ptr<Database>> opened = Database::open(*location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);

    VenueRepository venues(*m_database);
    const auto addTable = [&venues](qint64 venueId, const QString &name, int position) {
        TableRecord table;
        table.venueId = venueId;
        table.name = name;
        table.status = QStringLiteral("free");
        table.position = position;
        return venues.addTable(table).value_or(-1);
    };
    m_venue = venues.addVenue(QStringLiteral("Dojo Berlin"), false).value_or(-1);
    m_otherVenue = venues.addVenue(QStringLiteral("Dojo Madrid"), false).value_or(-1);
    QVERIFY(m_venue > 0 && m_otherVenue > 0);
    exec(QStringLiteral("UPDATE venues SET currency = 'EUR', time_zone = 'Europe/Berlin' "
                        "WHERE id = ?"),
         {m_venue});
    // Written out of order: the repository reads by position.
    m_table2 = addTable(m_venue, QStringLiteral("Table 2"), 2);
    m_table1 = addTable(m_venue, QStringLiteral("Table 1"), 1);
    m_otherTable = addTable(m_otherVenue, QStringLiteral("Mesa 1"), 1);
    QVERIFY(m_table1 > 0 && m_table2 > 0 && m_otherTable > 0);
}

void tst_ReportRepository::cleanup()
{
    m_database.reset();
}

void tst_ReportRepository::readsTheVenueAndItsTables()
{
    ReportRepository reports(*m_database);
    const Result<ReportVenueRecord> venue = reports.venue(m_venue);
    QVERIFY2(venue, qPrintable(errorOf(venue)));
    QCOMPARE(venue->name, QStringLiteral("Dojo Berlin"));
    QCOMPARE(venue->currency, QStringLiteral("EUR"));
    QCOMPARE(venue->timeZone, QStringLiteral("Europe/Berlin"));
    // The other venue keeps the defaults of migration 7.
    QCOMPARE(reports.venue(m_otherVenue)->timeZone, QStringLiteral("UTC"));

    const Result<std::vector<ReportTableRecord>> tables = reports.tables(m_venue);
    QVERIFY2(tables, qPrintable(errorOf(tables)));
    QCOMPARE(tables->size(), std::size_t(2));
    QCOMPARE(tables->at(0).id, m_table1);
    QCOMPARE(tables->at(0).name, QStringLiteral("Table 1"));
    QCOMPARE(tables->at(1).id, m_table2);
}

void tst_ReportRepository::refusesAVenueThatIsNotThere()
{
    ReportRepository reports(*m_database);
    const Result<ReportVenueRecord> venue = reports.venue(m_venue + 100);
    QVERIFY(!venue);
    QVERIFY(venue.error().contains(QString::number(m_venue + 100)));
}

void tst_ReportRepository::stretchesOverlappingTheSpan_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to"); // empty: still played
    QTest::addColumn<bool>("read");

    // The span is 1 December 2026, 00:00 to 2 December 00:00 UTC.
    QTest::newRow("inside") << QStringLiteral("2026-12-01T18:00:00Z")
                            << QStringLiteral("2026-12-01T19:00:00Z") << true;
    QTest::newRow("across the start")
        << QStringLiteral("2026-11-30T23:00:00Z") << QStringLiteral("2026-12-01T01:00:00Z") << true;
    QTest::newRow("across the end")
        << QStringLiteral("2026-12-01T23:30:00Z") << QStringLiteral("2026-12-02T00:30:00Z") << true;
    QTest::newRow("around the span")
        << QStringLiteral("2026-11-30T12:00:00Z") << QStringLiteral("2026-12-02T12:00:00Z") << true;
    QTest::newRow("still played") << QStringLiteral("2026-12-01T22:00:00Z") << QString() << true;
    QTest::newRow("still played, started before")
        << QStringLiteral("2026-11-30T22:00:00Z") << QString() << true;
    QTest::newRow("ends at the start") << QStringLiteral("2026-11-30T22:00:00Z")
                                       << QStringLiteral("2026-12-01T00:00:00Z") << false;
    QTest::newRow("starts at the end") << QStringLiteral("2026-12-02T00:00:00Z")
                                       << QStringLiteral("2026-12-02T01:00:00Z") << false;
    QTest::newRow("still played, started after")
        << QStringLiteral("2026-12-02T01:00:00Z") << QString() << false;
}

void tst_ReportRepository::stretchesOverlappingTheSpan()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, read);

    const qint64 session = addSession(
        m_venue, m_table1, to.isEmpty() ? QStringLiteral("running") : QStringLiteral("closed"));
    QVERIFY(session > 0);
    QVERIFY(addStretch(session, m_table1, QStringLiteral("Table 1"), from, to) > 0);
    // The same time at the other venue is never read.
    const qint64 other = addSession(m_otherVenue, m_otherTable, QStringLiteral("closed"));
    QVERIFY(addStretch(other, m_otherTable, QStringLiteral("Mesa 1"),
                       QStringLiteral("2026-12-01T18:00:00Z"),
                       QStringLiteral("2026-12-01T19:00:00Z"))
            > 0);

    ReportRepository reports(*m_database);
    const Result<std::vector<ReportStretchRecord>> stretches
        = reports.stretches(m_venue, utc(QStringLiteral("2026-12-01T00:00:00Z")),
                            utc(QStringLiteral("2026-12-02T00:00:00Z")));
    QVERIFY2(stretches, qPrintable(errorOf(stretches)));
    QCOMPARE(stretches->size(), std::size_t(read ? 1 : 0));
    if (!read)
        return;
    const ReportStretchRecord &stretch = stretches->front();
    QCOMPARE(stretch.sessionId, session);
    QCOMPARE(stretch.tableId, m_table1);
    QCOMPARE(stretch.tableName, QStringLiteral("Table 1"));
    QCOMPARE(stretch.rateClass, QStringLiteral("9ft"));
    QCOMPARE(stretch.from, utc(from));
    QCOMPARE(stretch.to.has_value(), !to.isEmpty());
    if (stretch.to)
        QCOMPARE(*stretch.to, utc(to));
}

void tst_ReportRepository::receiptsThatCount()
{
    // A session moved from Table 2 to Table 1: its receipt belongs to Table 1.
    const qint64 moved = addSession(m_venue, m_table1, QStringLiteral("closed"));
    addStretch(moved, m_table2, QStringLiteral("Table 2"), QStringLiteral("2026-12-01T18:00:00Z"),
               QStringLiteral("2026-12-01T18:30:00Z"));
    addStretch(moved, m_table1, QStringLiteral("Table 1"), QStringLiteral("2026-12-01T18:30:00Z"),
               QStringLiteral("2026-12-01T19:30:00Z"));
    const qint64 other = addSession(m_otherVenue, m_otherTable, QStringLiteral("closed"));
    const auto addReceipt = [this](qint64 venueId, qint64 session, int number, qint64 cents,
                                   const QString &issued, const QString &voided) {
        return exec(QStringLiteral("INSERT INTO receipts (venue_id, session_id, number, "
                                   "total_cents, currency, lines, issued_at, issued_by, "
                                   "voided_at, voided_by) VALUES (?, ?, ?, ?, 'EUR', '', ?, "
                                   "'staff:Dana', ?, ?) RETURNING id"),
                    {venueId,
                     session > 0 ? QVariant(session) : QVariant(QMetaType::fromType<qint64>()),
                     number, cents, stored(issued), stored(voided),
                     voided.isEmpty() ? QStringLiteral("") : QStringLiteral("staff:Mara")});
    };
    const qint64 paid
        = addReceipt(m_venue, moved, 1, 1850, QStringLiteral("2026-12-01T19:31:00Z"), QString());
    QVERIFY(paid > 0);
    QVERIFY(addReceipt(m_venue, moved, 2, 1850, QStringLiteral("2026-12-01T19:32:00Z"),
                       QStringLiteral("2026-12-01T19:40:00Z"))
            > 0); // voided
    QVERIFY(addReceipt(m_venue, 0, 3, 400, QStringLiteral("2026-12-01T20:00:00Z"), QString())
            > 0); // no session
    QVERIFY(addReceipt(m_venue, moved, 4, 999, QStringLiteral("2026-12-02T00:00:00Z"), QString())
            > 0); // after the span
    QVERIFY(
        addReceipt(m_otherVenue, other, 1, 777, QStringLiteral("2026-12-01T12:00:00Z"), QString())
        > 0);

    ReportRepository reports(*m_database);
    const Result<std::vector<ReportReceiptRecord>> receipts
        = reports.receipts(m_venue, utc(QStringLiteral("2026-12-01T00:00:00Z")),
                           utc(QStringLiteral("2026-12-02T00:00:00Z")));
    QVERIFY2(receipts, qPrintable(errorOf(receipts)));
    QCOMPARE(receipts->size(), std::size_t(2));
    const ReportReceiptRecord &first = receipts->at(0);
    QCOMPARE(first.id, paid);
    QCOMPARE(first.sessionId, moved);
    QCOMPARE(first.tableId, m_table1);
    QCOMPARE(first.tableName, QStringLiteral("Table 1"));
    QCOMPARE(first.totalCents, qint64(1850));
    QCOMPARE(first.currency, QStringLiteral("EUR"));
    QCOMPARE(first.issuedAt, utc(QStringLiteral("2026-12-01T19:31:00Z")));
    const ReportReceiptRecord &loose = receipts->at(1);
    QCOMPARE(loose.sessionId, qint64(0));
    QCOMPARE(loose.tableId, qint64(0));
    QCOMPARE(loose.totalCents, qint64(400));
}

void tst_ReportRepository::bookingsInEveryState()
{
    const auto addBooking = [this](qint64 tableId, const QString &starts, const QString &state) {
        return exec(QStringLiteral("INSERT INTO bookings (table_id, starts_at, ends_at, name, "
                                   "state, created_by, created_at) VALUES (?, ?, ?, 'Kim', ?, "
                                   "'staff:Dana', ?) RETURNING id"),
                    {tableId, stored(starts), utc(starts).addSecs(3600).toString(Qt::ISODateWithMs),
                     state, stored(QStringLiteral("2026-11-20T10:00:00Z"))});
    };
    const QStringList states{QStringLiteral("booked"), QStringLiteral("checked-in"),
                             QStringLiteral("cancelled"), QStringLiteral("released")};
    for (int i = 0; i < states.size(); ++i)
        QVERIFY(addBooking(i % 2 ? m_table1 : m_table2,
                           QStringLiteral("2026-12-01T1%1:00:00Z").arg(i + 5), states[i])
                > 0);
    QVERIFY(addBooking(m_table1, QStringLiteral("2026-11-30T23:59:00Z"),
                       QStringLiteral("released"))
            > 0); // before the span
    QVERIFY(addBooking(m_otherTable, QStringLiteral("2026-12-01T18:00:00Z"),
                       QStringLiteral("released"))
            > 0); // the other venue

    ReportRepository reports(*m_database);
    const Result<std::vector<ReportBookingRecord>> bookings
        = reports.bookings(m_venue, utc(QStringLiteral("2026-12-01T00:00:00Z")),
                           utc(QStringLiteral("2026-12-02T00:00:00Z")));
    QVERIFY2(bookings, qPrintable(errorOf(bookings)));
    QStringList read;
    for (const ReportBookingRecord &booking : *bookings)
        read.append(booking.state);
    QCOMPARE(read, states);
    QCOMPARE(bookings->at(0).tableId, m_table2);
    QCOMPARE(bookings->at(3).startsAt, utc(QStringLiteral("2026-12-01T18:00:00Z")));
    QCOMPARE(bookings->at(3).endsAt, utc(QStringLiteral("2026-12-01T19:00:00Z")));
}

QTEST_GUILESS_MAIN(tst_ReportRepository)
#include "tst_reportrepository.moc"
