#include "capture/tablecamera.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <thread>
#include <vector>

using namespace dojo::capture;

namespace {

constexpr double kUnit = 0.02; // the retry unit the tests use instead of a second

// What the fake camera does when started: fail a given number of times, then play or finish.
struct Script
{
    int failuresLeft = 0;
    bool finishes = false;
    int starts = 0;
    class FakeSource *current = nullptr;
};

// A camera the test plugs and unplugs: frames come when the test pushes them.
class FakeSource : public FrameSource
{
public:
    FakeSource(Script &script, FrameQueue &queue, const QElapsedTimer &clock)
        : FrameSource(queue, clock)
        , m_script(script)
    {
        m_script.current = this;
    }
    ~FakeSource() override
    {
        if (m_script.current == this)
            m_script.current = nullptr;
    }

    void start() override
    {
        ++m_script.starts;
        setState(SourceState::Starting);
        if (m_script.failuresLeft > 0) {
            --m_script.failuresLeft;
            setState(SourceState::Failed, QStringLiteral("The fake camera is unplugged."));
        } else {
            setState(m_script.finishes ? SourceState::Finished : SourceState::Running);
        }
    }
    void stop() override { setState(SourceState::Stopped); }

    void push(int frames)
    {
        const QImage image(8, 6, QImage::Format_RGB32);
        for (int i = 0; i < frames; ++i)
            deliver(image);
    }
    void unplug()
    {
        setState(SourceState::Failed, QStringLiteral("The fake camera is unplugged."));
    }

private:
    Script &m_script;
};

SourceFactory fakes(Script &script)
{
    return [&script](const SourceSpec &, FrameQueue &queue, const QElapsedTimer &clock) {
        return std::make_unique<FakeSource>(script, queue, clock);
    };
}

SourceSpec anySpec()
{
    return *parseSourceSpec(QStringLiteral("camera:0"));
}

} // namespace

class TestTableCamera : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesUpToThirty();
    void framesFlowingResetTheBackoff();
    void cuesOncePerWaitingFrame();
    void healthFigures();
    void finishedIsNotRetried();
    void stopCancelsTheRetry();
    void noSourceForTheSpec();
};

void TestTableCamera::backoffDoublesUpToThirty()
{
    Script script;
    script.failuresLeft = 1000;
    TableCamera camera(anySpec(), fakes(script));
    camera.setRetryUnit(kUnit);

    // Each retry as it is scheduled: the restarts so far and the wait before the next.
    std::vector<int> retries;
    std::vector<double> waits;
    connect(&camera, &TableCamera::healthChanged, this, [&] {
        const SourceHealth health = camera.health();
        if (health.nextRetryIn > 0.0 && (retries.empty() || retries.back() != health.retries)) {
            QCOMPARE(health.state, SourceState::Failed);
            QCOMPARE(health.problem, QStringLiteral("The fake camera is unplugged."));
            retries.push_back(health.retries);
            waits.push_back(health.nextRetryIn);
        }
    });
    camera.start();
    QTRY_VERIFY_WITH_TIMEOUT(waits.size() >= 7, 20000);
    camera.stop();

    const std::vector<double> factors = {1, 2, 4, 8, 16, 30, 30};
    for (std::size_t i = 0; i < factors.size(); ++i) {
        QCOMPARE(retries[i], static_cast<int>(i));
        QVERIFY2(qAbs(waits[i] - factors[i] * kUnit) < 0.01,
                 qPrintable(QStringLiteral("retry %1 waits %2 s").arg(i).arg(waits[i])));
    }
    QCOMPARE(script.starts, 7);
}

void TestTableCamera::framesFlowingResetTheBackoff()
{
    Script script;
    script.failuresLeft = 3;
    TableCamera camera(anySpec(), fakes(script));
    camera.setRetryUnit(kUnit);
    camera.start();

    QTRY_COMPARE_WITH_TIMEOUT(camera.health().state, SourceState::Running, 5000);
    QCOMPARE(script.starts, 4);
    QCOMPARE(camera.health().retries, 3); // running, but no frame yet
    script.current->push(1);
    QTRY_COMPARE(camera.health().retries, 0);

    // The next failure waits one unit again.
    script.current->unplug();
    QTRY_VERIFY(camera.health().nextRetryIn > 0.0);
    QVERIFY(camera.health().nextRetryIn <= kUnit);
    QCOMPARE(camera.health().state, SourceState::Failed);
    QTRY_COMPARE_WITH_TIMEOUT(camera.health().state, SourceState::Running, 5000);
    QCOMPARE(script.starts, 5);
    QCOMPARE(camera.health().retries, 1);
}

