#pragma once

#include <simulation/cameramodel.h>
#include <vision/calibration.h>

#include <core/shotrecord.h>

#include <QImage>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace dojo::testsupport {

// The exact calibration of the simulated table's camera: what calibrate() should find in a
// rendered frame, and what the detection tests use to measure themselves without it.
vision::Calibration calibrationOf(const simulation::CameraModel &camera, TableSize table);

// The BGR picture of a rendered frame (Format_RGB32), as the tracker takes it.
cv::Mat bgrPicture(const QImage &frame);

// A SHOT on one line, to show what differed: "break 0, first 2, pocketed 2:foot-left, rails 2".
QString shotText(const ShotRecord &shot);

} // namespace dojo::testsupport
