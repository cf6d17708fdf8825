#pragma once

#include "venue/staff.h"

#include <core/result.h>

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace dojo::storage {
class Database;
class StaffRepository;
} // namespace dojo::storage

namespace dojo::venue {

// A member of the venue's staff as the desk lists them; the PIN's hash stays in storage.
struct StaffMember
{
    qint64 id = 0;
    QString name;
    Role role = Role::Desk;
    bool active = true;
};

// Who is at the front desk of one venue: sign-in with a name and a PIN, sign-out, the lock
// after the venue's idle minutes, and the staff accounts a manager keeps. Five wrong PINs in a
// row for one name refuse that name for a minute. Every sign-in, refusal and change is audited
// naming the member of staff; a PIN is never written anywhere, only its hash.
class StaffDesk : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    static constexpr int kWrongPinsBeforeLockOut = 5;
    static constexpr std::chrono::seconds kLockOut{60};

    explicit StaffDesk(storage::Database &database, QObject *parent = nullptr);
    ~StaffDesk() override;

    // The venue whose staff sign in here, with its idle minutes (venues.lock_minutes; 0: never
    // locks). Whoever was signed in for another venue is signed out.
    Result<void> setVenue(qint64 venueId);
    std::optional<qint64> venueId() const { return m_venueId; }

    // The member of staff signed in now; nobody while the desk is locked.
    const std::optional<Actor> &signedIn() const { return m_actor; }
    bool isLocked() const { return !m_actor.has_value(); }

    // Refused with one sentence: an unknown or inactive name, a wrong PIN, a name locked out.
    Result<void> signIn(const QString &name, const QString &pin);
    // Signs out and locks: the next person signs in (staff switching at the desk).
    void lock();

    // The window saw a key or a click: the idle time starts again.
    void noteActivity();
    // How long the desk may stay idle before it locks; zero never locks. Tests shorten it.
    void setIdleInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds idleInterval() const { return m_idleInterval; }
    // Where the lock-out's time comes from (tests step it).
    void setClock(Clock clock);

    // The venue's staff by name, the inactive too.
    Result<std::vector<StaffMember>> staff();
    // A venue without staff lets the desk make its first manager, who is then signed in.
    Result<bool> hasStaff();
    Result<qint64> addFirstManager(const QString &name, const QString &pin);

    // Whether the member signed in may take the action; a refusal is audited (checkAllowed).
    Result<void> check(Permission permission, const QString &subject);

    // A manager's changes to the staff; refused and audited for anybody else.
    Result<qint64> addMember(const Actor &by, const QString &name, Role role, const QString &pin);
    Result<void> changeRole(const Actor &by, qint64 staffId, Role role);
    Result<void> resetPin(const Actor &by, qint64 staffId, const QString &pin);
    Result<void> setActive(const Actor &by, qint64 staffId, bool active);
    Result<void> removeMember(const Actor &by, qint64 staffId);

Q_SIGNALS:
    void signedInChanged(); // somebody signed in, or the desk locked
    void locked();
    void staffChanged();

private:
    struct Attempts
    {
        int wrong = 0;
        QDateTime refusedUntil;
    };

    Result<void> refuseSignIn(const QString &name, const QString &why);
    Result<void> manage(const Actor &by, qint64 staffId, const QString &subject);
    void afterChange(); // the signed-in member's own account may have changed
    void restartIdleTimer();

    storage::Database &m_database;
    std::unique_ptr<storage::StaffRepository> m_repository;
    std::optional<qint64> m_venueId;
    std::optional<Actor> m_actor;
    std::map<QString, Attempts> m_attempts; // by lower-case name
    QTimer *m_idleTimer = nullptr;
    std::chrono::milliseconds m_idleInterval{std::chrono::minutes(5)};
    Clock m_clock;
};

} // namespace dojo::venue
