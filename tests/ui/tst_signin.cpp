// Staff at the window: the lock screen covers it until somebody signs in by keyboard (name,
// Tab, PIN, Enter), the window's edits then name them in the audit log, the desk locks again
// after the idle time with what was open kept, a desk member's overrule is refused and
// audited, and the staff list is for managers. Saves signin.png in the build folder.

#include <mainwindow/mainwindow.h>
#include <staff/lockscreen.h>
#include <staff/signinpanel.h>
#include <staff/staffdialog.h>
#include <tablescreen/tablescreen.h>
#include <venuefloor/tablecard.h>
#include <venuefloor/venuefloorview.h>

#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/demovenue.h>
#include <venue/staffdesk.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;

class tst_SignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theLockScreenCoversTheWindow();
    void signsInByKeyboard();
    void aWrongPinIsShownAndTheLockStays();
    void locksWhenIdleAndKeepsWhatWasOpen();
    void ctrlLLocks();
    void aDeskMemberMayNotOverrule();
    void theStaffListIsForManagers();

private:
    void typeAndSignIn(const QString &name, const QString &pin);
    std::vector<storage::AuditEntry> audit(const QString &action) const;

    QTemporaryDir m_data;
    int m_run = 0;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<venue::VenueModel> m_model;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<venue::StaffDesk> m_desk;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_SignIn::initTestCase()
{
    QVERIFY(m_data.isValid());
}

void tst_SignIn::init()
{
    // The demo venue with its staff, hashed at the stored rounds, as a first start makes them.
    const QString folder = m_data.filePath(QStringLiteral("run%1").arg(++m_run));
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(folder));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    const Result<bool> demo = venue::ensureDemoVenue(venues);
    QVERIFY2(demo && *demo, qPrintable(errorOf(demo)));
    const Result<bool> staff = venue::ensureDemoStaff(*m_database);
    QVERIFY2(staff && *staff, qPrintable(errorOf(staff)));
    const Result<bool> again = venue::ensureDemoStaff(*m_database);
    QVERIFY2(again && !*again, qPrintable(errorOf(again)));

    m_settings = std::make_unique<QSettings>(folder + QStringLiteral("/settings.ini"),
                                             QSettings::IniFormat);
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    m_desk = std::make_unique<venue::StaffDesk>(*m_database);
    m_window = std::make_unique<ui::MainWindow>(*m_model, *m_settings);
    m_window->setStaffDesk(m_desk.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_SignIn::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_model.reset();
    m_settings.reset();
    m_database.reset();
}

std::vector<storage::AuditEntry> tst_SignIn::audit(const QString &action) const
{
    storage::AuditLog log(*m_database);
    std::vector<storage::AuditEntry> entries;
    const Result<std::vector<storage::AuditEntry>> recent = log.recent(200);
    if (recent) {
        for (const storage::AuditEntry &entry : *recent) {
            if (entry.action == action)
                entries.push_back(entry);
        }
    }
    return entries;
}

void tst_SignIn::typeAndSignIn(const QString &name, const QString &pin)
{
    // Typed into whatever has the focus, as a person at the desk would.
    ui::SignInPanel *panel = m_window->lockScreen()->panel();
    QTRY_VERIFY(panel->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), name);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), panel->pinField());
    QTest::keyClicks(QApplication::focusWidget(), pin);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

void tst_SignIn::theLockScreenCoversTheWindow()
{
    ui::LockScreen *lock = m_window->lockScreen();
    QVERIFY(lock && lock->isVisible());
    QCOMPARE(lock->geometry(), m_window->rect());
    QVERIFY(!m_window->menuBar()->isEnabled());
    QVERIFY(!m_window->venueFloor()->isEnabled());
    // The demo's accounts with their PINs, since the demo venue is the one shown.
    auto *hint = lock->findChild<QLabel *>(QStringLiteral("signInDemoHint"));
    QVERIFY(hint && hint->isVisible());
    for (const venue::DemoStaffAccount &account : venue::demoStaffAccounts()) {
        QVERIFY2(hint->text().contains(account.name) && hint->text().contains(account.pin),
                 qPrintable(hint->text()));
    }
    QCOMPARE(lock->panel()->nameField()->count(), 3);
    QTest::keyClicks(lock->panel()->nameField()->lineEdit(), QStringLiteral("Mara"));
    const QImage shot = m_window->grab().toImage();
    const QString path = QStringLiteral(DOJO_BUILD_DIR "/signin.png");
    QVERIFY2(shot.save(path), qPrintable(path));
}

void tst_SignIn::signsInByKeyboard()
{
    typeAndSignIn(QStringLiteral("Dev"), QStringLiteral("2222"));
    QVERIFY(m_desk->signedIn());
    QCOMPARE(m_desk->signedIn()->auditName(), QStringLiteral("staff:Dev"));
    QVERIFY(!m_window->lockScreen()->isVisible());
    QVERIFY(m_window->menuBar()->isEnabled());
    QVERIFY(m_window->venueFloor()->isEnabled());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("staffLabel"))->text(),
             QStringLiteral("Dev, Front desk"));

    // The window's edits name the member signed in.
    QCOMPARE(m_window->actorName(), QStringLiteral("staff:Dev"));
    ui::TableCard *second = m_window->venueFloor()->cards().at(1);
    QTest::mouseClick(second, Qt::LeftButton);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("status-out-of-order"));
    if (!action)
        action = m_window->findChild<QAction *>(QStringLiteral("status-out-of-order"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    const std::vector<storage::AuditEntry> changes = audit(QStringLiteral("table.status"));
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0].actor, QStringLiteral("staff:Dev"));
}

