// The demo venue live in the window, measured: its 4 simulated tables at 1080p60, tracked and
// refereed, with their table screens open, for CPU (cores used) and memory (resident set),
// against a baseline run in the same process with no screens; per table the frames tracked a
// second, the time per tracked frame, the shots tracked, ruled and waiting for a referee. Also
// the frame path's cost from a source to the screen: time per frame and pixel copies per
// frame. Prints, never asserts.
//
//   bench_venuecameras [SECONDS per phase, default 20]

#include "../../app/venuecameras.h"

#include <capture/framesource.h>
#include <capture/tablecamera.h>
#include <mainwindow/mainwindow.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <tablescreen/tablescreen.h>
#include <venue/demovenue.h>
#include <venue/venuemodel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace dojo;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// VmRSS and VmHWM of this process, in MB.
std::pair<double, double> memoryMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = 0;
    double peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.size() >= 2 && words[0] == "VmRSS:")
                rss = words[1].toDouble() / 1024;
            if (words.size() >= 2 && words[0] == "VmHWM:")
                peak = words[1].toDouble() / 1024;
        }
    }
    return {rss, peak};
}

void runFor(double seconds)
{
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
}

struct Phase
{
    double cores = 0;
    double rss = 0;
    double framesIn = 0;
    double framesShown = 0;
    long long dropped = 0;
    QStringList tables; // one line each
};

Phase measure(app::VenueCameras &cameras, double seconds)
{
    runFor(2.0); // settle: every scene drawn, every thread running
    long long droppedBefore = 0;
    for (qint64 id : cameras.tableIds())
        droppedBefore += cameras.camera(id)->health().framesDropped;
    const double cpu = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    runFor(seconds);
    Phase phase;
    phase.cores = (cpuSeconds() - cpu) / (double(wall.nsecsElapsed()) / 1e9);
    phase.rss = memoryMegabytes().first;
    for (qint64 id : cameras.tableIds()) {
        const capture::SourceHealth health = cameras.camera(id)->health();
        phase.framesIn += health.framesInPerSecond;
        phase.framesShown += health.framesProcessedPerSecond;
        phase.dropped += health.framesDropped;
        const venue::TableReferee *referee = cameras.referee(id);
        int ruled = 0;
        for (const venue::RefereedShot &shot : referee->shots())
            ruled += shot.state == venue::RefereedShot::State::Ruled ? 1 : 0;
        phase.tables << QStringLiteral("table %1: %2 frames/s in, %3 tracked, %4 ms a tracked "
                                       "frame; %5 shots tracked, %6 ruled, %7 waiting for a "
                                       "referee")
                            .arg(id)
                            .arg(health.framesInPerSecond, 0, 'f', 1)
                            .arg(health.framesProcessedPerSecond, 0, 'f', 1)
                            .arg(health.millisecondsPerFrame, 0, 'f', 1)
                            .arg(cameras.tracking(id)->latest().shots)
                            .arg(ruled)
                            .arg(referee->waiting());
    }
    phase.dropped -= droppedBefore;
    return phase;
}

// A source that hands on one prepared frame as fast as it is asked, for the frame path.
class StillSource : public capture::FrameSource
{
public:
    StillSource(QImage image, capture::FrameQueue &queue, const QElapsedTimer &clock)
        : FrameSource(queue, clock)
        , m_image(std::move(image))
    {
    }
    void start() override { setState(capture::SourceState::Running); }
    void stop() override { setState(capture::SourceState::Stopped); }
    void push() { deliver(m_image); }

private:
    QImage m_image;
};

