// The nightly backup as plain values: its slot in the venue's time zone (across midnight, over
// the clocks' changes), whether it is due, its file's name, which old ones go, and the status
// bar's words.

#include <venue/backupschedule.h>

#include <QTest>

#include <optional>

using namespace dojo;
using namespace dojo::venue;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

} // namespace

class tst_BackupSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slotOnADay_data();
    void slotOnADay();
    void lastAndNextSlot_data();
    void lastAndNextSlot();
    void due_data();
    void due();
    void fileName_data();
    void fileName();
    void retention_data();
    void retention();
    void statusLine_data();
    void statusLine();
};

void tst_BackupSchedule::slotOnADay_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("at");
    QTest::addColumn<QDateTime>("slot"); // UTC

    QTest::newRow("04:00 in Berlin, winter")
        << "Europe/Berlin" << QDate(2026, 12, 5) << QTime(4, 0) << utc("2026-12-05T03:00:00Z");
    QTest::newRow("04:00 in Berlin, summer")
        << "Europe/Berlin" << QDate(2026, 7, 5) << QTime(4, 0) << utc("2026-07-05T02:00:00Z");
    // 02:30 never happens on the night the clocks go forward: the first moment after the gap.
    QTest::newRow("Berlin springs forward over 02:30")
        << "Europe/Berlin" << QDate(2026, 3, 29) << QTime(2, 30) << utc("2026-03-29T01:00:00Z");
    // 02:30 happens twice on the night they go back: the first time.
    QTest::newRow("Berlin falls back through 02:30 twice")
        << "Europe/Berlin" << QDate(2026, 10, 25) << QTime(2, 30) << utc("2026-10-25T00:30:00Z");
    QTest::newRow("04:00 in Berlin the night it springs forward")
        << "Europe/Berlin" << QDate(2026, 3, 29) << QTime(4, 0) << utc("2026-03-29T02:00:00Z");
    QTest::newRow("04:00 in Berlin the night it falls back")
        << "Europe/Berlin" << QDate(2026, 10, 25) << QTime(4, 0) << utc("2026-10-25T03:00:00Z");
    QTest::newRow("New York springs forward over 02:15")
        << "America/New_York" << QDate(2026, 3, 8) << QTime(2, 15) << utc("2026-03-08T07:00:00Z");
    QTest::newRow("New York falls back through 01:30 twice")
        << "America/New_York" << QDate(2026, 11, 1) << QTime(1, 30) << utc("2026-11-01T05:30:00Z");
    QTest::newRow("Sydney's summer starts over 02:30")
        << "Australia/Sydney" << QDate(2026, 10, 4) << QTime(2, 30) << utc("2026-10-03T16:00:00Z");
    QTest::newRow("midnight in UTC")
        << "UTC" << QDate(2026, 12, 5) << QTime(0, 0) << utc("2026-12-05T00:00:00Z");
}

void tst_BackupSchedule::slotOnADay()
{
    QFETCH(QString, zone);
    QFETCH(QDate, day);
    QFETCH(QTime, at);
    QFETCH(QDateTime, slot);
    const QTimeZone timeZone(zone.toUtf8());
    QVERIFY(timeZone.isValid());
    QCOMPARE(backupSlotOn(day, at, timeZone), slot);
}

void tst_BackupSchedule::lastAndNextSlot_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QTime>("at");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("last");
    QTest::addColumn<QDateTime>("next");

    QTest::newRow("after 04:00: today's")
        << "Europe/Berlin" << QTime(4, 0) << utc("2026-12-05T09:00:00Z")
        << utc("2026-12-05T03:00:00Z") << utc("2026-12-06T03:00:00Z");
    QTest::newRow("before 04:00: yesterday's")
        << "Europe/Berlin" << QTime(4, 0) << utc("2026-12-05T02:59:00Z")
        << utc("2026-12-04T03:00:00Z") << utc("2026-12-05T03:00:00Z");
    QTest::newRow("at 04:00 sharp: this one")
        << "Europe/Berlin" << QTime(4, 0) << utc("2026-12-05T03:00:00Z")
        << utc("2026-12-05T03:00:00Z") << utc("2026-12-06T03:00:00Z");
    QTest::newRow("23:30, just past midnight: the evening before")
        << "Europe/Berlin" << QTime(23, 30) << utc("2026-12-04T23:10:00Z") // 00:10 local
        << utc("2026-12-04T22:30:00Z") << utc("2026-12-05T22:30:00Z");
    QTest::newRow("00:15, late in the evening: that night's is tomorrow's date")
        << "America/New_York" << QTime(0, 15) << utc("2026-12-06T04:00:00Z") // 23:00 local
        << utc("2026-12-05T05:15:00Z") << utc("2026-12-06T05:15:00Z");
    QTest::newRow("across the spring gap")
        << "Europe/Berlin" << QTime(2, 30) << utc("2026-03-29T00:30:00Z") // 01:30 local
        << utc("2026-03-28T01:30:00Z") << utc("2026-03-29T01:00:00Z");
    QTest::newRow("between the two 02:30s of autumn")
        << "Europe/Berlin" << QTime(2, 30) << utc("2026-10-25T01:00:00Z") // 02:00 CET
        << utc("2026-10-25T00:30:00Z") << utc("2026-10-26T01:30:00Z");
}

