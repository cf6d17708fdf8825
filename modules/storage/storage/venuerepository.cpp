#include "storage/venuerepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/internal/auditedcommit.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"
#include "storage/internal/venuerows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

namespace {

QString selectFrom(const char *columns, const char *rest)
{
    return QStringLiteral("SELECT ") + QLatin1String(columns) + u' ' + QLatin1String(rest);
}

QString changeDetails(const QString &from, const QString &to)
{
    const QJsonObject change{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    return QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact));
}

// Runs one insert in its own transaction.
template<typename Insert> Result<qint64> insertAlone(const QSqlDatabase &db, Insert insert)
{
    Transaction txn(db);
    if (Result<void> begun = txn.begin(); !begun)
        return Unexpected(begun.error());
    Result<qint64> id = insert(txn);
    if (!id)
        return id;
    if (Result<void> committed = txn.commit(); !committed)
        return Unexpected(committed.error());
    return id;
}

// Reads one count inside the transaction.
Result<qint64> countIn(Transaction &txn, const QString &sql, const QVariantList &values = {})
{
    Result<QSqlQuery> query = txn.exec(sql, values);
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(internal::oneLine(query->lastError()));
    const qint64 count = query->value(0).toLongLong();
    query->finish();
    return count;
}

// The venue's players the `rest` of a SELECT picks (its one value: the venue's id).
Result<std::vector<PlayerRecord>> readPlayers(const QSqlDatabase &db, qint64 venueId,
                                              const char *rest)
{
    Result<std::vector<PlayerRecord>> players = internal::readRows(
        db, selectFrom(internal::kPlayerColumns, rest), {venueId}, internal::playerFromRow);
    if (!players) {
        return Unexpected(Tr::tr("cannot read the players of venue %1: %2")
                              .arg(QString::number(venueId), players.error()));
    }
    return players;
}

Result<void> writeSeed(Transaction &txn, const VenueSeed &seed, const QString &onceKey)
{
    const Result<qint64> venueId = internal::insertVenue(txn, seed.name, seed.isDemo);
    if (!venueId)
        return Unexpected(venueId.error());
    for (TableRecord table : seed.tables) {
        table.venueId = *venueId;
        if (Result<qint64> id = internal::insertTable(txn, table); !id)
            return Unexpected(id.error());
    }
    for (PlayerRecord player : seed.players) {
        player.homeVenueId = *venueId;
        if (Result<qint64> id = internal::insertPlayer(txn, player); !id)
            return Unexpected(id.error());
    }
    const Result<QSqlQuery> remembered
        = txn.exec(QStringLiteral("INSERT INTO dojo_properties (key, value) VALUES (?, ?)"),
                   {onceKey, internal::utcNowText()});
    if (!remembered)
        return Unexpected(remembered.error());
    return AuditLog::recordIn(txn, QStringLiteral("system"),
                              seed.isDemo ? QStringLiteral("venue.demo-created")
                                          : QStringLiteral("venue.created"),
                              QStringLiteral("venue:%1").arg(*venueId), seed.name);
}

} // namespace

VenueRepository::VenueRepository(Database &database)
    : m_database(database)
{
}

Result<std::vector<VenueRecord>> VenueRepository::venues()
{
    Result<std::vector<VenueRecord>> venues = internal::readRows(
        m_database.connection(), selectFrom(internal::kVenueColumns, "FROM venues ORDER BY id"), {},
        internal::venueFromRow);
    if (!venues)
        return Unexpected(Tr::tr("cannot read the venues: %1").arg(venues.error()));
    return venues;
}

Result<VenueRecord> VenueRepository::venue(qint64 id)
{
    Result<QSqlQuery> query
        = internal::execute(m_database.connection(),
                            selectFrom(internal::kVenueColumns, "FROM venues WHERE id = ?"), {id});
    if (!query)
        return Unexpected(
            Tr::tr("cannot read venue %1: %2").arg(QString::number(id), query.error()));
    if (!query->next())
        return Unexpected(Tr::tr("there is no venue %1").arg(id));
    return internal::venueFromRow(*query);
}

Result<qint64> VenueRepository::addVenue(const QString &name, bool isDemo)
{
    Result<qint64> id = insertAlone(m_database.connection(), [&](Transaction &txn) {
        return internal::insertVenue(txn, name, isDemo);
    });
    if (!id)
        return Unexpected(Tr::tr("cannot add the venue \"%1\": %2").arg(name, id.error()));
    return id;
}

