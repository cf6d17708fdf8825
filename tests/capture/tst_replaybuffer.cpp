// The venue's replay buffer: one memory budget for every table, the oldest shots dropped
// first, the newest kept even alone over the budget, a shot handed out staying whole.

#include <capture/replaybuffer.h>

#include <QSignalSpy>
#include <QTest>

#include <thread>
#include <vector>

using namespace dojo;

namespace {

std::shared_ptr<const capture::ReplayShot> shotOf(qint64 table, int number, int frames,
                                                  int bytesPerFrame)
{
    auto shot = std::make_shared<capture::ReplayShot>();
    shot->tableId = table;
    shot->number = number;
    for (int i = 0; i < frames; ++i) {
        capture::ReplayFrame frame;
        frame.frame = i;
        frame.jpeg = QByteArray(bytesPerFrame, char(i));
        frame.balls.resize(16);
        shot->frames.push_back(std::move(frame));
    }
    return shot;
}

} // namespace

class TestReplayBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsShotsByTable();
    void dropsTheOldestAcrossTables();
    void keepsTheNewestAloneOverBudget();
    void aShotHandedOutStaysWhole();
    void tablesAddFromTheirOwnThreads();
};

void TestReplayBuffer::holdsShotsByTable()
{
    capture::ReplayBuffer buffer;
    QSignalSpy added(&buffer, &capture::ReplayBuffer::shotAdded);
    buffer.add(shotOf(1, 1, 10, 1000));
    buffer.add(shotOf(2, 1, 10, 1000));
    buffer.add(shotOf(1, 2, 10, 1000));
    QCOMPARE(added.count(), 3);
    QCOMPARE(added.at(2).at(0).toLongLong(), 1);
    QCOMPARE(added.at(2).at(1).toInt(), 2);
    QCOMPARE(buffer.shotsOf(1).size(), size_t(2));
    QCOMPARE(buffer.shotsOf(1).front()->number, 1);
    QCOMPARE(buffer.lastShotOf(1)->number, 2);
    QCOMPARE(buffer.shot(2, 1)->tableId, 2);
    QVERIFY(!buffer.shot(2, 2));
    QVERIFY(!buffer.lastShotOf(3));
    QVERIFY(buffer.bytes() >= 30 * 1000);
    QCOMPARE(buffer.dropped(), 0);
}

void TestReplayBuffer::dropsTheOldestAcrossTables()
{
    const qint64 oneShot = shotOf(1, 1, 10, 100000)->bytes();
    capture::ReplayBuffer buffer(oneShot * 3 + oneShot / 2);
    buffer.add(shotOf(1, 1, 10, 100000));
    buffer.add(shotOf(2, 1, 10, 100000));
    buffer.add(shotOf(1, 2, 10, 100000));
    QCOMPARE(buffer.dropped(), 0);
    buffer.add(shotOf(3, 1, 10, 100000));
    QCOMPARE(buffer.dropped(), 1);
    QVERIFY(!buffer.shot(1, 1)); // the oldest, whichever table
    QVERIFY(buffer.shot(2, 1));
    QVERIFY(buffer.shot(1, 2));
    QVERIFY(buffer.shot(3, 1));
    QVERIFY(buffer.bytes() <= buffer.budget());
}

void TestReplayBuffer::keepsTheNewestAloneOverBudget()
{
    capture::ReplayBuffer buffer(1000);
    buffer.add(shotOf(1, 1, 10, 1000));
    buffer.add(shotOf(1, 2, 10, 1000));
    QCOMPARE(buffer.shotsOf(1).size(), size_t(1));
    QCOMPARE(buffer.lastShotOf(1)->number, 2);
    QCOMPARE(buffer.dropped(), 1);
}

void TestReplayBuffer::aShotHandedOutStaysWhole()
{
    capture::ReplayBuffer buffer(1000);
    buffer.add(shotOf(1, 1, 5, 500));
    const std::shared_ptr<const capture::ReplayShot> held = buffer.shot(1, 1);
    buffer.add(shotOf(1, 2, 5, 500));
    QVERIFY(!buffer.shot(1, 1));
    QCOMPARE(held->frames.size(), size_t(5));
    QCOMPARE(held->frames[4].jpeg.size(), 500);
}

void TestReplayBuffer::tablesAddFromTheirOwnThreads()
{
    const qint64 oneShot = shotOf(1, 1, 4, 10000)->bytes();
    capture::ReplayBuffer buffer(oneShot * 20);
    std::vector<std::thread> tables;
    for (int table = 1; table <= 4; ++table) {
        tables.emplace_back([&buffer, table] {
            for (int number = 1; number <= 50; ++number)
                buffer.add(shotOf(table, number, 4, 10000));
        });
    }
    for (std::thread &table : tables)
        table.join();
    QVERIFY(buffer.bytes() <= buffer.budget());
    QCOMPARE(buffer.dropped(), 200 - 20);
    size_t held = 0;
    for (int table = 1; table <= 4; ++table) {
        const auto shots = buffer.shotsOf(table);
        held += shots.size();
        // What a table still has is its newest shots, in order.
        for (size_t i = 0; i < shots.size(); ++i)
            QCOMPARE(shots[i]->number, 50 - int(shots.size()) + 1 + int(i));
    }
    QCOMPARE(held, size_t(20));
}

QTEST_GUILESS_MAIN(TestReplayBuffer)
#include "tst_replaybuffer.moc"
