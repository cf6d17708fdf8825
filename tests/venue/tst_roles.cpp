// Who may do what at the desk: every role against every permission, each refusal a sentence
// written to the audit log naming the member of staff; signing in with a PIN, the lock-out
// after five wrong PINs in a row, the lock after the idle time, and the staff accounts only a
// manager keeps. On an SQLite scratch database.

#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/staffrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>
#include <venue/pinhash.h>
#include <venue/staff.h>
#include <venue/staffdesk.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::Permission;
using venue::Role;

Q_DECLARE_METATYPE(dojo::venue::Role)
Q_DECLARE_METATYPE(dojo::venue::Permission)

class tst_Roles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eachRoleAgainstEachPermission_data();
    void eachRoleAgainstEachPermission();
    void theDeskChecksWhoIsSignedIn_data();
    void theDeskChecksWhoIsSignedIn();
    void nobodySignedInMayDoNothing();
    void signInAndLock();
    void aRefusedSignInIsAudited_data();
    void aRefusedSignInIsAudited();
    void fiveWrongPinsLockTheNameOut();
    void theDeskLocksWhenIdle();
    void onlyAManagerKeepsTheStaff_data();
    void onlyAManagerKeepsTheStaff();
    void aManagerKeepsTheStaff();
    void aVenueWithoutStaffMakesItsFirstManager();

private:
    std::vector<storage::AuditEntry> audit(const QString &action) const;
    qint64 addMember(const QString &name, Role role, const QString &pin);

    testsupport::ScratchDatabases m_databases;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<venue::StaffDesk> m_desk;
    qint64 m_venueId = 0;
    QDateTime m_now;
};

namespace {

// Who the issue lets take each action; everything else is refused.
bool mayTake(Role role, Permission permission)
{
    if (role == Role::Manager)
        return true;
    return role == Role::Referee
           && (permission == Permission::OverruleRuling || permission == Permission::CorrectResult);
}

const QString kPinRuleText
    = QStringLiteral("A PIN is 4 to 8 digits and a password at least 8 characters.");

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ChangeRates: return QStringLiteral("ChangeRates");
    case Permission::VoidReceipt: return QStringLiteral("VoidReceipt");
    case Permission::RemoveTable: return QStringLiteral("RemoveTable");
    case Permission::RemovePlayer: return QStringLiteral("RemovePlayer");
    case Permission::ManageStaff: return QStringLiteral("ManageStaff");
    case Permission::ChangeVenue: return QStringLiteral("ChangeVenue");
    case Permission::OverruleRuling: return QStringLiteral("OverruleRuling");
    case Permission::CorrectResult: return QStringLiteral("CorrectResult");
    }
    return {};
}

constexpr Permission kAllPermissions[] = {
    Permission::ChangeRates,    Permission::VoidReceipt,   Permission::RemoveTable,
    Permission::RemovePlayer,   Permission::ManageStaff,   Permission::ChangeVenue,
    Permission::OverruleRuling, Permission::CorrectResult,
};

// The role's member in every test's venue, with their PIN.
QString memberOf(Role role)
{
    switch (role) {
    case Role::Manager: return QStringLiteral("Mara");
    case Role::Desk: return QStringLiteral("Dev");
    case Role::Referee: return QStringLiteral("Rita");
    }
    return {};
}

QString pinOf(Role role)
{
    switch (role) {
    case Role::Manager: return QStringLiteral("1111");
    case Role::Desk: return QStringLiteral("2222");
    case Role::Referee: return QStringLiteral("3333");
    }
    return {};
}

void addRoleRows()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    for (Role role : venue::kAllRoles) {
        for (Permission permission : kAllPermissions) {
            QTest::addRow("%s %s", qPrintable(venue::roleKey(role)),
                          qPrintable(permissionName(permission)))
                << role << permission;
        }
    }
}

} // namespace

void tst_Roles::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(errorOf(started)));
}

void tst_Roles::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(errorOf(location)));
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(*location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    for (Role role : venue::kAllRoles)
        QVERIFY(addMember(memberOf(role), role, pinOf(role)) > 0);
    m_desk = std::make_unique<venue::StaffDesk>(*m_database);
    const Result<void> shown = m_desk->setVenue(m_venueId);
    QVERIFY2(shown, qPrintable(errorOf(shown)));
    m_now = QDateTime(QDate(2026, 12, 3), QTime(20, 0), Qt::UTC);
    m_desk->setClock([this] { return m_now; });
}

void tst_Roles::cleanup()
{
    m_desk.reset();
    m_database.reset();
}

qint64 tst_Roles::addMember(const QString &name, Role role, const QString &pin)
{
    // Few rounds, so each sign-in in these tests is quick; the desk reads any round count.
    storage::StaffRepository staff(*m_database);
    const Result<qint64> id
        = staff.addStaff({0, m_venueId, name, venue::roleKey(role),
                          venue::hashPinWith(pin, QByteArray("salt-of-the-test"), 1000), true},
                         venue::systemActor().auditName());
    return id ? *id : -1;
}

