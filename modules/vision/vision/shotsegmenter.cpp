#include "vision/shotsegmenter.h"

#include "vision/internal/shotwatch.h"

namespace dojo::vision {

ShotSegmenter::ShotSegmenter(TableSize table)
    : m_watch(std::make_unique<internal::ShotWatch>(table))
{
}

ShotSegmenter::~ShotSegmenter() = default;

std::optional<TrackedShot> ShotSegmenter::update(const TableState &state)
{
    return m_watch->update(state);
}

bool ShotSegmenter::shotInProgress() const
{
    return m_watch->inProgress();
}

} // namespace dojo::vision
