#include "physics/internal/shotrecorder.h"

#include "core/ball.h"

namespace dojo::physics::internal {

namespace {

// Closer than this to a cushion at the start, a ball is frozen to it.
constexpr double kFrozenGap = 0.5; // mm

} // namespace

void ShotRecorder::begin(std::span<const BallState> balls, const TableModel &table, double radius,
                         bool isBreak, ShotRecord &record)
{
    m_record = &record;
    record.isBreak = isBreak;
    record.firstContact.reset();
    record.pocketed.clear();
    record.rails.clear();
    record.offTable.clear();
    record.call.reset();
    record.pushOut = false;
    record.refereeFouls.clear();
    m_radius = radius;
    m_frozen.fill(0);
    m_onRails.fill(false);
    const std::vector<Cushion> &cushions = table.cushions();
    for (const BallState &ball : balls) {
        const auto n = static_cast<size_t>(ball.number);
        m_start[n] = ball.position;
        if (ball.isPocketed())
            continue;
        for (size_t k = 0; k < cushions.size(); ++k) {
            const Cushion &c = cushions[k];
            const double along = (ball.position - c.start).dot(c.direction);
            const double off = c.normal.dot(ball.position - c.start);
            if (along >= 0 && along <= c.length && off >= 0 && off <= radius + kFrozenGap)
                m_frozen[n] |= std::uint64_t{1} << k;
        }
        const std::vector<JawTip> &tips = table.jawTips();
        for (size_t k = 0; k < tips.size(); ++k) {
            if (distance(ball.position, tips[k].point) <= radius + kFrozenGap)
                m_frozen[n] |= std::uint64_t{1} << (cushions.size() + k);
        }
    }
}

void ShotRecorder::ballBall(int ball, int other)
{
    if (m_record->firstContact)
        return;
    if (ball == kCueBall)
        m_record->firstContact = other;
    else if (other == kCueBall)
        m_record->firstContact = ball;
}

void ShotRecorder::cushion(int ball, int element, Vec2 centre)
{
    const auto n = static_cast<size_t>(ball);
    const std::uint64_t bit = std::uint64_t{1} << element;
    if ((m_frozen[n] & bit) && distance(centre, m_start[n]) < m_radius)
        return; // still where it was frozen: pushed into its own cushion, not driven to it
    if (!m_record->firstContact || m_onRails[n])
        return;
    if (m_record->isBreak && ball == kCueBall)
        return;
    m_onRails[n] = true;
    m_record->rails.push_back(ball);
}

void ShotRecorder::pocket(int ball, PocketId pocket)
{
    m_record->pocketed.push_back({ball, pocket});
}

} // namespace dojo::physics::internal