void tst_BackupSchedule::lastAndNextSlot()
{
    QFETCH(QString, zone);
    QFETCH(QTime, at);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, last);
    QFETCH(QDateTime, next);
    const QTimeZone timeZone(zone.toUtf8());
    QCOMPARE(lastBackupSlot(now, at, timeZone), last);
    QCOMPARE(nextBackupSlot(now, at, timeZone), next);
}

void tst_BackupSchedule::due_data()
{
    QTest::addColumn<std::optional<QDateTime>>("lastTaken");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("due");

    // 04:00 in Berlin in December is 03:00 UTC.
    QTest::newRow("never taken") << std::optional<QDateTime>() << utc("2026-12-05T09:00:00Z")
                                 << true;
    QTest::newRow("taken last night")
        << std::optional(utc("2026-12-05T03:00:05Z")) << utc("2026-12-05T09:00:00Z") << false;
    QTest::newRow("taken the night before: missed, made up now")
        << std::optional(utc("2026-12-04T03:00:05Z")) << utc("2026-12-05T09:00:00Z") << true;
    QTest::newRow("taken by hand after last night's slot")
        << std::optional(utc("2026-12-05T08:00:00Z")) << utc("2026-12-05T09:00:00Z") << false;
    QTest::newRow("one minute before 04:00, yesterday's done")
        << std::optional(utc("2026-12-04T03:00:05Z")) << utc("2026-12-05T02:59:00Z") << false;
    QTest::newRow("04:00 has come")
        << std::optional(utc("2026-12-04T03:00:05Z")) << utc("2026-12-05T03:00:00Z") << true;
}

void tst_BackupSchedule::due()
{
    QFETCH(std::optional<QDateTime>, lastTaken);
    QFETCH(QDateTime, now);
    QFETCH(bool, due);
    QCOMPARE(backupDue(lastTaken, now, QTime(4, 0), QTimeZone("Europe/Berlin")), due);
}

void tst_BackupSchedule::fileName_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("slot");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("name");

    QTest::newRow("SQLite") << "Europe/Berlin" << utc("2026-12-05T03:00:00Z")
                            << QStringLiteral(".sqlite")
                            << QStringLiteral("dojopool-2026-12-05.sqlite");
    // The venue's date, not UTC's: 00:30 in Tokyo is still the day before in UTC.
    QTest::newRow("the venue's date")
        << "Asia/Tokyo" << utc("2026-12-04T15:30:00Z") << QStringLiteral(".pgdump")
        << QStringLiteral("dojopool-2026-12-05.pgdump");
}

void tst_BackupSchedule::fileName()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, slot);
    QFETCH(QString, suffix);
    QFETCH(QString, name);
    QCOMPARE(nightlyBackupName(slot, QTimeZone(zone.toUtf8()), suffix), name);
}

