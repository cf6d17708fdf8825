#include "venue/staffdesk.h"

#include "venue/internal/venuetr.h"
#include "venue/pinhash.h"

#include <storage/auditlog.h>
#include <storage/staffrepository.h>

#include <QTimer>

#include <algorithm>

namespace dojo::venue {

using internal::Tr;

namespace {

const QString kSignInRefused = QStringLiteral("staff.sign-in-refused");

std::optional<Role> roleOf(const storage::StaffRecord &record)
{
    return roleFromKey(record.role);
}

QString staffSubject(qint64 staffId)
{
    return QStringLiteral("staff:%1").arg(staffId);
}

} // namespace

StaffDesk::StaffDesk(storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(std::make_unique<storage::StaffRepository>(database))
    , m_idleTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &StaffDesk::lock);
}

StaffDesk::~StaffDesk() = default;

Result<void> StaffDesk::setVenue(qint64 venueId)
{
    if (m_venueId != venueId) {
        if (m_actor)
            lock();
        m_attempts.clear(); // names are the other venue's
    }
    m_venueId = venueId;
    const Result<int> minutes = m_repository->lockMinutes(venueId);
    if (!minutes)
        return Unexpected(minutes.error());
    setIdleInterval(std::chrono::minutes(std::max(0, *minutes)));
    return {};
}

Result<void> StaffDesk::signIn(const QString &name, const QString &pin)
{
    if (!m_venueId)
        return Unexpected(Tr::tr("No venue is open, so nobody can sign in."));
    const QString typed = name.trimmed();
    if (typed.isEmpty())
        return Unexpected(Tr::tr("Type your name, or pick it from the list."));
    Attempts &attempts = m_attempts[typed.toLower()];
    const QDateTime now = m_clock();
    if (attempts.refusedUntil.isValid() && now < attempts.refusedUntil) {
        const int seconds
            = int(std::max<qint64>(1, (now.msecsTo(attempts.refusedUntil) + 999) / 1000));
        return refuseSignIn(
            typed, Tr::tr("Too many wrong PINs for %1: try again in %n seconds.", nullptr, seconds)
                       .arg(typed));
    }
    const Result<std::optional<storage::StaffRecord>> found
        = m_repository->findByName(*m_venueId, typed);
    if (!found)
        return Unexpected(found.error());
    if (!found->has_value())
        return refuseSignIn(typed, Tr::tr("Nobody at this venue's staff is called %1.").arg(typed));
    const storage::StaffRecord &member = **found;
    const std::optional<Role> role = roleOf(member);
    if (!role)
        return refuseSignIn(member.name, Tr::tr("%1's role \"%2\" is not one this version knows.")
                                             .arg(member.name, member.role));
    if (!member.active)
        return refuseSignIn(member.name, Tr::tr("%1's account is deactivated: a manager can "
                                                "activate it again.")
                                             .arg(member.name));
    if (!pinMatches(pin, member.pinHash)) {
        if (++attempts.wrong >= kWrongPinsBeforeLockOut) {
            attempts.wrong = 0;
            attempts.refusedUntil = now.addSecs(kLockOut.count());
            return refuseSignIn(member.name,
                                Tr::tr("That was the fifth wrong PIN in a row for %1: signing in "
                                       "as %1 is refused for a minute.")
                                    .arg(member.name));
        }
        return refuseSignIn(member.name, Tr::tr("The PIN is wrong for %1.").arg(member.name));
    }
    m_attempts.erase(typed.toLower());
    Actor actor{member.name, *role, false};
    storage::AuditLog audit(m_database);
    if (const Result<void> written
        = audit.record(actor.auditName(), QStringLiteral("staff.signed-in"),
                       staffSubject(member.id), roleKey(*role));
        !written)
        return Unexpected(written.error());
    m_actor = std::move(actor);
    restartIdleTimer();
    Q_EMIT signedInChanged();
    return {};
}

Result<void> StaffDesk::refuseSignIn(const QString &name, const QString &why)
{
    // Names the name tried, whether or not such a member exists: the owner sees who tried.
    storage::AuditLog audit(m_database);
    const Result<void> written
        = audit.record(Actor{name, Role::Desk, false}.auditName(), kSignInRefused,
                       QStringLiteral("venue:%1").arg(*m_venueId), why);
    if (!written)
        return Unexpected(Tr::tr("%1 The refusal could not be written to the audit log: %2")
                              .arg(why, written.error()));
    return Unexpected(why);
}

void StaffDesk::lock()
{
    m_idleTimer->stop();
    const bool wasSignedIn = m_actor.has_value();
    if (wasSignedIn) {
        storage::AuditLog audit(m_database);
        // Only a record of who was at the desk: the lock happens even when it cannot be written.
        (void)audit.record(m_actor->auditName(), QStringLiteral("staff.signed-out"),
                           m_venueId ? QStringLiteral("venue:%1").arg(*m_venueId) : QString(), {});
    }
    m_actor.reset();
    if (wasSignedIn)
        Q_EMIT signedInChanged();
    Q_EMIT locked();
}

void StaffDesk::noteActivity()
{
    if (m_actor)
        restartIdleTimer();
}

void StaffDesk::setIdleInterval(std::chrono::milliseconds interval)
{
    m_idleInterval = interval;
    restartIdleTimer();
}

