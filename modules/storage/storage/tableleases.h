#pragma once

#include <core/result.h>

#include <QDateTime>
#include <QString>

#include <vector>

namespace dojo::storage {

class Database;

// Who runs a table's match: the process that holds the table's lease, until it expires.
struct TableLease
{
    qint64 tableId = 0;
    QString holder;
    QDateTime expiresAt;  // UTC, by the database's clock
    bool expired = false; // by the database's clock when it was read
};

// What a take-or-renew found and left: the lease as it stands after it.
struct LeaseTake
{
    bool ours = false;
    QString holder;         // who holds it now: us when ours
    QString previousHolder; // who held it before (expired or not); empty when nobody did
    QDateTime expiresAt;    // UTC, by the database's clock
};

// The table_leases rows (migration 7). Times are judged by the database's clock, never this
// PC's, so venue PCs whose clocks disagree still agree on who holds a table. Every call
// answers with a Result whose error is one line for a person.
class TableLeases
{
public:
    explicit TableLeases(Database &database);

    // Takes the table's lease for `seconds` when nobody holds it, it is ours (renewed) or it has
    // expired; otherwise leaves it to its holder. One write transaction, so of two processes
    // racing for a free table exactly one gets it.
    Result<LeaseTake> takeOrRenew(qint64 tableId, const QString &holder, int seconds);
    // Gives the lease up when it is ours; another's lease is left alone.
    Result<void> release(qint64 tableId, const QString &holder);
    // The leases of the venue's tables, expired ones included, by table.
    Result<std::vector<TableLease>> holders(qint64 venueId);

private:
    Database &m_database;
};

} // namespace dojo::storage
