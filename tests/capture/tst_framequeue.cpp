#include "capture/framequeue.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace dojo::capture;

namespace {

Frame numbered(long long number, const QImage &image)
{
    Frame frame;
    frame.image = image;
    frame.number = number;
    return frame;
}

} // namespace

class TestFrameQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latestWins();
    void cuesOnlyAnEmptySlot();
    void slowConsumerDropsAndNeverBlocks();
};

void TestFrameQueue::latestWins()
{
    FrameQueue queue;
    QVERIFY(!queue.take());
    const QImage image(4, 4, QImage::Format_RGB32);
    for (long long number = 0; number < 3; ++number)
        queue.push(numbered(number, image));

    const std::optional<Frame> taken = queue.take();
    QVERIFY(taken);
    QCOMPARE(taken->number, 2);
    QVERIFY(!queue.take());
    const FrameQueueCounts counts = queue.counts();
    QCOMPARE(counts.pushed, 3);
    QCOMPARE(counts.taken, 1);
    QCOMPARE(counts.dropped, 2);
}

void TestFrameQueue::cuesOnlyAnEmptySlot()
{
    FrameQueue queue;
    int cues = 0;
    queue.setOnFrame([&cues] { ++cues; });
    const QImage image(4, 4, QImage::Format_RGB32);

    queue.push(numbered(0, image));
    queue.push(numbered(1, image));
    queue.push(numbered(2, image));
    QCOMPARE(cues, 1); // the second and third found a frame waiting
    QVERIFY(queue.take());
    queue.push(numbered(3, image));
    QCOMPARE(cues, 2);
}

// A producer pushes 1000 frames as fast as it can while the consumer sleeps over each frame
// it takes: the newest frame wins, the rest are dropped and counted, and the producer finishes
// long before the consumer could have taken them all.
void TestFrameQueue::slowConsumerDropsAndNeverBlocks()
{
    constexpr long long kFrames = 1000;
    FrameQueue queue;
    const QImage image(64, 48, QImage::Format_RGB32);
    std::atomic<bool> producing{true};
    std::atomic<long long> takenWhenProduced{-1};

    std::vector<long long> takenNumbers;
    std::thread consumer([&] {
        while (producing.load() || queue.counts().taken + queue.counts().dropped < kFrames) {
            if (std::optional<Frame> frame = queue.take())
                takenNumbers.push_back(frame->number);
            // The consumer works on its frame holding no lock.
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    std::thread producer([&] {
        for (long long number = 0; number < kFrames; ++number)
            queue.push(numbered(number, image));
        takenWhenProduced = queue.counts().taken;
        producing = false;
    });
    producer.join();
    consumer.join();

    const FrameQueueCounts counts = queue.counts();
    QCOMPARE(counts.pushed, kFrames);
    QCOMPARE(counts.taken + counts.dropped, kFrames);
    QVERIFY(counts.dropped > 0);
    QCOMPARE(static_cast<long long>(takenNumbers.size()), counts.taken);
    // Every push returned while the consumer had taken only a few frames: it never waited.
    QVERIFY2(takenWhenProduced.load() < kFrames / 2,
             qPrintable(QStringLiteral("taken %1").arg(takenWhenProduced.load())));
    // Newer frames only, and the last one pushed is never lost.
    for (std::size_t i = 1; i < takenNumbers.size(); ++i)
        QVERIFY(takenNumbers[i] > takenNumbers[i - 1]);
    QCOMPARE(takenNumbers.back(), kFrames - 1);
}

QTEST_GUILESS_MAIN(TestFrameQueue)
#include "tst_framequeue.moc"