void tst_BackupSchedule::retention_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("keep");
    QTest::addColumn<QStringList>("deleted");

    QStringList sixteen;
    for (int day = 1; day <= 16; ++day)
        sixteen << QStringLiteral("dojopool-2026-11-%1.sqlite").arg(day, 2, 10, QLatin1Char('0'));
    QTest::newRow("16 nights, keep 14: the two oldest go")
        << sixteen << 14
        << QStringList{QStringLiteral("dojopool-2026-11-02.sqlite"),
                       QStringLiteral("dojopool-2026-11-01.sqlite")};
    QTest::newRow("14 nights, keep 14: none go") << sixteen.mid(2) << 14 << QStringList();
    QTest::newRow("keep 0: every one stays") << sixteen << 0 << QStringList();
    QTest::newRow("by the date in the name, whatever the listing's order")
        << QStringList{QStringLiteral("dojopool-2026-12-01.sqlite"),
                       QStringLiteral("dojopool-2025-12-31.sqlite"),
                       QStringLiteral("dojopool-2026-01-15.sqlite")}
        << 2 << QStringList{QStringLiteral("dojopool-2025-12-31.sqlite")};
    QTest::newRow("other files never go")
        << QStringList{QStringLiteral("dojopool-2026-12-01.sqlite"),
                       QStringLiteral("dojopool-2026-11-30.sqlite"),
                       QStringLiteral("dojopool-before-restore-2026-01-01-120000.sqlite"),
                       QStringLiteral("before-the-move.sqlite"),
                       QStringLiteral("dojopool-2026-11-29.sqlite.part"),
                       QStringLiteral("dojopool-2026-13-45.sqlite"),
                       QStringLiteral("notes.txt")}
        << 1 << QStringList{QStringLiteral("dojopool-2026-11-30.sqlite")};
    QTest::newRow("a PostgreSQL venue's dumps")
        << QStringList{QStringLiteral("dojopool-2026-12-02.pgdump"),
                       QStringLiteral("dojopool-2026-12-01.pgdump")}
        << 1 << QStringList{QStringLiteral("dojopool-2026-12-01.pgdump")};
}

void tst_BackupSchedule::retention()
{
    QFETCH(QStringList, names);
    QFETCH(int, keep);
    QFETCH(QStringList, deleted);
    QCOMPARE(nightlyBackupsToDelete(names, keep), deleted);
}

void tst_BackupSchedule::statusLine_data()
{
    QTest::addColumn<std::optional<QDateTime>>("lastDone");
    QTest::addColumn<std::optional<QDateTime>>("lastFailed");
    QTest::addColumn<int>("health");
    QTest::addColumn<QString>("text");

    const std::optional<QDateTime> none;
    // Now is 2026-12-05 12:00 UTC, 13:00 in Berlin.
    QTest::newRow("last night's") << std::optional(utc("2026-12-05T03:00:10Z")) << none
                                  << int(BackupHealth::Good)
                                  << QStringLiteral("Last backup: 2026-12-05 04:00");
    QTest::newRow("two days ago, just")
        << std::optional(utc("2026-12-03T12:00:00Z")) << none << int(BackupHealth::Good)
        << QStringLiteral("Last backup: 2026-12-03 13:00");
    QTest::newRow("older than two days")
        << std::optional(utc("2026-12-03T11:59:00Z")) << none << int(BackupHealth::Old)
        << QStringLiteral("The last backup is from 2026-12-03 12:59, more than two days ago.");
    QTest::newRow("none yet") << none << none << int(BackupHealth::Old)
                              << QStringLiteral("No backup yet.");
    QTest::newRow("last night's failed")
        << std::optional(utc("2026-12-04T03:00:10Z")) << std::optional(utc("2026-12-05T03:00:10Z"))
        << int(BackupHealth::Failed)
        << QStringLiteral("The last backup failed at 2026-12-05 04:00: the disk is full");
    QTest::newRow("failed, then one by hand")
        << std::optional(utc("2026-12-05T09:00:00Z")) << std::optional(utc("2026-12-05T03:00:10Z"))
        << int(BackupHealth::Good) << QStringLiteral("Last backup: 2026-12-05 10:00");
}

void tst_BackupSchedule::statusLine()
{
    QFETCH(std::optional<QDateTime>, lastDone);
    QFETCH(std::optional<QDateTime>, lastFailed);
    QFETCH(int, health);
    QFETCH(QString, text);
    const BackupsSeen seen{lastDone, lastFailed, QStringLiteral("the disk is full")};
    const QDateTime now = utc("2026-12-05T12:00:00Z");
    QCOMPARE(int(backupHealth(seen, now)), health);
    QCOMPARE(backupStatusText(seen, now, QTimeZone("Europe/Berlin")), text);
}

QTEST_GUILESS_MAIN(tst_BackupSchedule)

#include "tst_backupschedule.moc"