Result<void> VenueRepository::removeVenue(qint64 id, const QString &actor)
{
    const auto failed = [id](const QString &why) {
        return Unexpected(Tr::tr("cannot remove venue %1: %2").arg(QString::number(id), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    Result<QSqlQuery> query
        = txn.exec(QStringLiteral("SELECT name FROM venues WHERE id = ?"), {id});
    if (!query)
        return failed(query.error());
    if (!query->next())
        return failed(txn.abandon(Tr::tr("there is no such venue")).error());
    const QString name = query->value(0).toString();
    query->finish();

    // Tables and players go with it through ON DELETE CASCADE.
    if (Result<QSqlQuery> removed
        = txn.exec(QStringLiteral("DELETE FROM venues WHERE id = ?"), {id});
        !removed)
        return failed(removed.error());
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("venue.removed"), QStringLiteral("venue:%1").arg(id), name);
        !committed)
        return failed(committed.error());
    return {};
}

Result<bool> VenueRepository::seedFirstVenue(const VenueSeed &seed, const QString &onceKey)
{
    const auto failed = [&seed](const QString &why) {
        return Unexpected(Tr::tr("cannot create the venue \"%1\": %2").arg(seed.name, why));
    };
    Transaction txn(m_database.connection());
    // Two venue PCs starting together on one PostgreSQL must not both write the seed.
    if (Result<void> begun = txn.begin(internal::kDemoVenueLock); !begun)
        return failed(begun.error());
    const Result<qint64> hadSeed = countIn(
        txn, QStringLiteral("SELECT COUNT(*) FROM dojo_properties WHERE key = ?"), {onceKey});
    if (!hadSeed)
        return failed(hadSeed.error());
    const Result<qint64> venues = countIn(txn, QStringLiteral("SELECT COUNT(*) FROM venues"));
    if (!venues)
        return failed(venues.error());
    if (*hadSeed > 0 || *venues > 0) {
        if (Result<void> committed = txn.commit(); !committed)
            return failed(committed.error());
        return false;
    }
    if (Result<void> written = writeSeed(txn, seed, onceKey); !written)
        return failed(written.error());
    if (Result<void> committed = txn.commit(); !committed)
        return failed(committed.error());
    return true;
}

Result<void> VenueRepository::removeDemoVenues(const QString &actor)
{
    const auto failed = [](const QString &why) {
        return Unexpected(Tr::tr("cannot remove the demo venue: %1").arg(why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    Result<QSqlQuery> demos
        = txn.exec(QStringLiteral("SELECT id, name FROM venues WHERE is_demo = 1 ORDER BY id"));
    if (!demos)
        return failed(demos.error());
    QStringList subjects;
    QStringList names;
    while (demos->next()) {
        subjects.append(QStringLiteral("venue:%1").arg(demos->value(0).toLongLong()));
        names.append(demos->value(1).toString());
    }
    demos->finish();
    if (subjects.isEmpty()) {
        if (Result<void> committed = txn.commit(); !committed)
            return failed(committed.error());
        return {};
    }
    // Tables and players go with the venues through ON DELETE CASCADE; the seed's key stays.
    if (Result<QSqlQuery> removed
        = txn.exec(QStringLiteral("DELETE FROM venues WHERE is_demo = 1"));
        !removed)
        return failed(removed.error());
    if (Result<void> committed
        = internal::auditAndCommit(txn, actor, QStringLiteral("venue.demo-removed"),
                                   subjects.join(u','), names.join(QStringLiteral(", ")));
        !committed)
        return failed(committed.error());
    return {};
}

Result<std::vector<TableRecord>> VenueRepository::tables(qint64 venueId)
{
    const auto failed = [venueId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot read the tables of venue %1: %2").arg(QString::number(venueId), why));
    };
    Result<std::vector<TableRecord>> tables = internal::readRows(
        m_database.connection(),
        selectFrom(internal::kTableColumns,
                   "FROM pool_tables WHERE venue_id = ? ORDER BY position, name, id"),
        {venueId}, internal::tableFromRow);
    if (!tables)
        return failed(tables.error());
    return tables;
}

Result<qint64> VenueRepository::addTable(const TableRecord &table)
{
    Result<qint64> id = insertAlone(m_database.connection(), [&](Transaction &txn) {
        return internal::insertTable(txn, table);
    });
    if (!id) {
        return Unexpected(Tr::tr("cannot add the table \"%1\" to venue %2: %3")
                              .arg(table.name, QString::number(table.venueId), id.error()));
    }
    return id;
}

Result<void> VenueRepository::setTableStatus(qint64 tableId, const QString &status,
                                             const QString &actor)
{
    if (status.trimmed().isEmpty()) {
        return Unexpected(Tr::tr("cannot change the status of table %1: %2")
                              .arg(QString::number(tableId), Tr::tr("no status was given")));
    }
    Result<void> written = setTableText(tableId, QStringLiteral("status"), status,
                                        QStringLiteral("table.status"), actor);
    if (!written) {
        return Unexpected(Tr::tr("cannot change the status of table %1: %2")
                              .arg(QString::number(tableId), written.error()));
    }
    return {};
}

Result<void> VenueRepository::setTableCameraSource(qint64 tableId, const QString &source,
                                                   const QString &actor)
{
    Result<void> written = setTableText(tableId, QStringLiteral("camera_source"), source.trimmed(),
                                        QStringLiteral("table.camera"), actor);
    if (!written) {
        return Unexpected(Tr::tr("cannot change the camera of table %1: %2")
                              .arg(QString::number(tableId), written.error()));
    }
    return {};
}

Result<void> VenueRepository::setTableCorners(qint64 tableId, const QString &corners,
                                              const QString &actor)
{
    // Bound as '' (never NULL) when empty: the column is NOT NULL.
    Result<void> written = setTableText(tableId, QStringLiteral("manual_corners"),
                                        internal::notNull(corners.trimmed()),
                                        QStringLiteral("table.corners"), actor);
    if (!written) {
        return Unexpected(Tr::tr("cannot change the corners of table %1: %2")
                              .arg(QString::number(tableId), written.error()));
    }
    return {};
}

Result<QString> VenueRepository::joinSecret(qint64 venueId, const QString &madeSecret)
{
    const auto failed = [venueId](const QString &why) {
        return Unexpected(Tr::tr("cannot read the join secret of venue %1: %2")
                              .arg(QString::number(venueId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    // Only an empty secret is replaced: the first PC to start writes it, the others read it.
    if (Result<QSqlQuery> made = txn.exec(
            QStringLiteral("UPDATE venues SET join_secret = ? WHERE id = ? AND join_secret = ''"),
            {madeSecret, venueId});
        !made)
        return failed(made.error());
    Result<QSqlQuery> query
        = txn.exec(QStringLiteral("SELECT join_secret FROM venues WHERE id = ?"), {venueId});
    if (!query)
        return failed(query.error());
    if (!query->next())
        return failed(txn.abandon(Tr::tr("there is no such venue")).error());
    const QString secret = query->value(0).toString();
    query->finish();
    if (Result<void> committed = txn.commit(); !committed)
        return failed(committed.error());
    return secret;
}

Result<void> VenueRepository::setJoinSecret(qint64 venueId, const QString &secret,
                                            const QString &actor)
{
    const auto failed = [venueId](const QString &why) {
        return Unexpected(Tr::tr("cannot make new join codes for venue %1: %2")
                              .arg(QString::number(venueId), why));
    };
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    Result<QSqlQuery> updated = txn.exec(
        QStringLiteral("UPDATE venues SET join_secret = ? WHERE id = ?"), {secret, venueId});
    if (!updated)
        return failed(updated.error());
    if (updated->numRowsAffected() != 1)
        return failed(txn.abandon(Tr::tr("there is no such venue")).error());
    // The secret itself never goes into the audit log.
    if (Result<void> committed
        = internal::auditAndCommit(txn, actor, QStringLiteral("venue.join-secret"),
                                   QStringLiteral("venue:%1").arg(venueId), QString());
        !committed)
        return failed(committed.error());
    return {};
}

Result<void> VenueRepository::setTableText(qint64 tableId, const QString &column,
                                           const QString &value, const QString &action,
                                           const QString &actor)
{
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return begun;
    Result<QSqlQuery> query = txn.exec(
        QStringLiteral("SELECT %1 FROM pool_tables WHERE id = ?").arg(column), {tableId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("there is no such table"));
    const QString from = query->value(0).toString();
    query->finish();
    if (from != value) { // nothing changes, so nothing to write or audit
        const Result<QSqlQuery> updated
            = txn.exec(QStringLiteral("UPDATE pool_tables SET %1 = ? WHERE id = ?").arg(column),
                       {value, tableId});
        if (!updated)
            return Unexpected(updated.error());
        if (Result<void> audited
            = AuditLog::recordIn(txn, actor, action, QStringLiteral("table:%1").arg(tableId),
                                 changeDetails(from, value));
            !audited)
            return audited;
    }
    return txn.commit();
}

Result<std::vector<PlayerRecord>> VenueRepository::players(qint64 venueId)
{
    return readPlayers(m_database.connection(), venueId,
                       "FROM players WHERE home_venue_id = ? AND merged_into IS NULL "
                       "ORDER BY name, id");
}

Result<std::vector<PlayerRecord>> VenueRepository::mergedPlayers(qint64 venueId)
{
    return readPlayers(m_database.connection(), venueId,
                       "FROM players WHERE home_venue_id = ? AND merged_into IS NOT NULL "
                       "ORDER BY name, id");
}

Result<PlayerRecord> VenueRepository::player(qint64 playerId)
{
    Result<QSqlQuery> query = internal::execute(
        m_database.connection(), selectFrom(internal::kPlayerColumns, "FROM players WHERE id = ?"),
        {playerId});
    if (!query) {
        return Unexpected(
            Tr::tr("cannot read player %1: %2").arg(QString::number(playerId), query.error()));
    }
    if (!query->next())
        return Unexpected(Tr::tr("there is no player %1").arg(QString::number(playerId)));
    return internal::playerFromRow(*query);
}

Result<qint64> VenueRepository::addPlayer(const PlayerRecord &player)
{
    Result<qint64> id = insertAlone(m_database.connection(), [&](Transaction &txn) {
        return internal::insertPlayer(txn, player);
    });
    if (!id)
        return Unexpected(Tr::tr("cannot add the player \"%1\": %2").arg(player.name, id.error()));
    return id;
}

} // namespace dojo::storage
