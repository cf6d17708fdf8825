// Our live server under the spectators benchmark (tests/bench/live/run.py): one table "Bench"
// whose 16 balls circle for ever, fed to the table 30 times a second as tracking would.
// `bench_live_server --port P` listens on 127.0.0.1:P, prints "ready" and runs until SIGTERM.
// Not a test: the harness measures it beside a Node.js `ws` broadcaster.

#include <live/liveserver.h>
#include <live/livetable.h>

#include <core/ballposition.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QStringList>
#include <QTimer>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <numbers>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace dojo;

namespace {

constexpr int kFeedMs = 33; // 30 Hz, as a camera's tracking would
constexpr double kLength = 2540, kWidth = 1270;

// A signal handler may only write to a file descriptor; the event loop reads the other end.
int g_stopSocket[2] = {-1, -1};

void onStop(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_stopSocket[0], &byte, 1);
    errno = savedErrno;
}

// Ball n circles its own centre at its own speed, so every tick moves every ball smoothly.
std::vector<BallPosition> ballsAt(double seconds)
{
    std::vector<BallPosition> balls;
    for (int n = 0; n < 16; ++n) {
        const double cx = 250 + 290 * (n % 8), cy = n < 8 ? 380 : 890;
        const double radius = 120 + 8 * n;
        const double angle = (0.6 + 0.07 * n) * 2 * std::numbers::pi * seconds + n;
        const double x = std::clamp(cx + radius * std::cos(angle), 0.0, kLength);
        const double y = std::clamp(cy + radius * std::sin(angle), 0.0, kWidth);
        balls.push_back(BallPosition{n, Vec2{x, y}});
    }
    return balls;
}

} // namespace

int main(int argc, char **argv)
{
    // As dojopool serve runs (app/main.cpp): Qt's Unix event loop, unless told otherwise.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype portAt = args.indexOf(QStringLiteral("--port"));
    const quint16 port = portAt >= 0 && portAt + 1 < args.size() ? args[portAt + 1].toUShort() : 0;

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_stopSocket) != 0) {
        std::perror("socketpair");
        return 1;
    }
    QSocketNotifier stopNotifier(g_stopSocket[1], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onStop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    live::LiveServer server;
    live::LiveLimits limits;
    limits.maxConnections = 5000;
    server.setLimits(limits);
    server.setVenueName(QStringLiteral("Bench"));
    live::LiveTable *table = server.addTable(
        live::LiveTableInfo{1, QStringLiteral("Bench"), TableSize::NineFoot, {}, {}});

    QElapsedTimer clock;
    clock.start();
    QTimer feed;
    feed.setTimerType(Qt::PreciseTimer);
    feed.setInterval(kFeedMs);
    QObject::connect(&feed, &QTimer::timeout, table,
                     [&] { table->showBalls(ballsAt(clock.elapsed() / 1000.0)); });

    const Result<quint16> listening = server.listen(QHostAddress::LocalHost, port);
    if (!listening) {
        std::fprintf(stderr, "%s\n", qPrintable(listening.error()));
        return 1;
    }
    table->showBalls(ballsAt(0));
    feed.start();
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
