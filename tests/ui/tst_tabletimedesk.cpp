// Table time in the window: the Desk menu and its keys, the checkout dialog showing the
// receipt before and after checkout (screenshot checkout.png), its PDF, the rates dialog
// refusing the desk, and the walk-in queue panel.
#include "venuefixture.h"

#include <mainwindow/mainwindow.h>
#include <tabletime/checkoutdialog.h>
#include <tabletime/moneytext.h>
#include <tabletime/ratesdialog.h>
#include <tabletime/tabletimedesk.h>
#include <tabletime/walkinpanel.h>
#include <venuefloor/tablecard.h>
#include <venuefloor/venuefloorview.h>

#include <storage/auditlog.h>
#include <storage/database.h>
#include <support/resulterror.h>
#include <venue/tabletime.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;

class tst_TableTimeDesk : public QObject, private testsupport::VenueFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theDeskMenuHasItsKeys();
    void checkoutShowsAndIssuesTheReceipt();
    void theDeskMayNotSaveRates();
    void moneyIsTypedAsCents_data();
    void moneyIsTypedAsCents();
    void theQueueShowsItsWaits();
    void aSessionShowsOnTheFloor();

private:
    qint64 tableId(int index) const { return m_model->tables().at(size_t(index)).id; }

    std::unique_ptr<venue::TableTime> m_tableTime;
    QDateTime m_now;
};

void tst_TableTimeDesk::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Result<void> opened = openDemoVenueModel();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    const Result<void> rated = addDemoRates();
    QVERIFY2(rated, qPrintable(errorOf(rated)));
    m_tableTime = std::make_unique<venue::TableTime>(*m_database);
    m_now = QDateTime::fromString(QStringLiteral("2026-12-03T19:00:00Z"), Qt::ISODate);
    m_tableTime->setClock([this] { return m_now; });
    openWindow();
    QVERIFY(m_tableTime->load(m_model->currentVenue()->id));
    m_window->setTableTime(*m_tableTime);
    QVERIFY(showWindow(1600, 900));
}

void tst_TableTimeDesk::cleanup()
{
    m_window.reset();
    m_tableTime.reset();
    closeDemoVenue();
}

void tst_TableTimeDesk::theDeskMenuHasItsKeys()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("deskMenu"));
    QVERIFY(menu && m_window->menuBar()->actions().contains(menu->menuAction()));
    QVERIFY(menu);
    QStringList keys;
    for (QAction *action : menu->actions())
        if (!action->shortcut().isEmpty())
            keys.append(action->shortcut().toString());
    QVERIFY2(keys.contains(QStringLiteral("Ctrl+I")) && keys.contains(QStringLiteral("Ctrl+O")),
             qPrintable(keys.join(u' ')));
    auto *rates = m_window->findChild<QAction *>(QStringLiteral("editRates"));
    QVERIFY(rates && rates->isEnabled());
    // Nothing is played yet: nothing to pause, move or check out.
    m_window->venueFloor()->selectTable(tableId(0));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("checkOut"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("checkIn"))->isEnabled());
}

