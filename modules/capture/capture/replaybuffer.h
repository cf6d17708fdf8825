#pragma once

#include "capture/replayshot.h"

#include <QObject>

#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace dojo::capture {

// The venue's replays: the last shots of every table, within one memory budget (512 MB by
// default) for the whole venue; when a new shot does not fit, the oldest shots go first,
// whichever table played them. Shots are added from the tables' tracking threads and read
// from the window's; a shot handed out stays whole while it is held, even once dropped.
class ReplayBuffer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultBudget = 512LL * 1024 * 1024;

    explicit ReplayBuffer(qint64 budgetBytes = kDefaultBudget, QObject *parent = nullptr);

    void add(std::shared_ptr<const ReplayShot> shot);

    // The table's shots still held, oldest first.
    std::vector<std::shared_ptr<const ReplayShot>> shotsOf(qint64 tableId) const;
    std::shared_ptr<const ReplayShot> shot(qint64 tableId, int number) const;
    std::shared_ptr<const ReplayShot> lastShotOf(qint64 tableId) const;

    qint64 budget() const { return m_budget; }
    qint64 bytes() const;
    int dropped() const;

Q_SIGNALS:
    // A table's shot was added (emitted on the adding thread; connect queued).
    void shotAdded(qint64 tableId, int number);

private:
    const qint64 m_budget;
    mutable std::mutex m_mutex;
    std::deque<std::shared_ptr<const ReplayShot>> m_shots; // oldest first
    qint64 m_bytes = 0;
    int m_dropped = 0;
};

} // namespace dojo::capture
