#include "rules/match.h"

namespace dojo::rules {

Match::Match(const MatchSetup &setup)
    : m_setup(setup)
    , m_rack(newRack(setup.game, setup.firstBreaker))
    , m_score(setup.startingScore)
{
    m_statistics.recordNewRack(setup.firstBreaker);
    if (m_setup.raceTo > 0) {
        for (Seat seat : {0, 1}) {
            if (m_score[size_t(seat)] >= m_setup.raceTo)
                m_winner = seat;
        }
    }
}

QString Match::refusal() const
{
    return m_winner ? QStringLiteral("the match is over") : QString();
}

StepOutcome Match::shoot(const ShotRecord &shot)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {std::nullopt, why};
    const Seat shooter = m_rack.turn;
    RackStep step = rules::shoot(m_rack, shot, m_setup.options);
    if (step.ok())
        m_statistics.recordShot(shooter, shot, step);
    return settle(std::move(step));
}

StepOutcome Match::decide(Choice choice)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {std::nullopt, why};
    RackStep step = rules::decide(m_rack, choice);
    if (step.ok())
        m_statistics.recordDecision(step);
    return settle(std::move(step));
}

StepOutcome Match::declareStalemate()
{
    if (const QString why = refusal(); !why.isEmpty())
        return {std::nullopt, why};
    RackStep step = rules::declareStalemate(m_rack);
    if (step.ok())
        m_statistics.recordDecision(step);
    return settle(std::move(step));
}

StepOutcome Match::correct(const Correction &correction)
{
    if (correction.rack.game != m_setup.game)
        return {std::nullopt, QStringLiteral("a correction cannot change the game")};
    RackStep step;
    step.after = correction.rack;
    m_score = correction.score;
    m_winner.reset();
    describeRack(step.after, step.ruling);
    return settle(std::move(step));
}

StepOutcome Match::settle(RackStep step)
{
    if (!step.ok())
        return {std::nullopt, step.error};
    Ruling ruling = step.ruling;
    const bool straightPool = m_setup.game == Game::StraightPool;
    if (straightPool) {
        for (Seat seat : {0, 1})
            m_score[size_t(seat)] += step.points[size_t(seat)];
    } else if (step.after.winner) {
        ++m_score[size_t(*step.after.winner)];
    }

    if (m_setup.raceTo > 0 && !m_winner) {
        for (Seat seat : {0, 1}) {
            if (m_score[size_t(seat)] >= m_setup.raceTo) {
                m_winner = seat;
                break;
            }
        }
    }
    ruling.score = m_score;
    ruling.matchWinner = m_winner;

    if (straightPool && m_winner) {
        // 14.1 ends only when the race is won.
        step.after.over = true;
        step.after.winner = m_winner;
        ruling.rackOver = true;
        ruling.winner = m_winner;
    }

    if (step.after.over) {
        m_statistics.recordRackEnd(step.after.winner);
        Seat next = step.after.breaker;
        if (step.after.winner) {
            next = m_setup.breakRule == BreakRule::Alternate ? other(step.after.breaker)
                                                             : *step.after.winner;
        } else if (step.after.nextBreaker) {
            next = *step.after.nextBreaker;
        }
        ruling.breaker = next;
        ruling.options = {};
        ruling.pushOutAllowed = false;
        ruling.ballInHand = BallInHand::BehindHeadString;
        if (m_winner) {
            ruling.turn.reset();
            m_rack = step.after;
        } else {
            ruling.turn = next;
            m_rack = newRack(m_setup.game, next);
            ++m_rackNumber;
            m_statistics.recordNewRack(next);
        }
        return {ruling, {}};
    }
    m_rack = step.after;
    if (m_winner)
        ruling.turn.reset();
    return {ruling, {}};
}

} // namespace dojo::rules