void tst_TableTimeDesk::checkoutShowsAndIssuesTheReceipt()
{
    const Result<qint64> session = m_tableTime->checkIn(
        {tableId(0), QStringLiteral("Bea Schmidt"), std::nullopt, true, std::nullopt},
        venue::Actor{QStringLiteral("Ana"), venue::Role::Desk});
    QVERIFY2(session, qPrintable(errorOf(session)));
    m_now = m_now.addSecs(40 * 60);
    QVERIFY(m_tableTime->move(tableId(0), tableId(3), m_window->actor()));
    m_now = m_now.addSecs(35 * 60);
    const Result<venue::Receipt> preview = m_tableTime->previewCheckout(tableId(3));
    QVERIFY2(preview, qPrintable(errorOf(preview)));
    QCOMPARE(preview->number, 0);

    ui::CheckoutDialog dialog(
        *preview, [this] { return m_tableTime->checkout(tableId(3), m_window->actor()); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *print = dialog.findChild<QPushButton *>(QStringLiteral("printReceipt"));
    QVERIFY(!print->isEnabled()); // nothing to hand over before checkout
    const Result<void> issued = dialog.checkOut();
    QVERIFY2(issued, qPrintable(errorOf(issued)));
    QVERIFY(dialog.isIssued());
    QCOMPARE(dialog.receipt().number, 1);
    QCOMPARE(dialog.receipt().totalCents, preview->totalCents);
    QVERIFY(print->isEnabled());
    QVERIFY(!m_tableTime->sessionAt(tableId(3)));
    const QString paper = dialog.findChild<QLabel *>(QStringLiteral("receiptPaper"))->text();
    QVERIFY2(paper.contains(QStringLiteral("Receipt 1"))
                 && paper.contains(QStringLiteral("Table 4"))
                 && paper.contains(dialog.receipt().money(dialog.receipt().totalCents)),
             qPrintable(paper));
    QApplication::processEvents();
    const QString shot = QStringLiteral(DOJO_BUILD_DIR "/checkout.png");
    QVERIFY2(dialog.grab().save(shot), qPrintable(shot));

    const QString pdf = m_data->filePath(QStringLiteral("receipt.pdf"));
    const Result<void> saved = dialog.saveAsPdf(pdf);
    QVERIFY2(saved, qPrintable(errorOf(saved)));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void tst_TableTimeDesk::theDeskMayNotSaveRates()
{
    ui::RatesDialog dialog(m_tableTime->rates(), m_tableTime->rateClasses(),
                           m_tableTime->currency(),
                           [this](const std::vector<venue::RateRule> &rates) {
                               return m_tableTime->setRates(
                                   rates, venue::Actor{QStringLiteral("Ana"), venue::Role::Desk});
                           });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 3);
    const Result<std::vector<venue::RateRule>> typed = dialog.rates();
    QVERIFY2(typed, qPrintable(errorOf(typed)));
    QCOMPARE(typed->size(), m_tableTime->rates().size());
    for (size_t i = 0; i < typed->size(); ++i) {
        QCOMPARE((*typed)[i].centsPerHour, m_tableTime->rates()[i].centsPerHour);
        QCOMPARE((*typed)[i].happyHours.size(), m_tableTime->rates()[i].happyHours.size());
    }
    dialog.grab().save(QStringLiteral(DOJO_BUILD_DIR "/rates.png"));
    QVERIFY(!dialog.trySave());
    const QString said = dialog.findChild<QLabel *>(QStringLiteral("ratesOutcome"))->text();
    QVERIFY2(!said.isEmpty(), "the refusal was not shown");
    storage::AuditLog audit(*m_database);
    QCOMPARE(audit.recent(1)->front().action, QStringLiteral("access.refused"));
}

void tst_TableTimeDesk::moneyIsTypedAsCents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: refused
    QTest::newRow("whole") << "12" << qint64(1200);
    QTest::newRow("point") << "12.50" << qint64(1250);
    QTest::newRow("comma") << "12,5" << qint64(1250);
    QTest::newRow("cents") << "0.05" << qint64(5);
    QTest::newRow("three decimals") << "1.005" << qint64(-1);
    QTest::newRow("negative") << "-3" << qint64(-1);
    QTest::newRow("words") << "ten" << qint64(-1);
}

void tst_TableTimeDesk::moneyIsTypedAsCents()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const std::optional<venue::Cents> read = ui::centsFromText(text);
    QCOMPARE(read.value_or(-1), cents);
    if (read)
        QCOMPARE(ui::centsFromText(ui::moneyText(*read)), read);
}

void tst_TableTimeDesk::theQueueShowsItsWaits()
{
    for (int i = 0; i < 4; ++i) {
        QVERIFY(m_tableTime->checkIn(
            {tableId(i), QStringLiteral("Player %1").arg(i + 1), std::nullopt, false, std::nullopt},
            m_window->actor()));
    }
    QVERIFY(m_tableTime->addWalkIn(QStringLiteral("Emil"), 3, QString(), m_window->actor()));
    ui::WalkInPanel *panel = m_window->tableTimeDesk()->walkInPanel();
    QCOMPARE(panel->list()->topLevelItemCount(), 1);
    const QString wait = panel->list()->topLevelItem(0)->text(3);
    QVERIFY2(wait.contains(QStringLiteral("60 min")), qPrintable(wait));
    QVERIFY(m_tableTime->walkInLeft(m_tableTime->walkIns().front().id, m_window->actor()));
    QCOMPARE(panel->list()->topLevelItemCount(), 0);
}

void tst_TableTimeDesk::aSessionShowsOnTheFloor()
{
    QVERIFY(m_tableTime->checkIn(
        {tableId(1), QStringLiteral("Chen"), std::nullopt, false, std::nullopt},
        m_window->actor()));
    const ui::TableCard *card = m_window->venueFloor()->cards().at(1);
    QCOMPARE(card->table().status, venue::TableStatus::InPlay);
    QVERIFY(m_tableTime->pause(tableId(1), m_window->actor()));
    QCOMPARE(m_window->venueFloor()->cards().at(1)->table().status, venue::TableStatus::Paused);
    m_window->venueFloor()->selectTable(tableId(1));
    auto *pause = m_window->findChild<QAction *>(QStringLiteral("pauseResume"));
    QVERIFY(pause->isEnabled());
    QCOMPARE(pause->text(), QStringLiteral("&Resume"));
    m_window->grab().save(QStringLiteral(DOJO_BUILD_DIR "/venue-floor-paused.png"));
}

QTEST_MAIN(tst_TableTimeDesk)
#include "tst_tabletimedesk.moc"
