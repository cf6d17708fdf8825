#include "venue/staff.h"

#include "venue/internal/venuetr.h"

#include <storage/auditlog.h>

#include <QByteArray>

namespace dojo::venue {

using internal::Tr;

QString roleKey(Role role)
{
    switch (role) {
    case Role::Manager: return QStringLiteral("manager");
    case Role::Desk: return QStringLiteral("desk");
    case Role::Referee: return QStringLiteral("referee");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : kAllRoles)
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Manager: return Tr::tr("Manager");
    case Role::Desk: return Tr::tr("Front desk");
    case Role::Referee: return Tr::tr("Referee");
    }
    return {};
}

QString Actor::auditName() const
{
    return (isSystemUser ? QStringLiteral("system:") : QStringLiteral("staff:")) + name;
}

Actor systemActor()
{
    QString user = QString::fromLocal8Bit(qgetenv("USER"));
    if (user.isEmpty())
        user = QString::fromLocal8Bit(qgetenv("LOGNAME"));
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return Actor{user, Role::Desk, true};
}

Result<void> allowed(const Actor &actor, Permission permission)
{
    const bool manager = actor.role == Role::Manager;
    switch (permission) {
    case Permission::ChangeRates:
        if (!manager)
            return Unexpected(Tr::tr("Only a manager may change the rates."));
        break;
    case Permission::VoidReceipt:
        if (!manager)
            return Unexpected(Tr::tr("Only a manager may void a receipt."));
        break;
    case Permission::RemoveTable:
        if (!manager)
            return Unexpected(Tr::tr("Only a manager may remove a table."));
        break;
    case Permission::RemovePlayer:
        if (!manager)
            return Unexpected(Tr::tr("Only a manager may remove a player."));
        break;
    case Permission::ManageStaff:
        if (!manager)
            return Unexpected(Tr::tr("Only a manager may add, change or remove staff."));
        break;
    case Permission::ChangeVenue:
        if (!manager)
            return Unexpected(Tr::tr("Only a manager may change the venue and its tables."));
        break;
    case Permission::OverruleRuling:
        if (!manager && actor.role != Role::Referee)
            return Unexpected(Tr::tr("Only a referee or a manager may overrule a ruling."));
        break;
    case Permission::CorrectResult:
        if (!manager && actor.role != Role::Referee)
            return Unexpected(Tr::tr("Only a referee or a manager may correct a result."));
        break;
    }
    return {};
}

Result<void> checkAllowed(storage::Database &database, const Actor &actor, Permission permission,
                          const QString &subject)
{
    Result<void> verdict = allowed(actor, permission);
    if (verdict)
        return verdict;
    storage::AuditLog audit(database);
    const Result<void> written = audit.record(actor.auditName(), QStringLiteral("access.refused"),
                                              subject, verdict.error());
    if (!written) {
        return Unexpected(Tr::tr("%1 The refusal could not be written to the audit log: %2")
                              .arg(verdict.error(), written.error()));
    }
    return verdict;
}

} // namespace dojo::venue
