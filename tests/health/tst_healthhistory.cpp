// The last hour's rings: fixed in size, aligned, a table's dropped frames a second.

#include <health/healthhistory.h>

#include <QTest>

#include <cmath>

using namespace dojo::health;

namespace {

const QDateTime kStart(QDate(2024, 5, 14), QTime(20, 0), Qt::UTC);

HealthSample sampleAt(int second, std::vector<TableFigures> tables = {})
{
    HealthSample sample;
    sample.time = kStart.addSecs(second);
    sample.liveConnections = second;
    sample.cpuPercent = 2.0 * second;
    sample.tables = std::move(tables);
    return sample;
}

TableFigures table(qint64 id, long long dropped, double fps = 60)
{
    TableFigures figures;
    figures.tableId = id;
    figures.name = QStringLiteral("Table %1").arg(id);
    figures.droppedFrames = dropped;
    figures.processedFramesPerSecond = fps;
    figures.cameraFramesPerSecond = 60;
    return figures;
}

} // namespace

class tst_HealthHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheLastCapacitySamples_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("added");
        QTest::newRow("not full") << 10 << 4;
        QTest::newRow("just full") << 10 << 10;
        QTest::newRow("wrapped around") << 10 << 25;
        QTest::newRow("an hour of a second each, and more") << HealthHistory::kHour << 5000;
    }
    void keepsTheLastCapacitySamples()
    {
        QFETCH(int, capacity);
        QFETCH(int, added);
        HealthHistory history(capacity);
        for (int second = 0; second < added; ++second)
            history.add(sampleAt(second));
        const int kept = std::min(capacity, added);
        QCOMPARE(history.size(), kept);
        for (int index = 0; index < kept; ++index) {
            const int second = added - kept + index;
            QCOMPARE(history.venue(index).msecs, kStart.addSecs(second).toMSecsSinceEpoch());
            QCOMPARE(history.venue(index).liveConnections, float(second));
        }
    }

    void memoryIsFixed()
    {
        HealthHistory history;
        history.add(sampleAt(0, {table(1, 0), table(2, 0)}));
        const std::size_t afterFirst = history.memoryBytes();
        for (int second = 1; second < 3 * HealthHistory::kHour; ++second)
            history.add(sampleAt(second, {table(1, second), table(2, second)}));
        QCOMPARE(history.memoryBytes(), afterFirst);
    }

    void droppedFramesASecond()
    {
        HealthHistory history(10);
        history.add(sampleAt(0, {table(1, 100)}));
        history.add(sampleAt(1, {table(1, 130)}));
        history.add(sampleAt(3, {table(1, 170)}));
        history.add(sampleAt(4, {table(1, 5)})); // the camera started again: 5 since
        QCOMPARE(history.table(1, 0).droppedPerSecond, 0.0f);
        QCOMPARE(history.table(1, 1).droppedPerSecond, 30.0f);
        QCOMPARE(history.table(1, 2).droppedPerSecond, 20.0f);
        QCOMPARE(history.table(1, 3).droppedPerSecond, 5.0f);
    }

    void tablesComeAndGo()
    {
        HealthHistory history(5);
        history.add(sampleAt(0, {table(1, 0, 58)}));
        history.add(sampleAt(1, {table(1, 0, 57), table(2, 0, 44)}));
        history.add(sampleAt(2, {table(2, 0, 43)}));
        QCOMPARE(history.tableIds(), std::vector<qint64>({1, 2}));
        QVERIFY(!history.table(2, 0).isPresent()); // not there yet
        QCOMPARE(history.table(2, 1).processedFramesPerSecond, 44.0f);
        QVERIFY(!history.table(1, 2).isPresent()); // gone
        QCOMPARE(history.tableName(2), QStringLiteral("Table 2"));
        for (int second = 3; second < 8; ++second)
            history.add(sampleAt(second, {table(2, 0, 43)}));
        QCOMPARE(history.tableIds(), std::vector<qint64>({2})); // unseen for a whole ring
    }
};

QTEST_GUILESS_MAIN(tst_HealthHistory)
#include "tst_healthhistory.moc"
