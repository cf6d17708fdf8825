// A venue's staff accounts on both databases: added, found whatever the case of the name, a
// name taken once, role, PIN hash and active changed and removed, each audited naming the
// actor and never the hash, the last active manager kept, and the demo's staff seeded once.

#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/staffrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <support/scratchdatabases.h>

#include <QTest>

#include <memory>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;

class tst_StaffRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addsAndFinds();
    void aNameIsTakenOnce_data();
    void aNameIsTakenOnce();
    void changesAreAudited();
    void theLastManagerStays();
    void seedsOnce();

private:
    StaffRecord member(const QString &name, const QString &role) const
    {
        return {0,   m_venueId, name, role, QStringLiteral("pbkdf2-sha256$1000$c2FsdA==$aGFzaA=="),
                true};
    }
    std::vector<AuditEntry> audit() const;

    testsupport::ScratchDatabases m_databases;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<StaffRepository> m_staff;
    qint64 m_venueId = 0;
};

const QString kActor = QStringLiteral("staff:Mara");

void tst_StaffRepository::initTestCase()
{
    const Result<void> started = m_databases.start();
    QVERIFY2(started, qPrintable(errorOf(started)));
}

void tst_StaffRepository::init()
{
    const auto location = m_databases.fresh();
    QVERIFY2(location, qPrintable(errorOf(location)));
    Result<std::unique_ptr<Database>> opened = Database::open(*location);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    VenueRepository venues(*m_database);
    const Result<qint64> venueId = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    m_staff = std::make_unique<StaffRepository>(*m_database);
}

void tst_StaffRepository::cleanup()
{
    m_staff.reset();
    m_database.reset();
}

std::vector<AuditEntry> tst_StaffRepository::audit() const
{
    AuditLog log(*m_database);
    const Result<std::vector<AuditEntry>> recent = log.recent(100);
    return recent ? *recent : std::vector<AuditEntry>();
}

void tst_StaffRepository::addsAndFinds()
{
    const Result<qint64> mara
        = m_staff->addStaff(member(QStringLiteral("Mara"), QStringLiteral("manager")), kActor);
    QVERIFY2(mara, qPrintable(errorOf(mara)));
    QVERIFY(m_staff->addStaff(member(QStringLiteral("Dev"), QStringLiteral("desk")), kActor));
    const Result<std::vector<StaffRecord>> all = m_staff->staff(m_venueId);
    QVERIFY2(all, qPrintable(errorOf(all)));
    QCOMPARE(all->size(), size_t(2));
    QCOMPARE(all->at(0).name, QStringLiteral("Dev")); // by name
    const Result<std::optional<StaffRecord>> found
        = m_staff->findByName(m_venueId, QStringLiteral(" MARA "));
    QVERIFY2(found && found->has_value(), qPrintable(errorOf(found)));
    QCOMPARE((*found)->id, *mara);
    QCOMPARE((*found)->role, QStringLiteral("manager"));
    QVERIFY((*found)->active);
    QVERIFY(!m_staff->findByName(m_venueId, QStringLiteral("Nobody"))->has_value());
    QCOMPARE(*m_staff->lockMinutes(m_venueId), 5);
}

void tst_StaffRepository::aNameIsTakenOnce_data()
{
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << QStringLiteral("Rita");
    QTest::newRow("other case") << QStringLiteral("rITA");
    QTest::newRow("spaces around") << QStringLiteral("  Rita ");
}

void tst_StaffRepository::aNameIsTakenOnce()
{
    QFETCH(QString, second);
    QVERIFY(m_staff->addStaff(member(QStringLiteral("Rita"), QStringLiteral("referee")), kActor));
    const Result<qint64> again = m_staff->addStaff(member(second, QStringLiteral("desk")), kActor);
    QVERIFY(!again);
    QCOMPARE(again.error(),
             QStringLiteral("The name \"Rita\" is already taken by another member of staff."));
    QCOMPARE(m_staff->staff(m_venueId)->size(), size_t(1));
}

void tst_StaffRepository::changesAreAudited()
{
    QVERIFY(m_staff->addStaff(member(QStringLiteral("Mara"), QStringLiteral("manager")), kActor));
    const Result<qint64> dev
        = m_staff->addStaff(member(QStringLiteral("Dev"), QStringLiteral("desk")), kActor);
    QVERIFY(dev);
    QVERIFY(m_staff->setRole(*dev, QStringLiteral("referee"), kActor));
    const QString newHash = QStringLiteral("pbkdf2-sha256$1000$bmV3$bmV3aGFzaA==");
    QVERIFY(m_staff->setPinHash(*dev, newHash, kActor));
    QVERIFY(m_staff->setActive(*dev, false, kActor));
    const Result<void> notARole = m_staff->setRole(*dev, QStringLiteral("owner"), kActor);
    QVERIFY(!notARole);
    StaffRecord stored = **m_staff->findByName(m_venueId, QStringLiteral("Dev"));
    QCOMPARE(stored.role, QStringLiteral("referee"));
    QCOMPARE(stored.pinHash, newHash);
    QVERIFY(!stored.active);
    QVERIFY(m_staff->removeStaff(*dev, kActor));
    QVERIFY(!m_staff->findByName(m_venueId, QStringLiteral("Dev"))->has_value());

    const std::vector<AuditEntry> entries = audit(); // newest first
    QStringList actions;
    for (const AuditEntry &entry : entries) {
        if (entry.subject != QStringLiteral("staff:%1").arg(*dev))
            continue;
        actions.prepend(entry.action);
        QCOMPARE(entry.actor, kActor);
        QVERIFY(!entry.details.contains(QStringLiteral("pbkdf2")));
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("staff.added"), QStringLiteral("staff.role"),
                                   QStringLiteral("staff.pin"), QStringLiteral("staff.deactivated"),
                                   QStringLiteral("staff.removed")}));
}

void tst_StaffRepository::theLastManagerStays()
{
    const Result<qint64> mara
        = m_staff->addStaff(member(QStringLiteral("Mara"), QStringLiteral("manager")), kActor);
    QVERIFY(mara);
    const QString sentence = QStringLiteral(
        "Mara is the venue's last active manager: make another member of staff a manager first.");
    for (const Result<void> &refused :
         {m_staff->setRole(*mara, QStringLiteral("desk"), kActor),
          m_staff->setActive(*mara, false, kActor), m_staff->removeStaff(*mara, kActor)}) {
        QVERIFY(!refused);
        QCOMPARE(refused.error(), sentence);
    }
    const Result<qint64> max
        = m_staff->addStaff(member(QStringLiteral("Max"), QStringLiteral("manager")), kActor);
    QVERIFY(max);
    QVERIFY(m_staff->setRole(*mara, QStringLiteral("desk"), kActor));
}

void tst_StaffRepository::seedsOnce()
{
    const std::vector<StaffRecord> demo{member(QStringLiteral("Mara"), QStringLiteral("manager")),
                                        member(QStringLiteral("Dev"), QStringLiteral("desk"))};
    const Result<bool> first = m_staff->seedStaff(m_venueId, demo, QStringLiteral("system:root"));
    QVERIFY2(first && *first, qPrintable(errorOf(first)));
    const Result<bool> second = m_staff->seedStaff(m_venueId, demo, QStringLiteral("system:root"));
    QVERIFY2(second && !*second, qPrintable(errorOf(second)));
    QCOMPARE(m_staff->staff(m_venueId)->size(), size_t(2));
}

QTEST_GUILESS_MAIN(tst_StaffRepository)
#include "tst_staffrepository.moc"
