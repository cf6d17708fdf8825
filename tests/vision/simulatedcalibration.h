#pragma once

#include <simulation/cameramodel.h>
#include <vision/calibration.h>

#include <core/shotrecord.h>

#include <QString>

namespace dojo::testsupport {

// The exact calibration of the simulated table's camera: what calibrate() should find in a
// rendered frame, and what the detection tests use to measure themselves without it.
vision::Calibration calibrationOf(const simulation::CameraModel &camera, TableSize table);

// A SHOT on one line, to show what differed: "break 0, first 2, pocketed 2:foot-left, rails 2".
QString shotText(const ShotRecord &shot);

} // namespace dojo::testsupport
