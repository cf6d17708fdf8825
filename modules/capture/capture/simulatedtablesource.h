#pragma once

#include "capture/framesource.h"
#include "capture/sourcespec.h"

#include <simulation/simulatedgame.h>
#include <simulation/tableplayback.h>
#include <simulation/tablerenderer.h>

#include <QThread>

#include <atomic>
#include <memory>

namespace dojo::capture {

// What the simulated table plays and how its camera sees it.
struct SimulatedTableSettings
{
    simulation::GameSettings game;
    simulation::RenderSettings render;
    double framesPerSecond = 60.0;
};

// The settings a `sim:SEED` source text names: the seed, the game and the table size,
// the camera's resolution and frame rate; the rest are the simulated camera's defaults.
SimulatedTableSettings simulatedTableSettings(const SourceSpec &spec);

// The simulated table as a camera: two simulated players play on the physics engine and the
// renderer draws each frame, on a thread of its own, paced by the clock at the frame rate.
// Each frame carries the truth (every ball's table position); each shot, once its balls rest,
// is announced with its SHOT and ruling. Frames the queue's consumer misses are dropped there;
// frames this thread could not draw in time are skipped, as a camera's would be.
class SimulatedTableSource : public FrameSource
{
    Q_OBJECT

public:
    SimulatedTableSource(const SimulatedTableSettings &settings, FrameQueue &queue,
                         const QElapsedTimer &clock, QObject *parent = nullptr);
    ~SimulatedTableSource() override;

    void start() override;
    void stop() override;

    const SimulatedTableSettings &settings() const { return m_settings; }
    long long framesSkipped() const { return m_skipped; }

Q_SIGNALS:
    // A shot was struck: what its player announced (choices, call, push-out) is known now.
    void shotStruck(const dojo::simulation::PlayedShot &shot);
    // A shot's balls came to rest (delivered on this object's thread).
    void shotFinished(const dojo::simulation::FinishedShot &shot);

private:
    void run();

    SimulatedTableSettings m_settings;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<long long> m_skipped{0};
};

} // namespace dojo::capture

Q_DECLARE_METATYPE(dojo::simulation::FinishedShot)
Q_DECLARE_METATYPE(dojo::simulation::PlayedShot)
