// No double booking, ever: many `dojopool book` processes started at once for overlapping
// times on one table of one database (an SQLite file, or one PostgreSQL database): exactly
// one books it, every other refuses with status 3 naming the winner's booking, and the
// database holds exactly one booking of that table then. Several rounds.

#include "venuefolder.h"

#include <storage/database.h>
#include <support/resulterror.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <vector>

using namespace dojo;
using dojo::testsupport::errorOf;

namespace {

constexpr int kProcesses = 16;
constexpr int kRounds = 4;

// Like AppProcess (no display, HOME in a temporary folder), but started without waiting, so
// every process of a round runs at once.
std::unique_ptr<QProcess> bookProcess(const QString &home, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_DATA_HOME",
                             "XDG_CONFIG_HOME", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process->setProcessEnvironment(environment);
    process->setProgram(QStringLiteral(DOJO_APP_PATH));
    process->setArguments(QStringList{QStringLiteral("book")} + arguments);
    return process;
}

} // namespace

class tst_BookingRace : public QObject, private testsupport::VenueFolder
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exactlyOneProcessBooksTheTable();

private:
    QTemporaryDir m_home;
};

void tst_BookingRace::initTestCase()
{
    const Result<void> started = m_databases.startAndLog();
    QVERIFY2(started, qPrintable(errorOf(started)));
    const Result<void> fresh = freshVenueFolder();
    QVERIFY2(fresh, qPrintable(errorOf(fresh)));
    // One booking first creates the database and the demo venue, so the rounds race only for
    // the table.
    const std::unique_ptr<QProcess> first = bookProcess(
        m_home.path(), QStringList{QStringLiteral("--table"), QStringLiteral("Table 1"),
                                   QStringLiteral("--from"), QStringLiteral("2026-01-01T10:00"),
                                   QStringLiteral("--to"), QStringLiteral("2026-01-01T11:00"),
                                   QStringLiteral("--name"), QStringLiteral("First")}
                           + venueArguments());
    first->start();
    QVERIFY(first->waitForFinished(60000));
    QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());
}

void tst_BookingRace::exactlyOneProcessBooksTheTable()
{
    const QRegularExpression booked(
        QStringLiteral("^booked Table 2 from .* \\(booking (\\d+)\\)\n$"));
    for (int round = 0; round < kRounds; ++round) {
        // Each process wants a different two hours of one evening, every pair overlapping.
        const QDateTime evening(QDate(2026, 12, 5).addDays(round), QTime(19, 0), QTimeZone::utc());
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < kProcesses; ++i) {
            const QDateTime from = evening.addSecs(i * 60);
            processes.push_back(bookProcess(
                m_home.path(),
                QStringList{QStringLiteral("--table"), QStringLiteral("Table 2"),
                            QStringLiteral("--from"), from.toString(Qt::ISODate),
                            QStringLiteral("--to"), from.addSecs(7200).toString(Qt::ISODate),
                            QStringLiteral("--name"), QStringLiteral("Guest %1").arg(i)}
                    + venueArguments()));
        }
        for (const auto &process : processes)
            process->start();
        for (const auto &process : processes)
            QVERIFY2(process->waitForStarted(30000), qPrintable(process->errorString()));
        for (const auto &process : processes)
            QVERIFY2(process->waitForFinished(120000), qPrintable(process->errorString()));

        int winners = 0;
        QString winnerId;
        std::vector<QString> refusals;
        for (const auto &process : processes) {
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            const QString out = QString::fromUtf8(process->readAllStandardOutput());
            const QString err = QString::fromUtf8(process->readAllStandardError());
            if (process->exitCode() == 0) {
                ++winners;
                const QRegularExpressionMatch line = booked.match(out);
                QVERIFY2(line.hasMatch(), qPrintable(out));
                winnerId = line.captured(1);
                continue;
            }
            QVERIFY2(process->exitCode() == 3,
                     qPrintable(QStringLiteral("status %1: %2").arg(process->exitCode()).arg(err)));
            QVERIFY2(out.isEmpty(), qPrintable(out));
            QCOMPARE(err.count(u'\n'), 1);
            refusals.push_back(err);
        }
        QCOMPARE(winners, 1);
        QCOMPARE(int(refusals.size()), kProcesses - 1);
        for (const QString &refusal : refusals) {
            QVERIFY2(refusal.startsWith(QLatin1String("dojopool: Table 2 is already booked from "))
                         && refusal.contains(QStringLiteral("(booking %1).").arg(winnerId)),
                     qPrintable(refusal));
        }

        Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(m_location);
        QVERIFY2(opened, qPrintable(errorOf(opened)));
        QSqlQuery query((*opened)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MIN(b.id) FROM bookings b JOIN "
                                          "pool_tables t ON t.id = b.table_id WHERE "
                                          "t.name = 'Table 2' AND b.starts_at LIKE '%1%'")
                               .arg(evening.date().toString(Qt::ISODate))));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toString(), winnerId);
        qInfo("round %d: booking %s won, %d refused", round + 1, qPrintable(winnerId),
              int(refusals.size()));
    }
}

QTEST_GUILESS_MAIN(tst_BookingRace)
#include "tst_bookingrace.moc"
