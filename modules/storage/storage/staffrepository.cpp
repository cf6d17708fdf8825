#include "storage/staffrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <algorithm>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

namespace {

// Two venue PCs seeding the demo's staff together take this PostgreSQL advisory lock ("Dojo" S).
constexpr qint64 kStaffSeedLock = 0x446F6A6F'0053;

const QString kColumns = QStringLiteral("id, venue_id, name, role, pin_hash, active");

StaffRecord memberFromRow(const QSqlQuery &query)
{
    StaffRecord member;
    member.id = query.value(0).toLongLong();
    member.venueId = query.value(1).toLongLong();
    member.name = query.value(2).toString();
    member.role = query.value(3).toString();
    member.pinHash = query.value(4).toString();
    member.active = query.value(5).toInt() != 0;
    return member;
}

bool isRole(const QString &role)
{
    return role == u"manager" || role == u"desk" || role == u"referee";
}

QString subjectOf(qint64 staffId)
{
    return QStringLiteral("staff:%1").arg(staffId);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<std::vector<StaffRecord>> membersIn(Transaction &txn, qint64 venueId)
{
    return internal::readRows(
        txn,
        QStringLiteral("SELECT %1 FROM staff WHERE venue_id = ? ORDER BY name, id").arg(kColumns),
        {venueId}, memberFromRow);
}

Result<StaffRecord> memberIn(Transaction &txn, qint64 staffId)
{
    Result<QSqlQuery> query
        = txn.exec(QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(kColumns), {staffId});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("There is no such member of staff."));
    StaffRecord member = memberFromRow(*query);
    query->finish();
    return member;
}

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// Refused when taking `member` out of the active managers would leave the venue none.
Result<void> keepsAManager(Transaction &txn, const StaffRecord &member)
{
    if (member.role != u"manager" || !member.active)
        return {};
    Result<std::vector<StaffRecord>> members = membersIn(txn, member.venueId);
    if (!members)
        return Unexpected(members.error());
    const bool another
        = std::any_of(members->begin(), members->end(), [&member](const StaffRecord &other) {
              return other.id != member.id && other.active && other.role == u"manager";
          });
    if (!another)
        return txn.abandon(Tr::tr("%1 is the venue's last active manager: make another member of "
                                  "staff a manager first.")
                               .arg(member.name));
    return {};
}

Result<qint64> insertMember(Transaction &txn, const StaffRecord &member, const QString &actor)
{
    const QString name = member.name.trimmed();
    if (name.isEmpty())
        return txn.abandon(Tr::tr("A member of staff needs a name."));
    if (!isRole(member.role))
        return txn.abandon(Tr::tr("\"%1\" is not a role: a member of staff is a manager, front "
                                  "desk or a referee.")
                               .arg(member.role));
    if (member.pinHash.isEmpty())
        return txn.abandon(Tr::tr("A member of staff needs a PIN."));
    Result<std::vector<StaffRecord>> members = membersIn(txn, member.venueId);
    if (!members)
        return Unexpected(members.error());
    for (const StaffRecord &other : *members) {
        if (sameName(other.name, name))
            return txn.abandon(
                Tr::tr("The name \"%1\" is already taken by another member of staff.")
                    .arg(other.name));
    }
    Result<QSqlQuery> query = txn.exec(
        QStringLiteral("INSERT INTO staff (venue_id, name, role, pin_hash, active, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {member.venueId, name, member.role, member.pinHash, member.active ? 1 : 0,
         internal::utcNowText()});
    if (!query)
        return Unexpected(query.error());
    if (!query->next())
        return txn.abandon(Tr::tr("The database returned no id for the new member of staff."));
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    const QJsonObject details{{QStringLiteral("name"), name},
                              {QStringLiteral("role"), member.role},
                              {QStringLiteral("venue"), member.venueId}};
    if (Result<void> audited = AuditLog::recordIn(txn, actor, QStringLiteral("staff.added"),
                                                  subjectOf(id), json(details));
        !audited)
        return Unexpected(audited.error());
    return id;
}

// One change to one member: read, checked by `change` (which writes and audits), committed.
template<typename Change>
Result<void> changeMember(const QSqlDatabase &db, qint64 staffId, Change change)
{
    Transaction txn(db);
    if (Result<void> begun = txn.begin(); !begun)
        return begun;
    Result<StaffRecord> member = memberIn(txn, staffId);
    if (!member)
        return Unexpected(member.error());
    if (Result<void> changed = change(txn, *member); !changed)
        return changed;
    return txn.commit();
}

Result<void> execAndAudit(Transaction &txn, const QString &sql, const QVariantList &values,
                          const QString &actor, const QString &action, const StaffRecord &member,
                          const QJsonObject &details)
{
    if (Result<QSqlQuery> written = txn.exec(sql, values); !written)
        return Unexpected(written.error());
    QJsonObject named = details;
    named.insert(QStringLiteral("name"), member.name);
    return AuditLog::recordIn(txn, actor, action, subjectOf(member.id), json(named));
}

} // namespace

StaffRepository::StaffRepository(Database &database)
    : m_database(database)
{
}