void StaffDesk::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void StaffDesk::restartIdleTimer()
{
    m_idleTimer->stop();
    if (m_actor && m_idleInterval.count() > 0)
        m_idleTimer->start(m_idleInterval);
}

Result<std::vector<StaffMember>> StaffDesk::staff()
{
    std::vector<StaffMember> members;
    if (!m_venueId)
        return members;
    const Result<std::vector<storage::StaffRecord>> records = m_repository->staff(*m_venueId);
    if (!records)
        return Unexpected(records.error());
    for (const storage::StaffRecord &record : *records) {
        if (const std::optional<Role> role = roleOf(record))
            members.push_back(StaffMember{record.id, record.name, *role, record.active});
    }
    return members;
}

Result<bool> StaffDesk::hasStaff()
{
    const Result<std::vector<StaffMember>> members = staff();
    if (!members)
        return Unexpected(members.error());
    return !members->empty();
}

Result<qint64> StaffDesk::addFirstManager(const QString &name, const QString &pin)
{
    if (!m_venueId)
        return Unexpected(Tr::tr("No venue is open, so nobody can sign in."));
    const Result<QString> hash = hashPin(pin);
    if (!hash)
        return Unexpected(hash.error());
    const Actor manager{name.trimmed(), Role::Manager, false};
    storage::StaffRecord record{0, *m_venueId, manager.name, roleKey(Role::Manager), *hash, true};
    // Only while the venue has nobody: seedStaff writes under the write lock or not at all.
    const Result<bool> written = m_repository->seedStaff(*m_venueId, {record}, manager.auditName());
    if (!written)
        return Unexpected(written.error());
    if (!*written)
        return Unexpected(Tr::tr("This venue has staff already: a manager adds new members."));
    Q_EMIT staffChanged();
    if (Result<void> signedIn = signIn(manager.name, pin); !signedIn)
        return Unexpected(signedIn.error());
    const Result<std::optional<storage::StaffRecord>> found
        = m_repository->findByName(*m_venueId, manager.name);
    if (!found || !found->has_value())
        return Unexpected(found ? Tr::tr("The new manager could not be read back.")
                                : found.error());
    return (*found)->id;
}

Result<void> StaffDesk::check(Permission permission, const QString &subject)
{
    if (!m_actor)
        return Unexpected(Tr::tr("Nobody is signed in at the desk: sign in first."));
    return checkAllowed(m_database, *m_actor, permission, subject);
}

Result<void> StaffDesk::manage(const Actor &by, qint64 staffId, const QString &subject)
{
    if (!m_venueId)
        return Unexpected(Tr::tr("No venue is open, so nobody can sign in."));
    return checkAllowed(m_database, by, Permission::ManageStaff,
                        staffId > 0 ? staffSubject(staffId) : subject);
}

Result<qint64> StaffDesk::addMember(const Actor &by, const QString &name, Role role,
                                    const QString &pin)
{
    if (Result<void> may = manage(by, 0, QStringLiteral("venue:%1").arg(m_venueId.value_or(0)));
        !may)
        return Unexpected(may.error());
    const Result<QString> hash = hashPin(pin);
    if (!hash)
        return Unexpected(hash.error());
    const Result<qint64> id = m_repository->addStaff(
        storage::StaffRecord{0, *m_venueId, name.trimmed(), roleKey(role), *hash, true},
        by.auditName());
    if (id)
        afterChange();
    return id;
}

Result<void> StaffDesk::changeRole(const Actor &by, qint64 staffId, Role role)
{
    if (Result<void> may = manage(by, staffId, {}); !may)
        return may;
    const Result<void> changed = m_repository->setRole(staffId, roleKey(role), by.auditName());
    if (changed)
        afterChange();
    return changed;
}

Result<void> StaffDesk::resetPin(const Actor &by, qint64 staffId, const QString &pin)
{
    if (Result<void> may = manage(by, staffId, {}); !may)
        return may;
    const Result<QString> hash = hashPin(pin);
    if (!hash)
        return Unexpected(hash.error());
    const Result<void> changed = m_repository->setPinHash(staffId, *hash, by.auditName());
    if (changed)
        afterChange();
    return changed;
}

Result<void> StaffDesk::setActive(const Actor &by, qint64 staffId, bool active)
{
    if (Result<void> may = manage(by, staffId, {}); !may)
        return may;
    const Result<void> changed = m_repository->setActive(staffId, active, by.auditName());
    if (changed)
        afterChange();
    return changed;
}

Result<void> StaffDesk::removeMember(const Actor &by, qint64 staffId)
{
    if (Result<void> may = manage(by, staffId, {}); !may)
        return may;
    const Result<void> changed = m_repository->removeStaff(staffId, by.auditName());
    if (changed)
        afterChange();
    return changed;
}

void StaffDesk::afterChange()
{
    Q_EMIT staffChanged();
    if (!m_actor || !m_venueId)
        return;
    const Result<std::optional<storage::StaffRecord>> found
        = m_repository->findByName(*m_venueId, m_actor->name);
    if (!found)
        return; // read again at the next change; the desk stays as it is
    const std::optional<Role> role = found->has_value() ? roleOf(**found) : std::nullopt;
    if (!role || !(*found)->active) {
        lock(); // the signed-in member was removed or deactivated
    } else if (*role != m_actor->role) {
        m_actor->role = *role;
        Q_EMIT signedInChanged();
    }
}

} // namespace dojo::venue
