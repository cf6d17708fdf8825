#include "capture/simulatedtablesource.h"

#include "capture/sourcespec.h"

#include <rules/game.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <thread>

namespace dojo::capture {

SimulatedTableSettings simulatedTableSettings(const SourceSpec &spec)
{
    SimulatedTableSettings settings;
    settings.game.seed = spec.seed;
    settings.game.game
        = spec.game == QLatin1String("8-ball") ? rules::Game::EightBall : rules::Game::NineBall;
    settings.game.table = tableSizeFromKey(spec.tableSize).value_or(TableSize::NineFoot);
    settings.render.table = settings.game.table;
    settings.render.seed = spec.seed;
    if (!spec.resolution.isEmpty())
        settings.render.camera.resolution = spec.resolution;
    if (spec.framesPerSecond > 0)
        settings.framesPerSecond = spec.framesPerSecond;
    return settings;
}

SimulatedTableSource::SimulatedTableSource(const SimulatedTableSettings &settings,
                                           FrameQueue &queue, const QElapsedTimer &clock,
                                           QObject *parent)
    : FrameSource(queue, clock, parent)
    , m_settings(settings)
{
    qRegisterMetaType<simulation::FinishedShot>();
    qRegisterMetaType<simulation::PlayedShot>();
}

SimulatedTableSource::~SimulatedTableSource()
{
    stop();
}

void SimulatedTableSource::start()
{
    if (m_thread)
        return;
    setState(SourceState::Starting);
    m_running = true;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("simulated table %1").arg(m_settings.game.seed));
    m_thread->start();
}

void SimulatedTableSource::stop()
{
    if (!m_thread)
        return;
    m_running = false;
    m_thread->wait();
    m_thread.reset();
    setState(SourceState::Stopped);
}

// The camera's clock: frame n is exposed around n / fps seconds after the start, its
// shutter open for the exposure centred there; a frame drawn late is skipped, not queued.
void SimulatedTableSource::run()
{
    const simulation::TableRenderer renderer(m_settings.render);
    simulation::TablePlayback playback(m_settings.game);
    const double fps = m_settings.framesPerSecond;
    const double halfExposure = std::min(m_settings.render.exposure, 1.0 / fps) / 2;
    std::vector<simulation::BallPose> opens;
    std::vector<simulation::BallPose> closes;
    QElapsedTimer pace;
    pace.start();
    long long frame = 0;
    bool announced = false;
    while (m_running) {
        const double t = double(frame) / fps;
        opens = playback.advanceTo(std::max(0.0, t - halfExposure));
        const std::vector<simulation::BallPose> &middle = playback.advanceTo(t);
        auto truth = std::make_shared<std::vector<BallPosition>>();
        truth->reserve(middle.size());
        for (const simulation::BallPose &pose : middle)
            truth->push_back({pose.number, pose.position});
        closes = playback.advanceTo(t + halfExposure);
        deliver(renderer.render(opens, closes, frame), std::move(truth));
        if (!announced) {
            announced = true;
            QMetaObject::invokeMethod(this, [this] { setState(SourceState::Running); });
        }
        for (simulation::PlayedShot &shot : playback.takeStruckShots()) {
            QMetaObject::invokeMethod(this,
                                      [this, shot = std::move(shot)] { Q_EMIT shotStruck(shot); });
        }
        for (simulation::FinishedShot &shot : playback.takeFinishedShots()) {
            QMetaObject::invokeMethod(
                this, [this, shot = std::move(shot)] { Q_EMIT shotFinished(shot); });
        }
        // Wait for the next frame's time; when drawing fell behind, skip to the frame due now.
        const double elapsed = double(pace.nsecsElapsed()) / 1e9;
        long long next = frame + 1;
        const long long due = static_cast<long long>(std::floor(elapsed * fps));
        if (due > next) {
            m_skipped += due - next;
            next = due;
        }
        const double wait = double(next) / fps - elapsed;
        if (wait > 0)
            std::this_thread::sleep_for(std::chrono::duration<double>(wait));
        frame = next;
    }
}

} // namespace dojo::capture
