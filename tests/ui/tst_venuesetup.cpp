// Setting up a venue from the window: the first start's assistant (set up or open the demo),
// keyboard first, its problems as sentences; the venue created and shown, the demo removed when
// asked; tables and players added, changed and removed through the undo stack.

#include "dialogdriver.h"
#include "screenshot.h"
#include "venuefixture.h"

#include <mainwindow/mainwindow.h>
#include <mainwindow/playerlist.h>
#include <setup/playerdialog.h>
#include <setup/tabledialog.h>
#include <setup/venuesettingsdialog.h>
#include <setup/venuesetupdialog.h>
#include <venuefloor/tablecard.h>
#include <venuefloor/venuefloorview.h>

#include <storage/auditlog.h>
#include <storage/database.h>
#include <support/resulterror.h>
#include <venue/venuemodel.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using dojo::testsupport::saveShot;
using dojo::testsupport::whenShown;

class tst_VenueSetup : public QObject, private testsupport::VenueFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setsUpTheVenueOnTheFirstStart();
    void opensTheDemo();
    void refusesTwoTablesWithOneName();
    void addsEditsAndRemovesATable();
    void aTableNameIsTakenOnce();
    void venueSettingsAreAnUndoableEdit();
    void aPlayerIsAddedWithAMembership();

private:
};

void tst_VenueSetup::init()
{
    const Result<void> opened = openDemoVenueModel();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    openWindow();
    QVERIFY(showWindow(1400, 860));
}

void tst_VenueSetup::cleanup()
{
    closeDemoVenue();
}

void tst_VenueSetup::setsUpTheVenueOnTheFirstStart()
{
    bool driven = false;
    whenShown<ui::VenueSetupDialog>([&](ui::VenueSetupDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->currentId(), int(ui::VenueSetupDialog::ChoicePage));
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("setUpVenue"))->isChecked());
        QTest::keyClick(dialog, Qt::Key_Return); // Enter goes on
        QCOMPARE(dialog->currentId(), int(ui::VenueSetupDialog::VenuePage));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("venueName"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("The Break Room"));
        dialog->findChild<QComboBox *>(QStringLiteral("venueCurrency"))
            ->setEditText(QStringLiteral("USD"));
        dialog->findChild<QComboBox *>(QStringLiteral("venueTimeZone"))
            ->setEditText(QStringLiteral("America/Chicago"));
        saveShot(dialog, "venue-setup-venue.png");
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(dialog->currentId(), int(ui::VenueSetupDialog::TablesPage));
        dialog->findChild<QSpinBox *>(QStringLiteral("tableCount-3"))->setValue(6); // 9 ft
        dialog->findChild<QSpinBox *>(QStringLiteral("tableCount-0"))->setValue(2); // 7 ft
        auto *names = dialog->findChild<QListWidget *>(QStringLiteral("tableNames"));
        QCOMPARE(names->count(), 8);
        names->item(7)->setText(QStringLiteral("Bar Table"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("setupProblems"))->text().isEmpty());
        QVERIFY(dialog->removesDemo()); // asked, and yes by default
        saveShot(dialog, "venue-setup.png");
        driven = true;
        dialog->button(QWizard::FinishButton)->click();
    });
    m_window->offerVenueSetup();
    QVERIFY(driven);

    QVERIFY(m_model->currentVenue());
    QCOMPARE(m_model->currentVenue()->name, QStringLiteral("The Break Room"));
    QCOMPARE(m_model->currentVenue()->currency, QStringLiteral("USD"));
    QCOMPARE(m_model->currentVenue()->timeZone, QStringLiteral("America/Chicago"));
    QVERIFY(!m_model->hasDemoVenue());
    QCOMPARE(m_model->venues().size(), size_t(1));
    QCOMPARE(m_window->venueFloor()->cards().size(), size_t(8));
    QCOMPARE(m_window->venueFloor()->cards().back()->table().name, QStringLiteral("Bar Table"));
    QCOMPARE(m_window->venueFloor()->cards().back()->table().size, TableSize::SevenFoot);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("The Break Room — DojoPool"));
    QTest::qWait(50); // the new cards are laid out and shown by the event loop
    QVERIFY(m_window->venueFloor()->cards().front()->isVisible());
    saveShot(m_window.get(), "venue-set-up-floor.png");
    const std::vector<storage::AuditEntry> entries
        = storage::AuditLog(*m_database).recent().value();
    QCOMPARE(entries.at(0).action, QStringLiteral("venue.demo-removed"));
    QCOMPARE(entries.at(1).action, QStringLiteral("venue.created"));
}