std::vector<storage::AuditEntry> tst_Roles::audit(const QString &action) const
{
    storage::AuditLog log(*m_database);
    std::vector<storage::AuditEntry> entries;
    const Result<std::vector<storage::AuditEntry>> recent = log.recent(1000);
    if (!recent)
        return entries;
    for (const storage::AuditEntry &entry : *recent) {
        if (entry.action == action)
            entries.push_back(entry);
    }
    return entries; // newest first
}

void tst_Roles::eachRoleAgainstEachPermission_data()
{
    addRoleRows();
}

void tst_Roles::eachRoleAgainstEachPermission()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    const venue::Actor actor{memberOf(role), role, false};
    const Result<void> verdict
        = venue::checkAllowed(*m_database, actor, permission, QStringLiteral("table:7"));
    const std::vector<storage::AuditEntry> refusals = audit(QStringLiteral("access.refused"));
    if (mayTake(role, permission)) {
        QVERIFY2(verdict, qPrintable(errorOf(verdict)));
        QVERIFY(refusals.empty());
        return;
    }
    QVERIFY(!verdict);
    QVERIFY2(verdict.error().startsWith(QStringLiteral("Only a ")), qPrintable(verdict.error()));
    QVERIFY(verdict.error().endsWith(u'.'));
    QCOMPARE(verdict.error(), venue::allowed(actor, permission).error());
    QCOMPARE(refusals.size(), size_t(1));
    QCOMPARE(refusals[0].actor, QStringLiteral("staff:%1").arg(memberOf(role)));
    QCOMPARE(refusals[0].subject, QStringLiteral("table:7"));
    QCOMPARE(refusals[0].details, verdict.error());
}

void tst_Roles::theDeskChecksWhoIsSignedIn_data()
{
    addRoleRows();
}

void tst_Roles::theDeskChecksWhoIsSignedIn()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    const Result<void> signedIn = m_desk->signIn(memberOf(role), pinOf(role));
    QVERIFY2(signedIn, qPrintable(errorOf(signedIn)));
    QCOMPARE(m_desk->signedIn()->role, role);
    const Result<void> verdict = m_desk->check(permission, QStringLiteral("receipt:12"));
    QCOMPARE(bool(verdict), mayTake(role, permission));
    const std::vector<storage::AuditEntry> refusals = audit(QStringLiteral("access.refused"));
    QCOMPARE(refusals.size(), size_t(verdict ? 0 : 1));
    if (!verdict) {
        QCOMPARE(refusals[0].actor, QStringLiteral("staff:%1").arg(memberOf(role)));
        QCOMPARE(refusals[0].subject, QStringLiteral("receipt:12"));
        QCOMPARE(refusals[0].details, verdict.error());
    }
}

void tst_Roles::nobodySignedInMayDoNothing()
{
    QVERIFY(m_desk->isLocked());
    for (Permission permission : kAllPermissions) {
        const Result<void> verdict = m_desk->check(permission, QStringLiteral("table:1"));
        QVERIFY(!verdict);
        QCOMPARE(verdict.error(),
                 QStringLiteral("Nobody is signed in at the desk: sign in first."));
    }
}

void tst_Roles::signInAndLock()
{
    QSignalSpy changed(m_desk.get(), &venue::StaffDesk::signedInChanged);
    QSignalSpy locked(m_desk.get(), &venue::StaffDesk::locked);
    // Case does not matter in a name, and spaces around it neither.
    const Result<void> signedIn = m_desk->signIn(QStringLiteral(" rita "), QStringLiteral("3333"));
    QVERIFY2(signedIn, qPrintable(errorOf(signedIn)));
    QCOMPARE(m_desk->signedIn()->auditName(), QStringLiteral("staff:Rita"));
    QCOMPARE(m_desk->signedIn()->role, Role::Referee);
    QCOMPARE(changed.size(), 1);
    const std::vector<storage::AuditEntry> signIns = audit(QStringLiteral("staff.signed-in"));
    QCOMPARE(signIns.size(), size_t(1));
    QCOMPARE(signIns[0].actor, QStringLiteral("staff:Rita"));
    m_desk->lock();
    QVERIFY(m_desk->isLocked());
    QCOMPARE(locked.size(), 1);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(audit(QStringLiteral("staff.signed-out")).at(0).actor, QStringLiteral("staff:Rita"));
    for (const storage::AuditEntry &entry : audit(QStringLiteral("staff.signed-in")))
        QVERIFY(!entry.details.contains(QStringLiteral("3333")));
}

