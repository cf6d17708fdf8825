#pragma once

#include <core/result.h>

#include <QString>

#include <array>
#include <optional>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// What a member of staff may do at the desk (issue 11): a manager everything, the desk the
// evening's bookings, table time and players, a referee the rulings.
enum class Role { Manager, Desk, Referee };

inline constexpr std::array<Role, 3> kAllRoles = {Role::Manager, Role::Desk, Role::Referee};

// "manager", "desk", "referee": the words stored in the database.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
// "Manager", "Front desk", "Referee", in the user's language.
QString roleName(Role role);

// Who does something, as every audited change names them.
struct Actor
{
    QString name; // the staff member's name, or the system user's for a command
    Role role = Role::Desk;
    bool isSystemUser = false; // a command run on the venue PC (book, serve)

    // The audit log's actor: "staff:Ana" or "system:root".
    QString auditName() const;
};

// The system user who runs this process, acting with the desk role (`book`, `serve`).
Actor systemActor();

// Actions only some roles may take; everything else any signed-in member of staff may do.
enum class Permission {
    ChangeRates,    // manager
    VoidReceipt,    // manager
    RemoveTable,    // manager
    RemovePlayer,   // manager
    ManageStaff,    // manager
    ChangeVenue,    // manager: name, currency, time zone, tables added or edited
    OverruleRuling, // referee or manager
    CorrectResult,  // referee or manager: take back a tournament's recorded result
};

// Whether `actor` may take the action; refused with one sentence naming the role it needs.
Result<void> allowed(const Actor &actor, Permission permission);

// allowed(), and a refusal is written to the audit log ("access.refused", naming the actor
// and `subject`) before it is handed back, so the owner sees who tried what.
Result<void> checkAllowed(storage::Database &database, const Actor &actor, Permission permission,
                          const QString &subject);

} // namespace dojo::venue