void tst_VenueSetup::opensTheDemo()
{
    whenShown<ui::VenueSetupDialog>([](ui::VenueSetupDialog *dialog) {
        auto *demo = dialog->findChild<QRadioButton *>(QStringLiteral("openDemo"));
        demo->setFocus();
        QTest::keyClick(demo, Qt::Key_Space); // chosen by keyboard
        QVERIFY(demo->isChecked());
        QTest::keyClick(dialog, Qt::Key_Return); // the demo: Enter finishes at once
    });
    m_window->offerVenueSetup();
    QCOMPARE(m_model->venues().size(), size_t(1));
    QVERIFY(m_model->currentVenue()->isDemo);
    QCOMPARE(m_window->venueFloor()->cards().size(), size_t(4));
}

void tst_VenueSetup::refusesTwoTablesWithOneName()
{
    ui::VenueSetupDialog dialog(ui::VenueSetupDialog::Start::NewVenue, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.currentId(), int(ui::VenueSetupDialog::VenuePage)); // no choice later
    dialog.findChild<QLineEdit *>(QStringLiteral("venueName"))->setText(QStringLiteral("Annex"));
    dialog.next();
    auto *names = dialog.findChild<QListWidget *>(QStringLiteral("tableNames"));
    QCOMPARE(names->count(), 4);
    names->item(3)->setText(QStringLiteral("Table 1"));
    dialog.button(QWizard::FinishButton)->click();
    QVERIFY(dialog.isVisible()); // refused
    QCOMPARE(dialog.result(), 0);
    const QString problem = dialog.findChild<QLabel *>(QStringLiteral("setupProblems"))->text();
    QVERIFY2(problem.contains(QStringLiteral("Two tables are called “Table 1”")),
             qPrintable(problem));
    QCOMPARE(m_model->venues().size(), size_t(1));
}

void tst_VenueSetup::addsEditsAndRemovesATable()
{
    whenShown<ui::TableDialog>([](ui::TableDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("tableName"));
        QCOMPARE(name->text(), QStringLiteral("Table 5")); // the next number
        dialog->findChild<QComboBox *>(QStringLiteral("tableRateClass"))
            ->setEditText(QStringLiteral("tv table"));
        dialog->accept();
    });
    m_window->addTable();
    QCOMPARE(m_model->tables().size(), size_t(5));
    const venue::Table added = m_model->tables().back();
    QCOMPARE(added.name, QStringLiteral("Table 5"));
    QCOMPARE(added.rateClass, QStringLiteral("tv table"));
    QCOMPARE(m_window->venueFloor()->cards().size(), size_t(5));

    m_window->venueFloor()->selectTable(added.id);
    whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    m_window->removeSelectedTable();
    QVERIFY(!m_model->table(added.id));
    QCOMPARE(m_window->venueFloor()->cards().size(), size_t(4));
    m_window->undoStack()->undo(); // the removal: the same table is back
    QVERIFY(m_model->table(added.id));
    QCOMPARE(m_model->table(added.id)->rateClass, QStringLiteral("tv table"));
    QCOMPARE(m_window->venueFloor()->cards().size(), size_t(5));
    m_window->undoStack()->undo(); // the add
    QVERIFY(!m_model->table(added.id));
    QCOMPARE(m_window->undoStack()->index(), 0);
}