void tst_Roles::aRefusedSignInIsAudited_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("wrong PIN") << QStringLiteral("Dev") << QStringLiteral("2223")
                               << QStringLiteral("The PIN is wrong for Dev.");
    QTest::newRow("unknown name") << QStringLiteral("Zed") << QStringLiteral("2222")
                                  << QStringLiteral("Nobody at this venue's staff is called Zed.");
    QTest::newRow("deactivated") << QStringLiteral("Old Tom") << QStringLiteral("4444")
                                 << QStringLiteral("Old Tom's account is deactivated: a manager "
                                                   "can activate it again.");
}

void tst_Roles::aRefusedSignInIsAudited()
{
    QFETCH(QString, name);
    QFETCH(QString, pin);
    QFETCH(QString, sentence);
    const qint64 tom = addMember(QStringLiteral("Old Tom"), Role::Desk, QStringLiteral("4444"));
    storage::StaffRepository staff(*m_database);
    QVERIFY(staff.setActive(tom, false, QStringLiteral("staff:Mara")));
    const Result<void> signedIn = m_desk->signIn(name, pin);
    QVERIFY(!signedIn);
    QCOMPARE(signedIn.error(), sentence);
    QVERIFY(m_desk->isLocked());
    const std::vector<storage::AuditEntry> refused = audit(QStringLiteral("staff.sign-in-refused"));
    QCOMPARE(refused.size(), size_t(1));
    QCOMPARE(refused[0].actor, QStringLiteral("staff:%1").arg(name));
    QCOMPARE(refused[0].details, sentence);
    QVERIFY(!refused[0].details.contains(pin));
}

void tst_Roles::fiveWrongPinsLockTheNameOut()
{
    for (int wrong = 1; wrong < venue::StaffDesk::kWrongPinsBeforeLockOut; ++wrong) {
        const Result<void> refused = m_desk->signIn(QStringLiteral("Dev"), QStringLiteral("9999"));
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("The PIN is wrong for Dev."));
    }
    const Result<void> fifth = m_desk->signIn(QStringLiteral("Dev"), QStringLiteral("9999"));
    QVERIFY(!fifth);
    QCOMPARE(fifth.error(), QStringLiteral("That was the fifth wrong PIN in a row for Dev: signing "
                                           "in as Dev is refused for a minute."));
    // The right PIN is refused too until the minute is over; other names are not.
    m_now = m_now.addSecs(30);
    const Result<void> during = m_desk->signIn(QStringLiteral("dev"), QStringLiteral("2222"));
    QVERIFY(!during);
    QCOMPARE(during.error(),
             QStringLiteral("Too many wrong PINs for dev: try again in 30 seconds."));
    QVERIFY(m_desk->signIn(QStringLiteral("Mara"), QStringLiteral("1111")));
    m_desk->lock();
    m_now = m_now.addSecs(31);
    const Result<void> after = m_desk->signIn(QStringLiteral("Dev"), QStringLiteral("2222"));
    QVERIFY2(after, qPrintable(errorOf(after)));
    QCOMPARE(m_desk->signedIn()->name, QStringLiteral("Dev"));
    const std::vector<storage::AuditEntry> refused = audit(QStringLiteral("staff.sign-in-refused"));
    QCOMPARE(refused.size(), size_t(venue::StaffDesk::kWrongPinsBeforeLockOut + 1));
    for (const storage::AuditEntry &entry : refused)
        QVERIFY(entry.actor.compare(QStringLiteral("staff:Dev"), Qt::CaseInsensitive) == 0);
}

void tst_Roles::theDeskLocksWhenIdle()
{
    QSignalSpy locked(m_desk.get(), &venue::StaffDesk::locked);
    QCOMPARE(m_desk->idleInterval(), std::chrono::milliseconds(std::chrono::minutes(5)));
    m_desk->setIdleInterval(std::chrono::milliseconds(200));
    QVERIFY(m_desk->signIn(QStringLiteral("Dev"), QStringLiteral("2222")));
    // Activity keeps it open past the idle time; then it locks on its own.
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(100);
        m_desk->noteActivity();
    }
    QVERIFY(!m_desk->isLocked());
    QCOMPARE(locked.size(), 0);
    QVERIFY(locked.wait(2000));
    QVERIFY(m_desk->isLocked());
}

void tst_Roles::onlyAManagerKeepsTheStaff_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("desk") << Role::Desk;
    QTest::newRow("referee") << Role::Referee;
}

