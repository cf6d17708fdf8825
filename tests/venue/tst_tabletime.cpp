// Table time on an SQLite file: check-in, pause, resume, move and checkout, the receipt's total
// the charge of the session's stretches (worked out by hand in each row as well), the receipt
// and session rows written; one open session a table; a booking checked in; the walk-in queue;
// and the actions only a manager may take, refused for the desk and audited naming them.
#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/raterepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/demovenue.h>
#include <venue/tabletime.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::Actor;
using venue::Role;

namespace {

const Actor kDesk{QStringLiteral("Ana"), Role::Desk};
const Actor kManager{QStringLiteral("Mia"), Role::Manager};
const QTimeZone kBerlin("Europe/Berlin");

} // namespace

class tst_TableTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checksOutAtTheCharge_data();
    void checksOutAtTheCharge();
    void receiptsAreNumberedInTurn();
    void oneOpenSessionATable();
    void aMoveIsRefusedToATakenOrBrokenTable();
    void checksInABooking();
    void seatsAWalkIn();
    void theDeskMayNotVoidAReceipt();
    void theDeskMayNotChangeRates();
    void aManagerChangesRates();

private:
    qint64 tableId(const QString &name) const;
    QString rateClassOf(const QString &name) const;
    bool execute(const QString &sql, const QVariantList &values = {}) const;
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    void at(const QString &localTime);
    std::vector<storage::AuditEntry> audit() const;

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<venue::TableTime> m_tableTime;
    qint64 m_venueId = 0;
    QDateTime m_now;
};

void tst_TableTime::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(m_data->path()));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    storage::RateRepository rates(*m_database);
    const Result<bool> demo = venue::ensureDemoVenue(venues);
    QVERIFY2(demo && *demo, qPrintable(errorOf(demo)));
    const Result<bool> demoRates = venue::ensureDemoRates(venues, rates);
    QVERIFY2(demoRates && *demoRates, qPrintable(errorOf(demoRates)));
    m_venueId = venues.venues()->front().id;
    QVERIFY(execute(QStringLiteral("UPDATE venues SET time_zone = 'Europe/Berlin'")));

    m_tableTime = std::make_unique<venue::TableTime>(*m_database);
    m_tableTime->setClock([this] { return m_now; });
    at(QStringLiteral("2026-12-03T20:00")); // a Thursday
    const Result<void> loaded = m_tableTime->load(m_venueId);
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
    QCOMPARE(m_tableTime->timeZone(), kBerlin);
}

void tst_TableTime::cleanup()
{
    m_tableTime.reset();
    m_database.reset();
    m_data.reset();
}

void tst_TableTime::at(const QString &localTime)
{
    m_now = QDateTime::fromString(localTime, Qt::ISODate);
    m_now.setTimeZone(kBerlin);
    m_now = m_now.toUTC();
}

qint64 tst_TableTime::tableId(const QString &name) const
{
    return scalar(QStringLiteral("SELECT id FROM pool_tables WHERE name = ?"), {name}).toLongLong();
}

QString tst_TableTime::rateClassOf(const QString &name) const
{
    return *m_tableTime->rateClassOf(tableId(name));
}

