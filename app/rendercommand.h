#pragma once

#include "command.h"
#include "videofilewriter.h"

#include <simulation/simulatedgame.h>
#include <simulation/tablerenderer.h>

#include <QString>

namespace dojo::app {

// What render was asked on the command line (docs/tracking.md).
struct RenderCommandLine
{
    unsigned long long seed = 1;
    int shots = 0;
    QString outDir;
    simulation::GameSettings game;
    simulation::RenderSettings render;
    double framesPerSecond = 60.0;
    VideoCodec codec = VideoCodec::H264;
};

// `dojopool render --seed S --shots N --out DIR [options]`: the simulated table played and
// filmed, written as DIR/video.<ext> and DIR/truth.jsonl.
Command renderCommand();

} // namespace dojo::app
