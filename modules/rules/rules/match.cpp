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

Result<RackStep, Refusal> Match::rackStep(const Step &step)
{
    switch (kindOf(step)) {
    case StepKind::Shot: return rules::shoot(m_rack, std::get<ShotRecord>(step), m_setup.options);
    case StepKind::Decision: return rules::decide(m_rack, std::get<Choice>(step));
    case StepKind::Stalemate: return rules::declareStalemate(m_rack);
    case StepKind::Correction: {
        const Correction &correction = std::get<Correction>(step);
        if (correction.rack.game != m_setup.game) {
            Refusal refusal;
            refusal.reason = RefusalReason::CorrectionChangesGame;
            return Unexpected(refusal);
        }
        RackStep corrected;
        corrected.after = correction.rack;
        describeRack(corrected.after, corrected.ruling);
        return corrected;
    }
    }
    return Unexpected(Refusal{});
}

Result<Ruling, Refusal> Match::apply(const Step &step)
{
    const bool correction = kindOf(step) == StepKind::Correction;
    if (m_winner && !correction) {
        Refusal refusal;
        refusal.reason = RefusalReason::MatchOver;
        return Unexpected(refusal);
    }
    const Seat shooter = m_rack.turn;
    Result<RackStep, Refusal> ruled = rackStep(step);
    if (!ruled)
        return Unexpected(ruled.error());
    switch (kindOf(step)) {
    case StepKind::Shot:
        m_statistics.recordShot(shooter, std::get<ShotRecord>(step), *ruled);
        break;
    case StepKind::Decision:
    case StepKind::Stalemate: m_statistics.recordDecision(*ruled); break;
    case StepKind::Correction:
        m_score = std::get<Correction>(step).score;
        m_winner.reset();
        break;
    }
    return settle(*ruled);
}

Ruling Match::settle(RackStep step)
{
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
        return ruling;
    }
    m_rack = step.after;
    if (m_winner)
        ruling.turn.reset();
    return ruling;
}

} // namespace dojo::rules