void tst_SignIn::aWrongPinIsShownAndTheLockStays()
{
    typeAndSignIn(QStringLiteral("Rita"), QStringLiteral("3334"));
    QVERIFY(m_desk->isLocked());
    QVERIFY(m_window->lockScreen()->isVisible());
    ui::SignInPanel *panel = m_window->lockScreen()->panel();
    QCOMPARE(panel->problemLabel()->text(), QStringLiteral("The PIN is wrong for Rita."));
    QVERIFY(panel->pinField()->text().isEmpty()); // never left on the screen
    QVERIFY(panel->pinField()->hasFocus());
    QTest::keyClicks(panel->pinField(), QStringLiteral("3333"));
    QTest::keyClick(panel->pinField(), Qt::Key_Return);
    QCOMPARE(m_desk->signedIn()->auditName(), QStringLiteral("staff:Rita"));
}

void tst_SignIn::locksWhenIdleAndKeepsWhatWasOpen()
{
    m_desk->setIdleInterval(std::chrono::milliseconds(400));
    typeAndSignIn(QStringLiteral("Mara"), QStringLiteral("1111"));
    QVERIFY(!m_desk->isLocked());
    ui::TableCard *third = m_window->venueFloor()->cards().at(2);
    QTest::mouseClick(third, Qt::LeftButton);
    const std::optional<qint64> selected = m_window->venueFloor()->selectedTableId();
    QVERIFY(selected);
    QSignalSpy locked(m_desk.get(), &venue::StaffDesk::locked);
    QVERIFY(locked.wait(3000));
    QTRY_VERIFY(m_window->lockScreen()->isVisible());
    QVERIFY(!m_window->venueFloor()->isEnabled());
    QCOMPARE(audit(QStringLiteral("staff.signed-out")).at(0).actor, QStringLiteral("staff:Mara"));
    // Whoever signs in next finds the floor as it was left.
    typeAndSignIn(QStringLiteral("Dev"), QStringLiteral("2222"));
    QVERIFY(!m_window->lockScreen()->isVisible());
    QCOMPARE(m_window->venueFloor()->selectedTableId(), selected);

    // A table screen, a window of its own, hides while locked and comes back as it was.
    ui::TableScreen *screen = m_window->openTableScreen(*selected);
    QVERIFY(screen && screen->isVisible());
    QSignalSpy lockedAgain(m_desk.get(), &venue::StaffDesk::locked);
    QVERIFY(lockedAgain.wait(3000));
    QVERIFY(!screen->isVisible());
    QCOMPARE(m_window->tableScreens().size(), size_t(1));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    typeAndSignIn(QStringLiteral("Mara"), QStringLiteral("1111"));
    QVERIFY(screen->isVisible());
}

void tst_SignIn::ctrlLLocks()
{
    typeAndSignIn(QStringLiteral("Dev"), QStringLiteral("2222"));
    QVERIFY(!m_desk->isLocked());
    QTest::mouseClick(m_window->venueFloor()->cards().at(1), Qt::LeftButton);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("status-out-of-order"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QCOMPARE(m_window->undoStack()->count(), 1);
    const size_t changes = audit(QStringLiteral("table.status")).size();

    QTest::keyClick(m_window->venueFloor(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_desk->isLocked());
    QVERIFY(m_window->lockScreen()->isVisible());
    // While locked the window's shortcuts do nothing: Ctrl+Z does not undo the change.
    QTest::keyClick(m_window->lockScreen(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_window->lockScreen(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->undoStack()->index(), 1);
    QCOMPARE(audit(QStringLiteral("table.status")).size(), changes);
}

void tst_SignIn::aDeskMemberMayNotOverrule()
{
    typeAndSignIn(QStringLiteral("Dev"), QStringLiteral("2222"));
    const Result<void> refused
        = m_window->checkPermission(venue::Permission::OverruleRuling, QStringLiteral("table:1"));
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("Only a referee or a manager may overrule a ruling."));
    const std::vector<storage::AuditEntry> entries = audit(QStringLiteral("access.refused"));
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries[0].actor, QStringLiteral("staff:Dev"));
    QCOMPARE(entries[0].subject, QStringLiteral("table:1"));

    m_window->lockDesk();
    typeAndSignIn(QStringLiteral("Rita"), QStringLiteral("3333"));
    const Result<void> allowed
        = m_window->checkPermission(venue::Permission::OverruleRuling, QStringLiteral("table:1"));
    QVERIFY2(allowed, qPrintable(errorOf(allowed)));
}

void tst_SignIn::theStaffListIsForManagers()
{
    typeAndSignIn(QStringLiteral("Mara"), QStringLiteral("1111"));
    ui::StaffDialog dialog(*m_desk, m_window.get());
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 3);
    QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("Mara"));
    QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("Manager"));
    const QImage shot = dialog.grab().toImage();
    QVERIFY(shot.save(QStringLiteral(DOJO_BUILD_DIR "/staff-dialog.png")));
}

QTEST_MAIN(tst_SignIn)
#include "tst_signin.moc"
