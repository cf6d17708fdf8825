#include "storage/walkinrepository.h"

#include "storage/database.h"
#include "storage/internal/auditedcommit.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sessionrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

WalkInRepository::WalkInRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> WalkInRepository::add(const WalkInRecord &walkIn, const QString &actor)
{
    const auto failed = [&walkIn](const QString &why) {
        return Unexpected(Tr::tr("cannot add %1 to the queue: %2").arg(walkIn.name, why));
    };
    if (walkIn.name.trimmed().isEmpty())
        return failed(Tr::tr("a party in the queue needs a name"));
    if (walkIn.party < 1)
        return failed(Tr::tr("a party is at least one person"));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const QString at
        = walkIn.addedAt.isValid() ? internal::utcText(walkIn.addedAt) : internal::utcNowText();
    const Result<qint64> id = internal::insertReturning(
        txn,
        QStringLiteral("INSERT INTO walk_ins (venue_id, name, party, rate_class, state, "
                       "added_at) VALUES (?, ?, ?, ?, 'waiting', ?) RETURNING id"),
        {walkIn.venueId, walkIn.name, walkIn.party, internal::notNull(walkIn.rateClass), at});
    if (!id)
        return failed(id.error());
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("walk-in.added"), QStringLiteral("walk-in:%1").arg(*id),
            Tr::tr("%1, party of %2").arg(walkIn.name).arg(walkIn.party));
        !committed)
        return failed(committed.error());
    return id;
}

Result<void> WalkInRepository::finish(qint64 walkInId, const QString &state, const QString &actor)
{
    const auto failed = [walkInId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot take party %1 off the queue: %2").arg(QString::number(walkInId), why));
    };
    if (state != u"seated" && state != u"left")
        return failed(Tr::tr("a party leaves the queue seated or gone, not \"%1\"").arg(state));
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    Result<QSqlQuery> updated
        = txn.exec(QStringLiteral("UPDATE walk_ins SET state = ?, done_at = ? WHERE id = ? AND "
                                  "state = 'waiting'"),
                   {state, internal::utcNowText(), walkInId});
    if (!updated)
        return failed(updated.error());
    if (updated->numRowsAffected() != 1)
        return failed(txn.abandon(Tr::tr("the party is not waiting")).error());
    if (Result<void> committed
        = internal::auditAndCommit(txn, actor, QStringLiteral("walk-in.") + state,
                                   QStringLiteral("walk-in:%1").arg(walkInId), QString());
        !committed)
        return failed(committed.error());
    return {};
}

Result<std::vector<WalkInRecord>> WalkInRepository::waiting(qint64 venueId)
{
    Result<std::vector<WalkInRecord>> walkIns = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT ") + QLatin1String(internal::kWalkInColumns)
            + QStringLiteral(" FROM walk_ins WHERE venue_id = ? AND state = 'waiting' "
                             "ORDER BY added_at, id"),
        {venueId}, internal::walkInFromRow);
    if (!walkIns) {
        return Unexpected(Tr::tr("cannot read the queue of venue %1: %2")
                              .arg(QString::number(venueId), walkIns.error()));
    }
    return walkIns;
}

} // namespace dojo::storage
