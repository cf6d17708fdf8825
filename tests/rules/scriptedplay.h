#pragma once

#include <core/shotrecord.h>
#include <rules/match.h>
#include <rules/step.h>

#include <QRandomGenerator>
#include <QString>

namespace dojo::rules::play {

// Plays a match of any game from a seed: the same seed and the same match state give the
// same step, so a test can rebuild what a killed process played. Every step it gives is
// one the rules accept (only balls on the table, only offered choices).
class ScriptedPlay
{
public:
    explicit ScriptedPlay(quint32 seed, bool withCorrections = true);

    Step next(const Match &match);

private:
    ShotRecord breakShot(const RackState &rack);
    ShotRecord playShot(const RackState &rack);
    Correction correction(const Match &match);
    int randomBall(BallSet balls);
    PocketId randomPocket();

    QRandomGenerator m_random;
    bool m_withCorrections = true;
};

} // namespace dojo::rules::play