bool tst_TableTime::execute(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

QVariant tst_TableTime::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

std::vector<storage::AuditEntry> tst_TableTime::audit() const
{
    storage::AuditLog log(*m_database);
    return log.recent().value_or(std::vector<storage::AuditEntry>{});
}

void tst_TableTime::checksOutAtTheCharge_data()
{
    // Steps in the venue's time (Berlin): "in TABLE", "pause", "resume", "move TABLE", "out".
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("member");
    QTest::addColumn<int>("stretches");
    QTest::addColumn<qint64>("byHand");

    // 60 min at 12.00 an hour.
    QTest::newRow("an hour") << "20:00 in Table 1; 21:00 out" << false << 1 << qint64(1200);
    // 10 min billed as a 15-minute block at 0.20 a minute: 3.00, under the minimum of 5.00.
    QTest::newRow("the minimum") << "20:00 in Table 1; 20:10 out" << false << 1 << qint64(500);
    // 30 + 25 = 55 min, billed 60 at the members' 9.00 an hour.
    QTest::newRow("member with a pause")
        << "20:00 in Table 1; 20:30 pause; 20:45 resume; 21:10 out" << true << 2 << qint64(900);
    // Thursday's happy hour ends at 19:00: 30 min at 6.00 an hour, 30 at 12.00.
    QTest::newRow("happy hour") << "18:30 in Table 2; 19:30 out" << false << 1 << qint64(900);
    // 30 min on 9 ft (6.00), 30 on 7 ft at 8.00 an hour (4.00); the 7 ft's 30-minute block.
    QTest::newRow("moved to a 7 ft")
        << "20:00 in Table 1; 20:30 move Table 4; 21:00 out" << false << 2 << qint64(1000);
    // Paused on Table 1, moved while paused (an empty stretch at Table 4), resumed there: 20 min
    // on 9 ft (4.00) and 40 on 7 ft at 8.00 an hour (5.333…), two whole 30-minute blocks: 9.33.
    QTest::newRow("moved while paused")
        << "20:00 in Table 1; 20:20 pause; 20:25 move Table 4; 20:30 resume; 21:10 out" << false
        << 3 << qint64(933);
}

void tst_TableTime::checksOutAtTheCharge()
{
    QFETCH(QString, script);
    QFETCH(bool, member);
    QFETCH(int, stretches);
    QFETCH(qint64, byHand);

    std::vector<venue::PlayedStretch> expected;
    qint64 table = 0;
    QString rateClass;
    QSignalSpy changed(m_tableTime.get(), &venue::TableTime::tableChanged);
    for (const QString &step : script.split(QStringLiteral("; "))) {
        const QString time = step.section(u' ', 0, 0);
        const QString verb = step.section(u' ', 1, 1);
        const QString argument = step.section(u' ', 2);
        at(QStringLiteral("2026-12-03T") + time);
        Result<void> done;
        if (verb == u"in") {
            table = tableId(argument);
            rateClass = rateClassOf(argument);
            venue::CheckIn checkIn{table, QStringLiteral("Bea Schmidt"), std::nullopt, member, {}};
            const Result<qint64> session = m_tableTime->checkIn(checkIn, kDesk);
            done = session ? Result<void>() : Unexpected(session.error());
            expected.push_back({rateClass, m_now, {}});
        } else if (verb == u"pause") {
            done = m_tableTime->pause(table, kDesk);
            expected.back().to = m_now;
            QCOMPARE(m_tableTime->sessionAt(table)->state, venue::SessionState::Paused);
        } else if (verb == u"resume") {
            done = m_tableTime->resume(table, kDesk);
            expected.push_back({rateClass, m_now, {}});
        } else if (verb == u"move") {
            const qint64 to = tableId(argument);
            done = m_tableTime->move(table, to, kDesk);
            const bool paused = expected.back().to.isValid();
            table = to;
            rateClass = rateClassOf(argument);
            if (paused)
                expected.push_back({rateClass, m_now, m_now});
            else {
                expected.back().to = m_now;
                expected.push_back({rateClass, m_now, {}});
            }
            QVERIFY(m_tableTime->sessionAt(table));
        } else if (verb == u"out") {
            expected.back().to = m_now;
            const Result<venue::Receipt> receipt = m_tableTime->checkout(table, kDesk);
            QVERIFY2(receipt, qPrintable(errorOf(receipt)));
            const Result<venue::SessionCharge> charge
                = venue::chargeSession(expected, m_tableTime->rates(), member, kBerlin);
            QVERIFY2(charge, qPrintable(errorOf(charge)));
            QCOMPARE(receipt->totalCents, charge->totalCents);
            QCOMPARE(receipt->totalCents, byHand);
            QCOMPARE(receipt->playedMinutes, charge->playedMinutes);
            QCOMPARE(receipt->billedMinutes, charge->billedMinutes);
            QCOMPARE(receipt->number, 1);
            QCOMPARE(receipt->member, member);
            QVERIFY(receipt->text().contains(receipt->money(byHand)));
        }
        QVERIFY2(done, qPrintable(QStringLiteral("%1: %2").arg(step, errorOf(done))));
    }
    QVERIFY(!m_tableTime->sessionAt(table));
    QVERIFY(changed.count() >= 2);

    // The rows: the session closed, its stretches, the receipt with its text, audited.
    const qint64 session = scalar(QStringLiteral("SELECT id FROM table_sessions")).toLongLong();
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM table_sessions")).toString(),
             QStringLiteral("closed"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM session_stretches WHERE session_id = ? "
                                   "AND to_at IS NOT NULL"),
                    {session})
                 .toInt(),
             stretches);
    QCOMPARE(
        scalar(QStringLiteral("SELECT total_cents FROM receipts WHERE session_id = ?"), {session})
            .toLongLong(),
        byHand);
    QVERIFY(scalar(QStringLiteral("SELECT lines FROM receipts"))
                .toString()
                .contains(QStringLiteral("Receipt 1")));
    QCOMPARE(m_tableTime->receipts().size(), size_t(1));
    const std::vector<storage::AuditEntry> entries = audit();
    QCOMPARE(entries.front().action, QStringLiteral("session.checkout"));
    QCOMPARE(entries.front().actor, QStringLiteral("staff:Ana"));
}

