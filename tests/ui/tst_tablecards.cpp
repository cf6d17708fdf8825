// The table cards from the front desk: the dialog that prints them or saves them as a PDF,
// the Venue menu's entries that need the live games, new join codes only after a yes, and
// the status bar's line about the live games. Screenshots: tablecards.png, live-status.png.

#include <mainwindow/mainwindow.h>
#include <tablecards/livedesk.h>
#include <tablecards/tablecardsdialog.h>

#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <support/qrreading.h>
#include <support/resulterror.h>
#include <venue/demovenue.h>
#include <venue/venuemodel.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;

namespace {

std::vector<print::TableCard> someCards(int count)
{
    std::vector<print::TableCard> cards;
    for (int i = 1; i <= count; ++i) {
        print::TableCard card;
        card.venue = QStringLiteral("Dojo Demo");
        card.table = QStringLiteral("Table %1").arg(i);
        card.joinUrl = QStringLiteral("http://192.168.1.20:8080/t/Table%20%1?k=token%1").arg(i);
        card.shownUrl = card.joinUrl.mid(7);
        cards.push_back(card);
    }
    return cards;
}

// The pages of a PDF Qt wrote: one page object each.
int pdfPages(const QString &file)
{
    QFile pdf(file);
    if (!pdf.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(pdf.readAll());
    if (!text.startsWith(QLatin1String("%PDF")))
        return -1;
    return int(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

QImage previewOf(const ui::TableCardsDialog &dialog)
{
    return dialog.preview()->pixmap().toImage();
}

} // namespace

class tst_TableCards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsEveryTableTicked();
    void theSelectedTablesCardIsShown();
    void tickedCardsDecideTheLayout_data();
    void tickedCardsDecideTheLayout();
    void printsOnAPrinter();
    void nothingTickedNothingPrinted();
    void aFileThatCannotBeWrittenIsRefused();
    void escapeCloses();
    void menuEntriesNeedTheLiveGames();
    void newJoinCodesOnlyAfterYes();
    void aFailedRenewalSaysWhy();
    void statusBarSaysHowTheLiveGamesAre();

private:
    std::unique_ptr<ui::MainWindow> openWindow();

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<venue::VenueModel> m_model;
    std::unique_ptr<QSettings> m_settings;
};

void tst_TableCards::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
}

void tst_TableCards::cleanup()
{
    m_model.reset();
    m_settings.reset();
    m_database.reset();
    m_data.reset();
}

std::unique_ptr<ui::MainWindow> tst_TableCards::openWindow()
{
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(m_data->path()));
    if (!opened)
        qFatal("%s", qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    if (const Result<bool> demo = venue::ensureDemoVenue(venues); !demo)
        qFatal("%s", qPrintable(errorOf(demo)));
    m_settings = std::make_unique<QSettings>(m_data->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    auto window = std::make_unique<ui::MainWindow>(*m_model, *m_settings);
    window->resize(1400, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window was not shown");
    return window;
}

void tst_TableCards::listsEveryTableTicked()
{
    ui::TableCardsDialog dialog(someCards(3));
    QCOMPARE(dialog.tableList()->count(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(dialog.tableList()->item(row)->text(), QStringLiteral("Table %1").arg(row + 1));
        QCOMPARE(dialog.tableList()->item(row)->checkState(), Qt::Checked);
    }
    QCOMPARE(dialog.chosenCards().size(), size_t(3));
    auto *print = dialog.findChild<QPushButton *>(QStringLiteral("printCards"));
    QVERIFY(print);
    QVERIFY(print->isDefault());
    QVERIFY(print->isEnabled());

    dialog.resize(640, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QStringLiteral(DOJO_BUILD_DIR "/tablecards.png")));
}

void tst_TableCards::theSelectedTablesCardIsShown()
{
    const std::vector<print::TableCard> cards = someCards(3);
    ui::TableCardsDialog dialog(cards);
    const QImage first = previewOf(dialog);
    QVERIFY(!first.isNull());
    Result<QString> read = testsupport::readQrCode(first);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(*read, cards[0].joinUrl);

    dialog.tableList()->setCurrentRow(2);
    const QImage third = previewOf(dialog);
    QVERIFY(third != first);
    read = testsupport::readQrCode(third);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(*read, cards[2].joinUrl);
}

void tst_TableCards::tickedCardsDecideTheLayout_data()
{
    QTest::addColumn<int>("cards");
    QTest::addColumn<int>("ticked");
    QTest::addColumn<int>("pages");
    QTest::newRow("one card, an A6 page") << 4 << 1 << 1;
    QTest::newRow("four cards, one sheet") << 4 << 4 << 1;
    QTest::newRow("five cards, two sheets") << 6 << 5 << 2;
}

void tst_TableCards::tickedCardsDecideTheLayout()
{
    QFETCH(int, cards);
    QFETCH(int, ticked);
    QFETCH(int, pages);
    ui::TableCardsDialog dialog(someCards(cards));
    for (int row = ticked; row < cards; ++row)
        dialog.tableList()->item(row)->setCheckState(Qt::Unchecked);
    QCOMPARE(int(dialog.chosenCards().size()), ticked);
    QCOMPARE(ui::TableCardsDialog::layoutFor(size_t(ticked)),
             ticked == 1 ? print::CardLayout::OnePerPage : print::CardLayout::Sheet);

    const QString file = m_data->filePath(QStringLiteral("cards.pdf"));
    const Result<void> saved = dialog.saveAsPdf(file);
    QVERIFY2(saved, qPrintable(errorOf(saved)));
    QCOMPARE(pdfPages(file), pages);
}

void tst_TableCards::printsOnAPrinter()
{
    ui::TableCardsDialog dialog(someCards(2));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString file = m_data->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(file);
    const Result<void> printed = dialog.printOn(printer);
    QVERIFY2(printed, qPrintable(errorOf(printed)));
    QCOMPARE(pdfPages(file), 1);
}

void tst_TableCards::nothingTickedNothingPrinted()
{
    ui::TableCardsDialog dialog(someCards(2));
    for (int row = 0; row < 2; ++row)
        dialog.tableList()->item(row)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("printCards"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveCardsPdf"))->isEnabled());
    const QString file = m_data->filePath(QStringLiteral("none.pdf"));
    QVERIFY(!dialog.saveAsPdf(file));
    QVERIFY(!QFile::exists(file));
}

void tst_TableCards::aFileThatCannotBeWrittenIsRefused()
{
    ui::TableCardsDialog dialog(someCards(1));
    const Result<void> saved
        = dialog.saveAsPdf(m_data->filePath(QStringLiteral("no/such/folder/cards.pdf")));
    QVERIFY(!saved);
    QVERIFY(!saved.error().isEmpty());
}

void tst_TableCards::escapeCloses()
{
    ui::TableCardsDialog dialog(someCards(2));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_TableCards::menuEntriesNeedTheLiveGames()
{
    const std::unique_ptr<ui::MainWindow> window = openWindow();
    auto *print = window->findChild<QAction *>(QStringLiteral("printTableCards"));
    auto *renew = window->findChild<QAction *>(QStringLiteral("newJoinCodes"));
    QVERIFY(print && renew);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(!print->isEnabled());
    QVERIFY(!renew->isEnabled());

    window->setLive(ui::LiveDesk{.cards = [] { return someCards(4); },
                                 .renewCodes = []() -> Result<void> { return {}; }});
    QVERIFY(print->isEnabled());
    QVERIFY(renew->isEnabled());
    // Another table selected or a reload keeps them.
    window->reload();
    QVERIFY(print->isEnabled());

    window->setLive({});
    QVERIFY(!print->isEnabled());
    QVERIFY(!renew->isEnabled());
}

void tst_TableCards::newJoinCodesOnlyAfterYes()
{
    const std::unique_ptr<ui::MainWindow> window = openWindow();
    int renewals = 0;
    window->setLive(ui::LiveDesk{.cards = [] { return someCards(4); },
                                 .renewCodes = [&renewals]() -> Result<void> {
                                     ++renewals;
                                     return {};
                                 }});
    const auto answer = [](bool yes, QString *question) {
        QTimer::singleShot(0, [yes, question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *question = box->text();
            if (!yes) {
                QTest::keyClick(box, Qt::Key_Escape);
                return;
            }
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
    };

    QString question;
    answer(false, &question);
    window->findChild<QAction *>(QStringLiteral("newJoinCodes"))->trigger();
    QVERIFY2(question.contains(QStringLiteral("void every table card")), qPrintable(question));
    QCOMPARE(renewals, 0);

    question.clear();
    answer(true, &question);
    window->findChild<QAction *>(QStringLiteral("newJoinCodes"))->trigger();
    QVERIFY(!question.isEmpty());
    QCOMPARE(renewals, 1);
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("new join code")),
             qPrintable(window->statusBar()->currentMessage()));
}

void tst_TableCards::aFailedRenewalSaysWhy()
{
    const std::unique_ptr<ui::MainWindow> window = openWindow();
    const QString reason = QStringLiteral("the database is read-only");
    window->setLive(
        ui::LiveDesk{.cards = [] { return someCards(1); },
                     .renewCodes = [reason]() -> Result<void> { return Unexpected(reason); }});
    const Result<void> renewed = window->makeNewJoinCodes();
    QVERIFY(!renewed);
    QCOMPARE(renewed.error(), reason);
    bool told = false;
    for (QMessageBox *box : window->findChildren<QMessageBox *>())
        told = told || box->informativeText() == reason;
    QVERIFY2(told, "no message box with the reason");
}

void tst_TableCards::statusBarSaysHowTheLiveGamesAre()
{
    const std::unique_ptr<ui::MainWindow> window = openWindow();
    auto *label = window->findChild<QLabel *>(QStringLiteral("liveLabel"));
    QVERIFY(label);
    QVERIFY(!label->isVisible()); // nothing said yet

    const QString base = QStringLiteral("http://192.168.1.20:8080");
    window->showLiveStatus(ui::liveStatusText(base, 3));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(base), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("3 watching")), qPrintable(label->text()));
    QVERIFY(window->statusBar()->grab().save(QStringLiteral(DOJO_BUILD_DIR "/live-status.png")));

    const QString reason
        = QStringLiteral("cannot serve the live games on port 8080: The address is in use");
    window->showLiveStatus(ui::liveOffText(reason));
    QVERIFY2(label->text().contains(reason), qPrintable(label->text()));
    QVERIFY(window->statusBar()->grab().save(QStringLiteral(DOJO_BUILD_DIR "/live-off.png")));
}

QTEST_MAIN(tst_TableCards)
#include "tst_tablecards.moc"