void TestTableCamera::cuesOncePerWaitingFrame()
{
    Script script;
    TableCamera camera(anySpec(), fakes(script));
    QSignalSpy arrived(&camera, &TableCamera::frameArrived);
    QSignalSpy latest(&camera, &TableCamera::latestChanged);
    camera.start();
    QVERIFY(camera.latest().image.isNull());

    script.current->push(5);
    QTRY_COMPARE(arrived.count(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(arrived.count(), 1);

    const std::optional<Frame> frame = camera.takeFrame();
    QVERIFY(frame);
    QCOMPARE(frame->number, 4);
    QCOMPARE(latest.count(), 1);
    QCOMPARE(camera.latest().number, 4);
    QVERIFY(camera.latest().image.cacheKey() == frame->image.cacheKey()); // shared, not copied
    QVERIFY(!camera.takeFrame());
    QCOMPARE(latest.count(), 1);
    QCOMPARE(camera.health().framesDropped, 4);

    // Frames from another thread are cued on the camera's thread.
    QThread *cuedOn = nullptr;
    connect(&camera, &TableCamera::frameArrived, this,
            [&cuedOn] { cuedOn = QThread::currentThread(); });
    std::thread producer([&script] { script.current->push(100); });
    producer.join();
    QTRY_COMPARE(arrived.count(), 2);
    QCOMPARE(cuedOn, QThread::currentThread());
    QCOMPARE(camera.takeFrame()->number, 104);
}

void TestTableCamera::healthFigures()
{
    Script script;
    TableCamera camera(anySpec(), fakes(script));
    camera.start();
    QCOMPARE(camera.health().state, SourceState::Running);
    QCOMPARE(camera.health().millisecondsPerFrame, 0.0);

    camera.frameProcessed(10.0);
    camera.frameProcessed(20.0);
    camera.frameProcessed(30.0);
    QCOMPARE(camera.health().millisecondsPerFrame, 20.0);

    script.current->push(50);
    // The next rate update, about a second after the start.
    QTRY_VERIFY_WITH_TIMEOUT(camera.health().framesInPerSecond > 0.0, 5000);
    const SourceHealth figures = camera.health();
    QVERIFY(figures.framesProcessedPerSecond > 0.0);
    QCOMPARE(figures.framesDropped, 49); // nobody took any but the one still waiting
    QCOMPARE(figures.retries, 0);
    QCOMPARE(figures.nextRetryIn, 0.0);
    QVERIFY(figures.problem.isEmpty());

    camera.stop();
    QCOMPARE(camera.health().state, SourceState::Stopped);
    QCOMPARE(camera.health().framesInPerSecond, 0.0);
}

void TestTableCamera::finishedIsNotRetried()
{
    Script script;
    script.finishes = true;
    TableCamera camera(anySpec(), fakes(script));
    camera.setRetryUnit(kUnit);
    camera.start();
    QTRY_COMPARE(camera.health().state, SourceState::Finished);
    QTest::qWait(static_cast<int>(5 * kUnit * 1000));
    QCOMPARE(script.starts, 1);
    QCOMPARE(camera.health().nextRetryIn, 0.0);
}

void TestTableCamera::stopCancelsTheRetry()
{
    Script script;
    script.failuresLeft = 1000;
    TableCamera camera(anySpec(), fakes(script));
    camera.setRetryUnit(kUnit);
    camera.start();
    QTRY_VERIFY(camera.health().nextRetryIn > 0.0);
    camera.stop();
    QTest::qWait(static_cast<int>(5 * kUnit * 1000));
    QCOMPARE(script.starts, 1);
    QCOMPARE(camera.health().state, SourceState::Stopped);
    QCOMPARE(camera.health().nextRetryIn, 0.0);
}

void TestTableCamera::noSourceForTheSpec()
{
    const SourceSpec spec = *parseSourceSpec(QStringLiteral("sim:1"));
    TableCamera camera(spec, [](const SourceSpec &, FrameQueue &, const QElapsedTimer &) {
        return std::unique_ptr<FrameSource>();
    });
    camera.setRetryUnit(kUnit);
    camera.start();
    QCoreApplication::processEvents();
    QCOMPARE(camera.health().state, SourceState::Failed);
    QCOMPARE(camera.health().problem,
             QStringLiteral("DojoPool cannot show the source sim:1 here."));
    QCOMPARE(camera.health().nextRetryIn, 0.0);
    QVERIFY(!camera.source());
}

QTEST_GUILESS_MAIN(TestTableCamera)
#include "tst_tablecamera.moc"