void tst_TableTime::receiptsAreNumberedInTurn()
{
    const qint64 one = tableId(QStringLiteral("Table 1"));
    const qint64 two = tableId(QStringLiteral("Table 2"));
    QVERIFY(m_tableTime->checkIn({one, QStringLiteral("Bea"), {}, false, {}}, kDesk));
    QVERIFY(m_tableTime->checkIn({two, QStringLiteral("Chen"), {}, false, {}}, kDesk));
    at(QStringLiteral("2026-12-03T21:00"));
    const Result<venue::Receipt> first = m_tableTime->checkout(two, kDesk);
    const Result<venue::Receipt> second = m_tableTime->checkout(one, kDesk);
    QVERIFY2(first && second, qPrintable(errorOf(first) + errorOf(second)));
    QCOMPARE(first->number, 1);
    QCOMPARE(second->number, 2);
    QCOMPARE(first->guest, QStringLiteral("Chen"));
}

void tst_TableTime::oneOpenSessionATable()
{
    const qint64 one = tableId(QStringLiteral("Table 1"));
    QVERIFY(m_tableTime->checkIn({one, QStringLiteral("Bea"), {}, false, {}}, kDesk));
    const Result<qint64> second
        = m_tableTime->checkIn({one, QStringLiteral("Chen"), {}, false, {}}, kDesk);
    QVERIFY(!second);
    QVERIFY2(second.error().contains(QStringLiteral("Bea")), qPrintable(second.error()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM table_sessions")).toInt(), 1);
    // The database refuses it too, whoever writes.
    QVERIFY(!execute(QStringLiteral("INSERT INTO table_sessions (venue_id, table_id, name, "
                                    "started_at, started_by) VALUES (?, ?, 'X', '', 'test')"),
                     {m_venueId, one}));
}

void tst_TableTime::aMoveIsRefusedToATakenOrBrokenTable()
{
    const qint64 one = tableId(QStringLiteral("Table 1"));
    const qint64 two = tableId(QStringLiteral("Table 2"));
    const qint64 four = tableId(QStringLiteral("Table 4"));
    QVERIFY(m_tableTime->checkIn({one, QStringLiteral("Bea"), {}, false, {}}, kDesk));
    QVERIFY(m_tableTime->checkIn({two, QStringLiteral("Chen"), {}, false, {}}, kDesk));
    const Result<void> taken = m_tableTime->move(one, two, kDesk);
    QVERIFY(!taken);
    QVERIFY2(taken.error().contains(QStringLiteral("Chen")), qPrintable(taken.error()));

    QVERIFY(execute(QStringLiteral("UPDATE pool_tables SET status = 'out-of-order' WHERE id = ?"),
                    {four}));
    const Result<void> broken = m_tableTime->move(one, four, kDesk);
    QVERIFY(!broken);
    QVERIFY2(broken.error().contains(QStringLiteral("out of order")), qPrintable(broken.error()));
    QCOMPARE(m_tableTime->sessionAt(one)->guest, QStringLiteral("Bea"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM session_stretches")).toInt(), 2);
}

void tst_TableTime::checksInABooking()
{
    const qint64 three = tableId(QStringLiteral("Table 3"));
    QVERIFY(execute(QStringLiteral("INSERT INTO bookings (table_id, starts_at, ends_at, name, "
                                   "created_by, created_at) VALUES (?, ?, ?, 'Dana Okafor', "
                                   "'staff:Ana', ?)"),
                    {three, QStringLiteral("2026-12-03T19:00:00.000Z"),
                     QStringLiteral("2026-12-03T21:00:00.000Z"),
                     QStringLiteral("2026-12-01T10:00:00.000Z")}));
    const qint64 booking = scalar(QStringLiteral("SELECT id FROM bookings")).toLongLong();
    const Result<qint64> session = m_tableTime->checkIn({three, {}, {}, false, booking}, kDesk);
    QVERIFY2(session, qPrintable(errorOf(session)));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM bookings")).toString(),
             QStringLiteral("checked-in"));
    const std::optional<venue::OpenSession> open = m_tableTime->sessionAt(three);
    QCOMPARE(open->guest, QStringLiteral("Dana Okafor"));
    QCOMPARE(open->bookedUntil,
             QDateTime::fromString(QStringLiteral("2026-12-03T21:00:00Z"), Qt::ISODate));
    // Checked in once: a second check-in of the same booking is refused.
    QVERIFY(m_tableTime->checkout(three, kDesk));
    QVERIFY(!m_tableTime->checkIn({three, {}, {}, false, booking}, kDesk));
}

void tst_TableTime::seatsAWalkIn()
{
    const qint64 one = tableId(QStringLiteral("Table 1"));
    const qint64 two = tableId(QStringLiteral("Table 2"));
    QVERIFY(m_tableTime->checkIn({one, QStringLiteral("Bea"), {}, false, {}}, kDesk));
    QVERIFY(m_tableTime->checkIn({two, QStringLiteral("Chen"), {}, false, {}}, kDesk));
    const Result<qint64> party = m_tableTime->addWalkIn(
        QStringLiteral("Emil"), 3, rateClassOf(QStringLiteral("Table 1")), kDesk);
    QVERIFY2(party, qPrintable(errorOf(party)));
    QCOMPARE(m_tableTime->walkIns().size(), size_t(1));
    // Both 9 ft tables started now: free in an hour.
    QCOMPARE(m_tableTime->walkIns().front().wait.minutes, 60);
    at(QStringLiteral("2026-12-03T20:40"));
    QVERIFY(m_tableTime->checkout(two, kDesk));
    QCOMPARE(m_tableTime->walkIns().front().wait.minutes, 0);
    QCOMPARE(m_tableTime->walkIns().front().wait.tableId, two);
    const Result<qint64> seated = m_tableTime->seatWalkIn(*party, two, false, kDesk);
    QVERIFY2(seated, qPrintable(errorOf(seated)));
    QVERIFY(m_tableTime->walkIns().empty());
    QCOMPARE(m_tableTime->sessionAt(two)->guest, QStringLiteral("Emil"));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM walk_ins")).toString(),
             QStringLiteral("seated"));
}

void tst_TableTime::theDeskMayNotVoidAReceipt()
{
    const qint64 one = tableId(QStringLiteral("Table 1"));
    QVERIFY(m_tableTime->checkIn({one, QStringLiteral("Bea"), {}, false, {}}, kDesk));
    at(QStringLiteral("2026-12-03T21:00"));
    QVERIFY(m_tableTime->checkout(one, kDesk));
    const qint64 receipt = m_tableTime->receipts().front().id;

    const Result<void> refused = m_tableTime->voidReceipt(receipt, QStringLiteral("typo"), kDesk);
    QVERIFY(!refused);
    QVERIFY(scalar(QStringLiteral("SELECT voided_at FROM receipts")).isNull());
    const std::vector<storage::AuditEntry> entries = audit();
    QCOMPARE(entries.front().action, QStringLiteral("access.refused"));
    QCOMPARE(entries.front().actor, QStringLiteral("staff:Ana"));
    QCOMPARE(entries.front().subject, QStringLiteral("receipt:%1").arg(receipt));

    const Result<void> voided = m_tableTime->voidReceipt(receipt, QStringLiteral("typo"), kManager);
    QVERIFY2(voided, qPrintable(errorOf(voided)));
    QVERIFY(m_tableTime->receipts().front().voided);
    QCOMPARE(audit().front().action, QStringLiteral("receipt.void"));
    QCOMPARE(audit().front().actor, QStringLiteral("staff:Mia"));
}

void tst_TableTime::theDeskMayNotChangeRates()
{
    std::vector<venue::RateRule> rates = m_tableTime->rates();
    rates.front().centsPerHour = 1;
    QSignalSpy changed(m_tableTime.get(), &venue::TableTime::ratesChanged);
    const Result<void> refused = m_tableTime->setRates(rates, kDesk);
    QVERIFY(!refused);
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_tableTime->rates().front().centsPerHour != 1);
    const std::vector<storage::AuditEntry> entries = audit();
    QCOMPARE(entries.front().action, QStringLiteral("access.refused"));
    QCOMPARE(entries.front().actor, QStringLiteral("staff:Ana"));
    QCOMPARE(entries.front().subject, QStringLiteral("venue:%1").arg(m_venueId));
}

void tst_TableTime::aManagerChangesRates()
{
    std::vector<venue::RateRule> rates = m_tableTime->rates();
    rates.front().centsPerHour = 1500;
    rates.front().happyHours.push_back({1 << Qt::Sunday, QTime(12, 0), QTime(14, 0), 700});
    const Result<void> changed = m_tableTime->setRates(rates, kManager);
    QVERIFY2(changed, qPrintable(errorOf(changed)));
    QCOMPARE(m_tableTime->rates().front().centsPerHour, 1500);
    QCOMPARE(m_tableTime->rates().front().happyHours.size(), rates.front().happyHours.size());
    QCOMPARE(audit().front().action, QStringLiteral("rates.changed"));
    QCOMPARE(audit().front().actor, QStringLiteral("staff:Mia"));
}

QTEST_GUILESS_MAIN(tst_TableTime)
#include "tst_tabletime.moc"
