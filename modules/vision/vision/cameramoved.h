#pragma once

#include "vision/calibration.h"

#include <vector>

namespace cv {
class Mat;
}

namespace dojo::vision {

// What one look at the rails found: how many of the points sampled along the cushion noses
// still show the nose's edge where the calibration puts it.
struct RailCheck
{
    int samples = 0;   // points along the four noses in the picture, pocket mouths left out
    int agreeing = 0;  // the nose's edge lies within a few pixels of where it should
    int displaced = 0; // the rail's look is found clearly, but a few pixels off its line
    // Rails where most points disagree: a camera shifted along the long rails moves only the
    // short ones' edges, so it is counted per rail, not over the table.
    int railsDisagreeing = 0;
    // Consecutive checks, this one included, that disagreed: two rails or more disagreeing, or
    // one rail with most of its points displaced (a camera turned about the head end).
    int checksInARow = 0;
    bool moved = false; // the camera has moved: calibrate again

    double agreeingShare() const { return samples > 0 ? double(agreeing) / samples : 0.0; }
};

// Tells when a table's camera has been knocked: the cushion noses no longer lie where the
// calibration puts them. The first picture after a calibration must show each nose's edge on
// its line; the rail's look across it is then learnt, and later pictures must show that look
// there, not a few pixels off (a rail has several edges: the nose, the cushion's back, the wood).
// Fed one picture every so often (every 30th frame is plenty), it reads a few thousand pixels.
// Balls on the cushions or a player's arm over a rail hide some points, so it says "moved" only
// when most points of two rails disagree, or one rail is seen whole but elsewhere, for a few
// checks in a row; a fresh calibration (setCalibration) starts it again.
class CameraWatch
{
public:
    struct Settings
    {
        int pointsPerLongRail = 32;   // along each long rail, both halves together
        int pointsPerShortRail = 16;  // along each short rail
        double searchPixels = 20.0;   // how far either side of the nose the rail is looked for
        double tolerancePixels = 3.0; // where the edge may lie and still agree
        double minimumStep = 12.0;    // the nose's brightness step, B + G + R levels per pixel
        double agreeingShare = 0.4;   // fewer of a rail's points agreeing: the rail disagrees
        int railsToDisagree = 2;      // rails disagreeing for the check to disagree
        int checksToMove = 3;         // disagreeing checks in a row before "moved"
    };

    explicit CameraWatch(const Calibration &calibration);
    CameraWatch(const Calibration &calibration, const Settings &settings);

    // After a recalibration: the new rails, and no disagreement counted yet.
    void setCalibration(const Calibration &calibration);
    const Calibration &calibration() const { return m_calibration; }

    // Looks at one picture (BGR, 8-bit, the calibration's size; another size is scaled to it).
    RailCheck check(const cv::Mat &picture);
    bool moved() const { return m_inARow >= m_settings.checksToMove; }

private:
    struct Sample
    {
        QPointF nose;   // pixel of the nose at its height
        QPointF inward; // unit vector in the picture, toward the bed
        int rail = 0;   // 0, 1: the long rails (y = 0, y = width); 2, 3: head and foot
        // Brightness across the nose, learnt from the first picture that agreed.
        std::vector<double> reference;
    };
    void placeSamples();

    Calibration m_calibration;
    Settings m_settings;
    std::vector<Sample> m_samples;
    int m_inARow = 0;
};

} // namespace dojo::vision
