#pragma once

#include <simulation/cameramodel.h>
#include <vision/calibration.h>

namespace dojo::testsupport {

// The exact calibration of the simulated table's camera: what calibrate() should find in a
// rendered frame, and what the detection tests use to measure themselves without it.
vision::Calibration calibrationOf(const simulation::CameraModel &camera, TableSize table);

} // namespace dojo::testsupport
