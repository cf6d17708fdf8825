#pragma once

#include <core/shotrecord.h>
#include <rules/match.h>

#include <QRandomGenerator>
#include <QString>

namespace dojo::venuetest {

// One step a scripted match takes: a shot, a choice, a stalemate or a referee's correction.
struct ScriptStep
{
    enum class Kind { Shot, Decision, Stalemate, Correction };
    Kind kind = Kind::Shot;
    ShotRecord shot;
    rules::Choice choice = rules::Choice::Shoot;
    rules::Correction correction;
};

// Plays a match of any game from a seed: the same seed and the same match state give the
// same step, so a test can rebuild what a killed process played. Every step it gives is
// one the rules accept (only balls on the table, only offered choices).
class ScriptedPlay
{
public:
    explicit ScriptedPlay(quint32 seed, bool withCorrections = true);

    ScriptStep next(const rules::Match &match);

private:
    ScriptStep breakShot(const rules::RackState &rack);
    ScriptStep playShot(const rules::RackState &rack);
    ScriptStep correction(const rules::Match &match);
    int randomBall(rules::BallSet balls);
    PocketId randomPocket();

    QRandomGenerator m_random;
    bool m_withCorrections = true;
};

rules::StepOutcome play(rules::Match &match, const ScriptStep &step);

} // namespace dojo::venuetest