void tst_VenueSetup::aTableNameIsTakenOnce()
{
    const venue::Table table = m_model->tables().at(0);
    ui::TableDialog dialog(table, {QStringLiteral("Table 2"), QStringLiteral("Table 3")}, false);
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("tableName"));
    QVERIFY(ok->isEnabled());
    name->setText(QStringLiteral("table 2"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("tableProblem"))
                ->text()
                .contains(QStringLiteral("“table 2”")));
    name->setText(QStringLiteral("Centre Table"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.table().name, QStringLiteral("Centre Table"));
    QCOMPARE(dialog.table().id, table.id);
}

void tst_VenueSetup::venueSettingsAreAnUndoableEdit()
{
    whenShown<ui::VenueSettingsDialog>([](ui::VenueSettingsDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("settingsTimeZone"));
        zone->setEditText(QStringLiteral("Atlantis/Central"));
        QVERIFY(!ok->isEnabled()); // a time zone this computer does not know
        zone->setEditText(QStringLiteral("Europe/Madrid"));
        dialog->findChild<QComboBox *>(QStringLiteral("settingsCurrency"))
            ->setEditText(QStringLiteral("chf"));
        QVERIFY(ok->isEnabled()); // typed in small letters, read as the code
        dialog->findChild<QSpinBox *>(QStringLiteral("settingsGrace"))->setValue(20);
        dialog->findChild<QSpinBox *>(QStringLiteral("settingsLock"))->setValue(3);
        ok->click();
    });
    m_window->editVenueSettings();
    QCOMPARE(m_model->currentVenue()->timeZone, QStringLiteral("Europe/Madrid"));
    QCOMPARE(m_model->currentVenue()->currency, QStringLiteral("CHF"));
    QCOMPARE(m_model->currentVenue()->graceMinutes, 20);
    QCOMPARE(m_model->currentVenue()->lockMinutes, 3);
    QCOMPARE(m_window->undoStack()->text(0), QStringLiteral("Change the settings of Dojo Demo"));
    m_window->undoStack()->undo();
    QCOMPARE(m_model->currentVenue()->timeZone, QStringLiteral("UTC"));
    QCOMPARE(m_model->currentVenue()->graceMinutes, 15);
}

void tst_VenueSetup::aPlayerIsAddedWithAMembership()
{
    whenShown<ui::PlayerDialog>([](ui::PlayerDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // a player needs a name
        dialog->findChild<QLineEdit *>(QStringLiteral("playerName"))
            ->setText(QStringLiteral("Ines Ortega"));
        dialog->findChild<QCheckBox *>(QStringLiteral("playerMember"))->setChecked(true);
        dialog->findChild<QDateEdit *>(QStringLiteral("playerMemberUntil"))
            ->setDate(QDate(2027, 1, 31));
        ok->click();
    });
    m_window->addPlayer();
    QCOMPARE(m_model->players().size(), size_t(9));
    const auto ines = std::find_if(m_model->players().begin(), m_model->players().end(),
                                   [](const venue::Player &p) { return p.name == u"Ines Ortega"; });
    QVERIFY(ines != m_model->players().end());
    QCOMPARE(ines->memberUntil, QDate(2027, 1, 31));
    QCOMPARE(m_window->playerList()->visibleCount(), 9);

    // Removed from the list (its Delete), then back with Edit → Undo.
    m_window->playerList()->selectPlayer(ines->id);
    const qint64 id = ines->id;
    whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    m_window->removeSelectedPlayer();
    QVERIFY(!m_model->player(id));
    QCOMPARE(m_window->playerList()->visibleCount(), 8);
    m_window->undoStack()->undo();
    QCOMPARE(m_model->player(id)->memberUntil, QDate(2027, 1, 31));
}

QTEST_MAIN(tst_VenueSetup)
#include "tst_venuesetup.moc"
