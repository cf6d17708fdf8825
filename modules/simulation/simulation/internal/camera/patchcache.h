#pragma once

#include "simulation/ballpose.h"
#include "simulation/internal/camera/ballpatch.h"

#include <array>
#include <memory>
#include <mutex>

namespace dojo::simulation::internal {

// The patches of the balls at rest, kept from one frame to the next: a ball that has not
// moved adds the same pixels again, so they are worked out once. One slot per ball number;
// safe to use from several threads.
class PatchCache
{
public:
    std::shared_ptr<const BallPatch> find(const BallPose &pose) const;
    void keep(const BallPose &pose, std::shared_ptr<const BallPatch> patch);

private:
    struct Slot
    {
        BallPose pose;
        std::shared_ptr<const BallPatch> patch;
    };

    mutable std::mutex m_mutex;
    std::array<Slot, 16> m_slots;
};

} // namespace dojo::simulation::internal
