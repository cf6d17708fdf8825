#include "simulation/internal/camera/patchcache.h"

namespace dojo::simulation::internal {

namespace {

bool samePose(const BallPose &a, const BallPose &b)
{
    return a.number == b.number && a.position == b.position && a.height == b.height
           && a.orientation == b.orientation;
}

} // namespace

std::shared_ptr<const BallPatch> PatchCache::find(const BallPose &pose) const
{
    if (!isBallNumber(pose.number))
        return nullptr;
    const std::lock_guard lock(m_mutex);
    const Slot &slot = m_slots[size_t(pose.number)];
    return slot.patch && samePose(slot.pose, pose) ? slot.patch : nullptr;
}

void PatchCache::keep(const BallPose &pose, std::shared_ptr<const BallPatch> patch)
{
    if (!isBallNumber(pose.number))
        return;
    const std::lock_guard lock(m_mutex);
    m_slots[size_t(pose.number)] = {pose, std::move(patch)};
}

} // namespace dojo::simulation::internal