void framePath()
{
    QImage picture(1920, 1080, QImage::Format_RGB32);
    picture.fill(Qt::darkGreen);
    const uchar *pixels = picture.constBits();
    StillSource *source = nullptr;
    capture::TableCamera camera(
        capture::SourceSpec{},
        [&](const capture::SourceSpec &, capture::FrameQueue &queue, const QElapsedTimer &clock) {
            auto made = std::make_unique<StillSource>(picture, queue, clock);
            source = made.get();
            return made;
        });
    camera.start();
    const int frames = 20000;
    int copies = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i) {
        source->push();
        const std::optional<capture::Frame> frame = camera.takeFrame();
        if (!frame || frame->image.constBits() != pixels)
            ++copies;
    }
    const double perFrame = double(timer.nsecsElapsed()) / 1e3 / frames;
    // The baseline: one copy of a 1080p frame's pixels, as a source converting a camera's frame
    // into the queue makes.
    QElapsedTimer copyTimer;
    copyTimer.start();
    const int copiesToTime = 200;
    for (int i = 0; i < copiesToTime; ++i) {
        QImage copy = picture.copy();
        if (copy.constBits() == pixels)
            std::puts("impossible");
    }
    const double perCopy = double(copyTimer.nsecsElapsed()) / 1e3 / copiesToTime;
    std::printf("frame path, source to the screen's latest frame: %.2f us per frame, %d pixel "
                "copies in %d frames; one 1080p copy: %.0f us (path = %.4f of a copy)\n",
                perFrame, copies, frames, perCopy, perFrame / perCopy);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const double seconds = argc > 1 ? std::max(2.0, std::atof(argv[1])) : 20.0;

    framePath();

    QTemporaryDir data;
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(data.path()));
    if (!opened) {
        std::fprintf(stderr, "bench_venuecameras: %s\n", qPrintable(opened.error()));
        return 1;
    }
    storage::VenueRepository venues(**opened);
    if (!venue::ensureDemoVenue(venues)) {
        std::fprintf(stderr, "bench_venuecameras: no demo venue\n");
        return 1;
    }
    QSettings settings(data.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    venue::VenueModel model(**opened);
    const double rssBefore = memoryMegabytes().first;
    ui::MainWindow window(model, settings);
    app::VenueCameras cameras(opened->get());
    cameras.showTables(model.tables());
    window.setTableFeeds([&cameras](qint64 tableId) {
        return ui::TableFeed{cameras.camera(tableId), cameras.scoreboard(tableId),
                             cameras.tracking(tableId), cameras.referee(tableId),
                             &cameras.replays()};
    });
    window.resize(1600, 900);
    window.show();

    const Phase alone = measure(cameras, seconds);
    for (const venue::Table &table : model.tables()) {
        if (ui::TableScreen *screen = window.openTableScreen(table.id))
            screen->resize(1600, 900);
    }
    const Phase withScreens = measure(cameras, seconds);
    const auto [rss, peak] = memoryMegabytes();
    cameras.stopAll();

    std::printf("4 simulated tables at 1080p60, %.0f s per phase, on %d cores\n", seconds,
                QThread::idealThreadCount());
    std::printf("  window and cameras, no table screens: %.2f cores, %.0f MB resident, "
                "%.1f frames/s in, %.1f tracked, %lld dropped\n",
                alone.cores, alone.rss, alone.framesIn, alone.framesShown, alone.dropped);
    for (const QString &line : alone.tables)
        std::printf("    %s\n", qPrintable(line));
    std::printf("  with the 4 table screens open:         %.2f cores, %.0f MB resident, "
                "%.1f frames/s in, %.1f tracked, %lld dropped\n",
                withScreens.cores, withScreens.rss, withScreens.framesIn, withScreens.framesShown,
                withScreens.dropped);
    for (const QString &line : withScreens.tables)
        std::printf("    %s\n", qPrintable(line));
    std::printf("  replays held: %.0f MB of %.0f MB, %d shots dropped\n",
                double(cameras.replays().bytes()) / 1048576.0,
                double(cameras.replays().budget()) / 1048576.0, cameras.replays().dropped());
    std::printf("  screens cost %.2fx the cameras alone; peak resident %.0f MB (%.0f MB before the "
                "window); goal: under 1 core and 400 MB\n",
                withScreens.cores / std::max(alone.cores, 1e-9), peak, rssBefore);
    return 0;
}