Result<std::vector<StaffRecord>> StaffRepository::staff(qint64 venueId)
{
    Result<std::vector<StaffRecord>> members = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM staff WHERE venue_id = ? ORDER BY name, id").arg(kColumns),
        {venueId}, memberFromRow);
    if (!members)
        return Unexpected(Tr::tr("cannot read the staff of venue %1: %2")
                              .arg(QString::number(venueId), members.error()));
    return members;
}

Result<std::optional<StaffRecord>> StaffRepository::findByName(qint64 venueId, const QString &name)
{
    Result<std::vector<StaffRecord>> members = staff(venueId);
    if (!members)
        return Unexpected(members.error());
    for (StaffRecord &member : *members) {
        if (sameName(member.name, name))
            return std::optional<StaffRecord>(std::move(member));
    }
    return std::optional<StaffRecord>();
}

Result<qint64> StaffRepository::addStaff(const StaffRecord &member, const QString &actor)
{
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return Unexpected(begun.error());
    Result<qint64> id = insertMember(txn, member, actor);
    if (!id)
        return id;
    if (Result<void> committed = txn.commit(); !committed)
        return Unexpected(committed.error());
    return id;
}

Result<void> StaffRepository::setRole(qint64 staffId, const QString &role, const QString &actor)
{
    return changeMember(
        m_database.connection(), staffId,
        [&](Transaction &txn, const StaffRecord &member) -> Result<void> {
            if (!isRole(role))
                return txn.abandon(Tr::tr("\"%1\" is not a role: a member of staff is a manager, "
                                          "front desk or a referee.")
                                       .arg(role));
            if (member.role == role)
                return {};
            if (Result<void> kept = keepsAManager(txn, member); !kept)
                return kept;
            return execAndAudit(
                txn, QStringLiteral("UPDATE staff SET role = ? WHERE id = ?"), {role, staffId},
                actor, QStringLiteral("staff.role"), member,
                {{QStringLiteral("from"), member.role}, {QStringLiteral("to"), role}});
        });
}

Result<void> StaffRepository::setPinHash(qint64 staffId, const QString &pinHash,
                                         const QString &actor)
{
    return changeMember(m_database.connection(), staffId,
                        [&](Transaction &txn, const StaffRecord &member) -> Result<void> {
                            if (pinHash.isEmpty())
                                return txn.abandon(Tr::tr("A member of staff needs a PIN."));
                            // The hash stays out of the audit log: only that it changed.
                            return execAndAudit(
                                txn, QStringLiteral("UPDATE staff SET pin_hash = ? WHERE id = ?"),
                                {pinHash, staffId}, actor, QStringLiteral("staff.pin"), member, {});
                        });
}

Result<void> StaffRepository::setActive(qint64 staffId, bool active, const QString &actor)
{
    return changeMember(m_database.connection(), staffId,
                        [&](Transaction &txn, const StaffRecord &member) -> Result<void> {
                            if (member.active == active)
                                return {};
                            if (!active) {
                                if (Result<void> kept = keepsAManager(txn, member); !kept)
                                    return kept;
                            }
                            return execAndAudit(
                                txn, QStringLiteral("UPDATE staff SET active = ? WHERE id = ?"),
                                {active ? 1 : 0, staffId}, actor,
                                active ? QStringLiteral("staff.activated")
                                       : QStringLiteral("staff.deactivated"),
                                member, {});
                        });
}

Result<void> StaffRepository::removeStaff(qint64 staffId, const QString &actor)
{
    return changeMember(m_database.connection(), staffId,
                        [&](Transaction &txn, const StaffRecord &member) -> Result<void> {
                            if (Result<void> kept = keepsAManager(txn, member); !kept)
                                return kept;
                            return execAndAudit(txn,
                                                QStringLiteral("DELETE FROM staff WHERE id = ?"),
                                                {staffId}, actor, QStringLiteral("staff.removed"),
                                                member, {{QStringLiteral("role"), member.role}});
                        });
}

Result<bool> StaffRepository::seedStaff(qint64 venueId, const std::vector<StaffRecord> &members,
                                        const QString &actor)
{
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(kStaffSeedLock); !begun)
        return Unexpected(begun.error());
    Result<std::vector<StaffRecord>> existing = membersIn(txn, venueId);
    if (!existing)
        return Unexpected(existing.error());
    if (!existing->empty()) {
        if (Result<void> committed = txn.commit(); !committed)
            return Unexpected(committed.error());
        return false;
    }
    for (StaffRecord member : members) {
        member.venueId = venueId;
        if (Result<qint64> id = insertMember(txn, member, actor); !id)
            return Unexpected(id.error());
    }
    if (Result<void> committed = txn.commit(); !committed)
        return Unexpected(committed.error());
    return true;
}

Result<int> StaffRepository::lockMinutes(qint64 venueId)
{
    Result<QSqlQuery> query = internal::execute(
        m_database.connection(), QStringLiteral("SELECT lock_minutes FROM venues WHERE id = ?"),
        {venueId});
    if (!query)
        return Unexpected(Tr::tr("cannot read the lock minutes of venue %1: %2")
                              .arg(QString::number(venueId), query.error()));
    if (!query->next())
        return Unexpected(Tr::tr("there is no venue %1").arg(venueId));
    return query->value(0).toInt();
}

} // namespace dojo::storage
