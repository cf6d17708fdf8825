// Alerts from one sample to the next: each starts and ends once, in the log too.

#include <health/alertbook.h>

#include <QTest>

using namespace dojo::health;

Q_DECLARE_METATYPE(dojo::health::AlertLevel)

namespace {

const QDateTime kStart(QDate(2024, 5, 14), QTime(20, 0), Qt::UTC);

Alert raised(AlertKind kind, AlertLevel level, qint64 tableId, const QString &sentence)
{
    Alert alert;
    alert.kind = kind;
    alert.level = level;
    alert.tableId = tableId;
    alert.table = QStringLiteral("Table %1").arg(tableId);
    alert.sentence = sentence;
    return alert;
}

} // namespace

class tst_AlertBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnceAndEnds()
    {
        AlertBook book;
        const Alert slow = raised(AlertKind::TrackingRate, AlertLevel::Warning, 3,
                                  QStringLiteral("Table 3 is falling behind: 40 frames a second "
                                                 "processed (warning under 45)."));
        std::vector<AlertChange> changes = book.update(kStart, {slow});
        QCOMPARE(int(changes.size()), 1);
        QVERIFY(changes.front().started);
        QCOMPARE(changes.front().alert.start, kStart);
        QVERIFY(changes.front().alert.isOngoing());

        // Still raised, with another figure: no change, the sentence follows.
        Alert slower = slow;
        slower.sentence = QStringLiteral("Table 3 is falling behind: 38 frames a second processed "
                                         "(warning under 45).");
        for (int second = 1; second <= 10; ++second)
            QVERIFY(book.update(kStart.addSecs(second), {slower}).empty());
        QCOMPARE(int(book.current().size()), 1);
        QCOMPARE(book.current().front().sentence, slower.sentence);
        QCOMPARE(book.current().front().start, kStart);

        // No longer raised: it holds for kHoldSamples samples, then ends.
        int second = 11;
        for (int quiet = 1; quiet < AlertBook::kHoldSamples; ++quiet, ++second)
            QVERIFY(book.update(kStart.addSecs(second), {}).empty());
        QCOMPARE(int(book.current().size()), 1);
        changes = book.update(kStart.addSecs(second), {});
        QCOMPARE(int(changes.size()), 1);
        QVERIFY(!changes.front().started);
        QCOMPARE(changes.front().alert.end, kStart.addSecs(second));
        QVERIFY(book.current().empty());
        QCOMPARE(alertEndedSentence(changes.front().alert),
                 QStringLiteral("Over after %1 s: ").arg(second) + slower.sentence);
    }

    void aFigureAtItsThresholdDoesNotFlap()
    {
        AlertBook book;
        const Alert slow
            = raised(AlertKind::FrameTime, AlertLevel::Warning, 1, QStringLiteral("w"));
        int changes = 0;
        for (int second = 0; second < 120; ++second) // raised every other second
            changes += int(book.update(kStart.addSecs(second),
                                       second % 2 ? std::vector<Alert>() : std::vector<Alert>{slow})
                               .size());
        QCOMPARE(changes, 1); // it started, and never ended
    }

    void levelChangeEndsOneAndStartsTheOther()
    {
        AlertBook book;
        book.update(kStart,
                    {raised(AlertKind::FrameTime, AlertLevel::Warning, 2, QStringLiteral("w"))});
        const std::vector<AlertChange> changes = book.update(
            kStart.addSecs(30),
            {raised(AlertKind::FrameTime, AlertLevel::Critical, 2, QStringLiteral("c"))});
        QCOMPARE(int(changes.size()), 2);
        QVERIFY(!changes[0].started);
        QCOMPARE(changes[0].alert.level, AlertLevel::Warning);
        QVERIFY(changes[1].started);
        QCOMPARE(changes[1].alert.level, AlertLevel::Critical);
        QCOMPARE(changes[1].alert.start, kStart.addSecs(30));
    }

    void aFallToALowerLevelWaits()
    {
        AlertBook book;
        book.update(kStart, {raised(AlertKind::TrackingRate, AlertLevel::Critical, 2,
                                    QStringLiteral("c"))});
        const Alert warning
            = raised(AlertKind::TrackingRate, AlertLevel::Warning, 2, QStringLiteral("w"));
        for (int second = 1; second < AlertBook::kHoldSamples; ++second) {
            QVERIFY(book.update(kStart.addSecs(second), {warning}).empty());
            QCOMPARE(book.current().front().level, AlertLevel::Critical);
        }
        const std::vector<AlertChange> changes
            = book.update(kStart.addSecs(AlertBook::kHoldSamples), {warning});
        QCOMPARE(int(changes.size()), 2);
        QVERIFY(!changes[0].started);
        QCOMPARE(changes[0].alert.level, AlertLevel::Critical);
        QVERIFY(changes[1].started);
        QCOMPARE(changes[1].alert.level, AlertLevel::Warning);
    }

    void tablesAreApart()
    {
        AlertBook book(1); // ends at once
        book.update(
            kStart,
            {raised(AlertKind::CameraStopped, AlertLevel::Critical, 1, QStringLiteral("a")),
             raised(AlertKind::CameraStopped, AlertLevel::Critical, 2, QStringLiteral("b"))});
        const std::vector<AlertChange> changes = book.update(
            kStart.addSecs(1),
            {raised(AlertKind::CameraStopped, AlertLevel::Critical, 2, QStringLiteral("b"))});
        QCOMPARE(int(changes.size()), 1);
        QCOMPARE(changes.front().alert.tableId, 1);
        QCOMPARE(int(book.current().size()), 1);
    }

    void logged_data()
    {
        QTest::addColumn<bool>("started");
        QTest::addColumn<AlertLevel>("level");
        QTest::addColumn<int>("type");
        QTest::newRow("a warning starts") << true << AlertLevel::Warning << int(QtWarningMsg);
        QTest::newRow("a critical alert starts")
            << true << AlertLevel::Critical << int(QtCriticalMsg);
        QTest::newRow("an alert ends") << false << AlertLevel::Critical << int(QtInfoMsg);
    }
    void logged()
    {
        QFETCH(bool, started);
        QFETCH(AlertLevel, level);
        QFETCH(int, type);
        AlertChange change{started, raised(AlertKind::Memory, level, 0, QStringLiteral("Memory."))};
        change.alert.start = kStart;
        if (!started)
            change.alert.end = kStart.addSecs(125);
        const QString line = started ? change.alert.sentence : alertEndedSentence(change.alert);
        QTest::ignoreMessage(QtMsgType(type), qPrintable(line));
        logAlertChange(change);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
        QTest::newRow("minutes") << qint64(125) << QStringLiteral("2 min 5 s");
        QTest::newRow("hours") << qint64(3 * 3600 + 12 * 60 + 9) << QStringLiteral("3 h 12 min");
    }
    void durations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(durationText(seconds), text);
    }
};

QTEST_GUILESS_MAIN(tst_AlertBook)
#include "tst_alertbook.moc"