void tst_Roles::onlyAManagerKeepsTheStaff()
{
    QFETCH(Role, role);
    const venue::Actor by{memberOf(role), role, false};
    const QString sentence = QStringLiteral("Only a manager may add, change or remove staff.");
    const Result<std::vector<venue::StaffMember>> before = m_desk->staff();
    QVERIFY(before);
    const qint64 mara = before->front().id; // by name: Dev, Mara, Rita
    const Result<qint64> added
        = m_desk->addMember(by, QStringLiteral("Sly"), Role::Manager, QStringLiteral("5555"));
    QVERIFY(!added);
    QCOMPARE(added.error(), sentence);
    const std::vector<Result<void>> refusals{
        m_desk->changeRole(by, mara, Role::Desk),
        m_desk->resetPin(by, mara, QStringLiteral("0000")),
        m_desk->setActive(by, mara, false),
        m_desk->removeMember(by, mara),
    };
    for (const Result<void> &refused : refusals) {
        QVERIFY(!refused);
        QCOMPARE(refused.error(), sentence);
    }
    const std::vector<storage::AuditEntry> audited = audit(QStringLiteral("access.refused"));
    QCOMPARE(audited.size(), refusals.size() + 1);
    for (const storage::AuditEntry &entry : audited) {
        QCOMPARE(entry.actor, QStringLiteral("staff:%1").arg(memberOf(role)));
        QCOMPARE(entry.details, sentence);
    }
    const Result<std::vector<venue::StaffMember>> after = m_desk->staff();
    QVERIFY(after);
    QCOMPARE(after->size(), before->size());
}

void tst_Roles::aManagerKeepsTheStaff()
{
    const venue::Actor mara{QStringLiteral("Mara"), Role::Manager, false};
    const Result<qint64> sly
        = m_desk->addMember(mara, QStringLiteral("Sly"), Role::Desk, QStringLiteral("5555"));
    QVERIFY2(sly, qPrintable(errorOf(sly)));
    const Result<qint64> again
        = m_desk->addMember(mara, QStringLiteral("SLY"), Role::Referee, QStringLiteral("5555"));
    QVERIFY(!again);
    QCOMPARE(again.error(),
             QStringLiteral("The name \"Sly\" is already taken by another member of staff."));
    const Result<qint64> badPin
        = m_desk->addMember(mara, QStringLiteral("Kim"), Role::Desk, QStringLiteral("12"));
    QVERIFY(!badPin);
    QCOMPARE(badPin.error(), kPinRuleText);

    QVERIFY(m_desk->changeRole(mara, *sly, Role::Referee));
    QVERIFY(m_desk->resetPin(mara, *sly, QStringLiteral("6543")));
    QVERIFY(m_desk->signIn(QStringLiteral("Sly"), QStringLiteral("6543")));
    QCOMPARE(m_desk->signedIn()->role, Role::Referee);
    // Deactivating the member signed in locks the desk.
    QVERIFY(m_desk->setActive(mara, *sly, false));
    QVERIFY(m_desk->isLocked());
    QVERIFY(!m_desk->signIn(QStringLiteral("Sly"), QStringLiteral("6543")));
    QVERIFY(m_desk->removeMember(mara, *sly));

    // The venue keeps an active manager.
    const qint64 maraId = m_desk->staff()->at(1).id;
    const Result<void> last = m_desk->changeRole(mara, maraId, Role::Desk);
    QVERIFY(!last);
    QCOMPARE(last.error(), QStringLiteral("Mara is the venue's last active manager: make another "
                                          "member of staff a manager first."));

    for (const QString &action :
         {QStringLiteral("staff.added"), QStringLiteral("staff.role"), QStringLiteral("staff.pin"),
          QStringLiteral("staff.deactivated"), QStringLiteral("staff.removed")}) {
        const std::vector<storage::AuditEntry> entries = audit(action);
        QVERIFY2(!entries.empty(), qPrintable(action));
        QCOMPARE(entries[0].actor, QStringLiteral("staff:Mara"));
        QVERIFY(!entries[0].details.contains(QStringLiteral("6543")));
        QVERIFY(!entries[0].details.contains(QStringLiteral("pbkdf2")));
    }
}

void tst_Roles::aVenueWithoutStaffMakesItsFirstManager()
{
    storage::VenueRepository venues(*m_database);
    const Result<qint64> empty = venues.addVenue(QStringLiteral("New Hall"), false);
    QVERIFY(empty);
    QVERIFY(m_desk->setVenue(*empty));
    QCOMPARE(*m_desk->hasStaff(), false);
    const Result<qint64> first
        = m_desk->addFirstManager(QStringLiteral("Owner"), QStringLiteral("2468"));
    QVERIFY2(first, qPrintable(errorOf(first)));
    QCOMPARE(m_desk->signedIn()->auditName(), QStringLiteral("staff:Owner"));
    QCOMPARE(m_desk->signedIn()->role, Role::Manager);
    const Result<qint64> second
        = m_desk->addFirstManager(QStringLiteral("Intruder"), QStringLiteral("1357"));
    QVERIFY(!second);
    QCOMPARE(second.error(),
             QStringLiteral("This venue has staff already: a manager adds new members."));
}

QTEST_GUILESS_MAIN(tst_Roles)
#include "tst_roles.moc"
