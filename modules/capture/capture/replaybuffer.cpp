#include "capture/replaybuffer.h"

namespace dojo::capture {

ReplayBuffer::ReplayBuffer(qint64 budgetBytes, QObject *parent)
    : QObject(parent)
    , m_budget(budgetBytes)
{
}

void ReplayBuffer::add(std::shared_ptr<const ReplayShot> shot)
{
    if (!shot)
        return;
    const qint64 tableId = shot->tableId;
    const int number = shot->number;
    {
        const std::lock_guard lock(m_mutex);
        m_bytes += shot->bytes();
        m_shots.push_back(std::move(shot));
        // The newest shot stays even alone over the budget: a referee may be waiting for it.
        while (m_bytes > m_budget && m_shots.size() > 1) {
            m_bytes -= m_shots.front()->bytes();
            m_shots.pop_front();
            ++m_dropped;
        }
    }
    Q_EMIT shotAdded(tableId, number);
}

std::vector<std::shared_ptr<const ReplayShot>> ReplayBuffer::shotsOf(qint64 tableId) const
{
    const std::lock_guard lock(m_mutex);
    std::vector<std::shared_ptr<const ReplayShot>> found;
    for (const auto &shot : m_shots)
        if (shot->tableId == tableId)
            found.push_back(shot);
    return found;
}

std::shared_ptr<const ReplayShot> ReplayBuffer::shot(qint64 tableId, int number) const
{
    const std::lock_guard lock(m_mutex);
    for (const auto &shot : m_shots)
        if (shot->tableId == tableId && shot->number == number)
            return shot;
    return nullptr;
}

std::shared_ptr<const ReplayShot> ReplayBuffer::lastShotOf(qint64 tableId) const
{
    const std::lock_guard lock(m_mutex);
    for (auto it = m_shots.rbegin(); it != m_shots.rend(); ++it)
        if ((*it)->tableId == tableId)
            return *it;
    return nullptr;
}

qint64 ReplayBuffer::bytes() const
{
    const std::lock_guard lock(m_mutex);
    return m_bytes;
}

int ReplayBuffer::dropped() const
{
    const std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace dojo::capture
