#include "venue/tableleasing.h"

#include <storage/tableleases.h>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>

namespace dojo::venue {

TableLeasing::TableLeasing(storage::Database &database, QString holder, Timing timing,
                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_holder(std::move(holder))
    , m_timing(timing)
{
    m_timer.setInterval(m_timing.renewMs);
    connect(&m_timer, &QTimer::timeout, this, &TableLeasing::renewAll);
}

TableLeasing::TableLeasing(storage::Database &database, QString holder, QObject *parent)
    : TableLeasing(database, std::move(holder), Timing{}, parent)
{
}

TableLeasing::~TableLeasing()
{
    releaseAll();
}

QString TableLeasing::holderForThisProcess()
{
    const quint32 random = QRandomGenerator::system()->bounded(0x1000000u);
    return QStringLiteral("%1 pid %2 %3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(random, 6, 16, QLatin1Char('0'));
}

void TableLeasing::setTables(const std::vector<Table> &tables)
{
    std::map<qint64, Lease> kept;
    for (const Table &table : tables) {
        if (auto found = m_leases.find(table.id); found != m_leases.end())
            kept.insert(m_leases.extract(found));
        else
            kept[table.id] = Lease{};
    }
    storage::TableLeases leases(m_database);
    for (const auto &[tableId, lease] : m_leases) {
        if (lease.ours)
            (void)leases.release(tableId, m_holder); // expires on its own if this fails
    }
    m_leases = std::move(kept);
    renewAll();
    if (m_leases.empty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void TableLeasing::releaseAll()
{
    m_timer.stop();
    storage::TableLeases leases(m_database);
    for (const auto &[tableId, lease] : m_leases) {
        if (lease.ours)
            (void)leases.release(tableId, m_holder); // expires on its own if this fails
    }
    m_leases.clear();
}

bool TableLeasing::holds(qint64 tableId) const
{
    const auto found = m_leases.find(tableId);
    return found != m_leases.end() && found->second.ours;
}

QString TableLeasing::holderOf(qint64 tableId) const
{
    const auto found = m_leases.find(tableId);
    return found == m_leases.end() ? QString() : found->second.holder;
}

void TableLeasing::renewAll()
{
    std::vector<qint64> ids;
    for (const auto &[tableId, lease] : m_leases)
        ids.push_back(tableId);
    for (qint64 tableId : ids)
        tryTable(tableId);
}

void TableLeasing::tryTable(qint64 tableId)
{
    const Result<storage::LeaseTake> take
        = storage::TableLeases(m_database).takeOrRenew(tableId, m_holder, m_timing.leaseSeconds);
    const auto found = m_leases.find(tableId);
    if (found == m_leases.end())
        return;
    Lease &lease = found->second;
    if (!take) {
        if (!m_failing)
            Q_EMIT problem(take.error());
        m_failing = true;
        // Unrenewed, the lease may already be another's by the time the next try could tell.
        const qint64 margin = qint64(m_timing.leaseSeconds) * 1000 - m_timing.renewMs;
        if (lease.ours && lease.renewed.elapsed() >= margin) {
            lease.ours = false;
            lease.holder.clear();
            Q_EMIT lost(tableId, QString());
        }
        return;
    }
    m_failing = false;
    const bool was = lease.ours;
    const QString seen = lease.holder;
    lease.ours = take->ours;
    lease.holder = take->holder;
    if (take->ours) {
        lease.renewed.start();
        if (!was)
            Q_EMIT gained(tableId,
                          take->previousHolder == m_holder ? QString() : take->previousHolder);
    } else if (was) {
        Q_EMIT lost(tableId, take->holder);
    } else if (take->holder != seen) {
        Q_EMIT heldElsewhere(tableId, take->holder);
    }
}

} // namespace dojo::venue
