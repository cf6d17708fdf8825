#pragma once

#include "storage/staffrecords.h"

#include <core/result.h>

#include <QString>

#include <optional>
#include <vector>

namespace dojo::storage {

class Database;

// A venue's staff accounts. Every change is audited in its own transaction, naming `actor`
// (venue::Actor::auditName()); a PIN hash never goes into the audit log. A name is taken once
// a venue whatever its case, and the venue keeps at least one active manager.
class StaffRepository
{
public:
    explicit StaffRepository(Database &database);

    Result<std::vector<StaffRecord>> staff(qint64 venueId); // by name, the inactive too
    // The member called `name` (case does not matter), or nothing.
    Result<std::optional<StaffRecord>> findByName(qint64 venueId, const QString &name);

    Result<qint64> addStaff(const StaffRecord &member, const QString &actor);
    Result<void> setRole(qint64 staffId, const QString &role, const QString &actor);
    Result<void> setPinHash(qint64 staffId, const QString &pinHash, const QString &actor);
    // An inactive member cannot sign in; their name stays taken.
    Result<void> setActive(qint64 staffId, bool active, const QString &actor);
    Result<void> removeStaff(qint64 staffId, const QString &actor);

    // Writes `members` only when the venue has no staff yet, under the write lock, so two PCs
    // starting together write them once. True when they were written now.
    Result<bool> seedStaff(qint64 venueId, const std::vector<StaffRecord> &members,
                           const QString &actor);

    // The venue's idle minutes before the window locks (venues.lock_minutes).
    Result<int> lockMinutes(qint64 venueId);

private:
    Database &m_database;
};

} // namespace dojo::storage
