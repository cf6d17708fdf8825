// The tournaments window from the main window (Venue → Tournaments…, Ctrl+T), on a venue of
// four tables and ten players in an SQLite file: a tournament created in its dialog, eight
// players entered from the search box by keyboard, the draw made, a result entered in the
// result dialog by keyboard, undone (taken back) and redone, matches put on the next free
// tables, the bracket saved as a PDF; a member of the desk may not take a result back, said in
// the window; another desk's change shows when the window reads again. Screenshot:
// tournaments.png (the bracket page), tournaments-entries.png and tournaments-result.png.

#include <mainwindow/mainwindow.h>
#include <tournaments/bracketview.h>
#include <tournaments/entriespanel.h>
#include <tournaments/resultdialog.h>
#include <tournaments/standingspanel.h>
#include <tournaments/tournamentdialog.h>
#include <tournaments/tournamentedits.h>
#include <tournaments/tournamentswindow.h>
#include <venuefloor/tablecard.h>
#include <venuefloor/venuefloorview.h>

#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/tournamentdesk.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;

namespace {

const QStringList kPlayers{QStringLiteral("Ana Ruiz"),     QStringLiteral("Ben Okafor"),
                           QStringLiteral("Cy Lindqvist"), QStringLiteral("Dee Marchetti"),
                           QStringLiteral("Eve Tanaka"),   QStringLiteral("Fay Morgan"),
                           QStringLiteral("Gus Novak"),    QStringLiteral("Hal Brennan"),
                           QStringLiteral("Ivy Castillo"), QStringLiteral("Jo Whitfield")};

} // namespace

class tst_TournamentsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runATournamentByKeyboard();
    void theDeskMayNotTakeAResultBack();
    void anotherDesksResultShowsOnReading();

private:
    ui::TournamentsWindow *openByKeys();
    void activate(QWidget *window);
    // The tournament shown, read again from the database.
    venue::TournamentView shown();

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<venue::VenueModel> m_model;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<venue::TournamentDesk> m_desk;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_venue = 0;
    std::vector<qint64> m_tables;
};

void tst_TournamentsWindow::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_data = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(m_data->path()));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    const Result<qint64> venue = venues.addVenue(QStringLiteral("Corner Pocket"), false);
    QVERIFY2(venue, qPrintable(errorOf(venue)));
    m_venue = *venue;
    m_tables.clear();
    for (int i = 1; i <= 4; ++i) {
        storage::TableRecord table;
        table.venueId = m_venue;
        table.name = QStringLiteral("Table %1").arg(i);
        table.status = QStringLiteral("free");
        table.position = i;
        const Result<qint64> id = venues.addTable(table);
        QVERIFY2(id, qPrintable(errorOf(id)));
        m_tables.push_back(*id);
    }
    for (const QString &name : kPlayers) {
        storage::PlayerRecord player;
        player.homeVenueId = m_venue;
        player.name = name;
        QVERIFY(venues.addPlayer(player));
    }
    m_settings = std::make_unique<QSettings>(m_data->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    m_desk = std::make_unique<venue::TournamentDesk>(*m_database, m_venue);
    m_window = std::make_unique<ui::MainWindow>(*m_model, *m_settings);
    m_window->setTournamentDesk(m_desk.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_TournamentsWindow::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_model.reset();
    m_settings.reset();
    m_database.reset();
    m_data.reset();
}

void tst_TournamentsWindow::activate(QWidget *window)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    // The offscreen platform leaves the main window active for a window it owns: said here.
    QApplication::setActiveWindow(window);
    QCOMPARE(QApplication::activeWindow(), window);
}

ui::TournamentsWindow *tst_TournamentsWindow::openByKeys()
{
    activate(m_window.get());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("openTournaments"));
    if (!action || !action->isEnabled() || action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_T))
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    auto *window = m_window->findChild<ui::TournamentsWindow *>();
    if (window)
        activate(window);
    return window;
}

venue::TournamentView tst_TournamentsWindow::shown()
{
    auto *window = m_window->findChild<ui::TournamentsWindow *>();
    if (!window || !window->shownTournament())
        return {};
    const Result<venue::TournamentView> view = m_desk->view(*window->shownTournament());
    return view ? *view : venue::TournamentView{};
}

void tst_TournamentsWindow::runATournamentByKeyboard()
{
    ui::TournamentsWindow *window = openByKeys();
    QVERIFY(window);
    QCOMPARE(window->tournamentList()->topLevelItemCount(), 0);

    // New Tournament… (Ctrl+N): the dialog, filled by keyboard.
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = window->findChild<ui::TournamentDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("tournamentName"));
    QTest::keyClicks(name, QStringLiteral("Friday 9-Ball"));
    auto *format = dialog->findChild<QComboBox *>(QStringLiteral("tournamentFormat"));
    format->setCurrentIndex(format->findData(int(venue::BracketFormat::DoubleElimination)));
    auto *fee = dialog->findChild<QLineEdit *>(QStringLiteral("tournamentEntryFee"));
    fee->selectAll();
    QTest::keyClicks(fee, QStringLiteral("20"));
    auto *added = dialog->findChild<QLineEdit *>(QStringLiteral("tournamentAddedMoney"));
    added->selectAll();
    QTest::keyClicks(added, QStringLiteral("100"));
    auto *payouts = dialog->findChild<QLineEdit *>(QStringLiteral("tournamentPayouts"));
    payouts->selectAll();
    QTest::keyClicks(payouts, QStringLiteral("60,30,20"));
    QVERIFY(!dialog->problems().isEmpty()); // 110 % of the purse is refused, with the reason
    QVERIFY2(dialog->problems().join(u' ').contains(QStringLiteral("110 %")),
             qPrintable(dialog->problems().join(u' ')));
    payouts->selectAll();
    QTest::keyClicks(payouts, QStringLiteral("50,30,20"));
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join(u' ')));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(window->tournamentList()->topLevelItemCount(), 1);
    QVERIFY(window->view());
    QCOMPARE(window->view()->tournament.settings.name, QStringLiteral("Friday 9-Ball"));
    QCOMPARE(window->view()->tournament.settings.entryFee, 2000);
    QCOMPARE(window->currentPage(), ui::TournamentsWindow::Page::Entries);
    activate(window);

    // Eight players, each found by typing in the search box and entered with Enter.
    QLineEdit *search = window->entriesPanel()->searchBox();
    for (int index = 0; index < 8; ++index) {
        search->setFocus();
        QTest::keyClicks(search, kPlayers.at(index).section(u' ', 1)); // the surname
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(search->text(), QString());
    }
    QCOMPARE(window->entriesPanel()->entryList()->topLevelItemCount(), 8);
    QCOMPARE(shown().entries.size(), size_t(8));
    // An entry undone is withdrawn, done again it is back.
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Enter %1 in Friday 9-Ball").arg(kPlayers.at(7)));
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(int(shown().entries.back().state), int(venue::EntryState::Withdrawn));
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(int(shown().entries.back().state), int(venue::EntryState::Entered));
    // The first paid, from the list by keys.
    window->entriesPanel()->entryList()->setFocus();
    window->entriesPanel()->selectEntry(shown().entries.front().id);
    QTest::keyClick(window->entriesPanel(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(shown().entries.front().paid);
    QVERIFY(window->grab().save(QStringLiteral(DOJO_BUILD_DIR "/tournaments-entries.png")));

    // Make the Draw (Ctrl+D): the bracket, focused.
    QTest::keyClick(window, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(int(shown().tournament.state), int(venue::TournamentState::Running));
    QCOMPARE(shown().drawn.size(), size_t(8));
    QCOMPARE(window->currentPage(), ui::TournamentsWindow::Page::Bracket);
    ui::BracketView *bracket = window->bracketView();
    QCOMPARE(bracket->shownMatches().size(), shown().draw.matches.size());
    QVERIFY2(window->standingsPanel()->purseText().contains(QStringLiteral("€260.00")),
             qPrintable(window->standingsPanel()->purseText()));

    // Enter on the first match opens the result dialog; 5 Tab 3 Enter records it.
    bracket->setFocus();
    const int first = *bracket->selectedMatch();
    QVERIFY(!shown().draw.matches.at(size_t(first)).decided);
    QTest::keyClick(bracket, Qt::Key_Return);
    auto *result = window->findChild<ui::ResultDialog *>();
    QVERIFY(result);
    QVERIFY(QTest::qWaitForWindowExposed(result));
    activate(result);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
    QVERIFY2(result->problem().isEmpty(), qPrintable(result->problem()));
    QVERIFY(result->grab().save(QStringLiteral(DOJO_BUILD_DIR "/tournaments-result.png")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!window->findChild<ui::ResultDialog *>());
    {
        const venue::BracketMatch played = shown().draw.matches.at(size_t(first));
        QVERIFY(played.played());
        QCOMPARE(played.winner, played.entrantA);
        QCOMPARE(played.racksA, 5);
        QCOMPARE(played.racksB, 3);
        QVERIFY(window->view()->draw.matches.at(size_t(first)).played());
    }

    // Undo takes the result back; redo records it again.
    activate(window);
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!shown().draw.matches.at(size_t(first)).decided);
    QVERIFY(!window->view()->draw.matches.at(size_t(first)).played());
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(shown().draw.matches.at(size_t(first)).played());
    QCOMPARE(shown().results.size(), size_t(1));
    QVERIFY2(window->problem().isEmpty(), qPrintable(window->problem()));

    // T puts the selected ready match on the first free table, the next one on the second.
    const std::vector<int> ready = venue::readyMatches(shown().draw);
    QVERIFY(ready.size() >= 2);
    bracket->setFocus();
    bracket->selectMatch(ready.at(0));
    QTest::keyClick(bracket, Qt::Key_T);
    QCOMPARE(shown().tables.at(ready.at(0)), m_tables.at(0));
    bracket->selectMatch(ready.at(1));
    QTest::keyClick(bracket, Qt::Key_T);
    QCOMPARE(shown().tables.at(ready.at(1)), m_tables.at(1));
    QCOMPARE(window->readyMatches()->topLevelItemCount(), int(ready.size()));
    // The venue floor shows each match on its table's card, and nothing on the others.
    const auto floorCard = [this](qint64 tableId) -> ui::TableCard * {
        for (ui::TableCard *card : m_window->findChild<ui::VenueFloorView *>()->cards())
            if (card->table().id == tableId)
                return card;
        return nullptr;
    };
    const auto floorMatch = [&](qint64 tableId) {
        ui::TableCard *card = floorCard(tableId);
        return card ? card->tournamentMatch() : std::nullopt;
    };
    for (int i = 0; i < 2; ++i) {
        const std::optional<venue::TableTournamentMatch> onCard = floorMatch(m_tables.at(i));
        QVERIFY2(onCard, qPrintable(QStringLiteral("Table %1's card shows no match").arg(i + 1)));
        QCOMPARE(onCard->drawMatch, ready.at(i));
        QCOMPARE(onCard->tournament, QStringLiteral("Friday 9-Ball"));
        const venue::BracketMatch &match = shown().draw.matches.at(size_t(ready.at(i)));
        QCOMPARE(onCard->playerA, shown().entrantName(*match.entrantA));
        QCOMPARE(onCard->playerB, shown().entrantName(*match.entrantB));
        QVERIFY(floorCard(m_tables.at(i))->accessibleName().contains(onCard->playerA));
    }
    QVERIFY(!floorMatch(m_tables.at(2)));
    // Undone, the second match is off its table again, and off its card.
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(shown().tables.count(ready.at(1)), size_t(0));
    QVERIFY(!floorMatch(m_tables.at(1)));
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(shown().tables.at(ready.at(1)), m_tables.at(1));
    QVERIFY(floorMatch(m_tables.at(1)));
    QVERIFY(m_window->grab().save(QStringLiteral(DOJO_BUILD_DIR "/floor-tournament.png")));
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Put %1 on the Next Free Table").arg(ui::matchNumber(ready.at(1))));

    // The bracket as a PDF.
    const QString pdf = m_data->filePath(QStringLiteral("friday.pdf"));
    const Result<void> saved = window->saveAsPdf(pdf);
    QVERIFY2(saved, qPrintable(errorOf(saved)));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 2000);

    bracket->selectMatch(ready.at(0));
    window->resize(1500, 900);
    QVERIFY(window->grab().save(QStringLiteral(DOJO_BUILD_DIR "/tournaments.png")));
}

void tst_TournamentsWindow::theDeskMayNotTakeAResultBack()
{
    // A window whose member signed in is at the desk: their own result stays, and why is said.
    QUndoStack stack;
    auto context = std::make_shared<ui::TournamentEditContext>();
    context->desk = m_desk.get();
    context->actor = [] { return venue::Actor{QStringLiteral("Dev"), venue::Role::Desk}; };
    ui::TournamentsWindow window(*m_desk, *m_model, stack, context);
    context->failed
        = [&window](const QString &what, const QString &why) { window.showProblem(what, why); };
    venue::TournamentSettings settings;
    settings.name = QStringLiteral("Sunday 8-Ball");
    settings.startsAt = QDateTime(QDate(2026, 12, 6), QTime(14, 0));
    settings.draw.format = venue::BracketFormat::SingleElimination;
    settings.raceTo = 3;
    const std::optional<qint64> id = window.createTournament(settings);
    QVERIFY2(id, qPrintable(window.problem()));
    for (const venue::Player &player : m_model->players())
        window.enterPlayer(player.id);
    window.makeDraw();
    QCOMPARE(window.view()->drawn.size(), kPlayers.size());
    const int match = venue::readyMatches(window.view()->draw).front();
    const venue::BracketMatch &ready = window.view()->draw.matches.at(size_t(match));
    // A result that cannot be is explained in the dialog before anything is asked.
    ui::ResultDialog *dialog = window.openResultDialog(match);
    QVERIFY(dialog);
    dialog->setRacks(2, 3);
    QCOMPARE(*dialog->winner(), *ready.entrantB);
    QVERIFY(dialog->problem().isEmpty());
    dialog->chooseWinner(0);
    QVERIFY2(dialog->problem().contains(QStringLiteral("3 racks")), qPrintable(dialog->problem()));
    dialog->setRacks(3, 1);
    dialog->accept();
    QVERIFY(window.view()->draw.matches.at(size_t(match)).played());

    const int steps = stack.count();
    stack.undo();
    QVERIFY(window.view()->draw.matches.at(size_t(match)).played());
    QCOMPARE(stack.count(), steps - 1); // the step that did not happen is gone
    QVERIFY2(window.problem().contains(QStringLiteral("The result was not taken back.")),
             qPrintable(window.problem()));
    QVERIFY2(window.problem().contains(QStringLiteral("referee")), qPrintable(window.problem()));
}

void tst_TournamentsWindow::anotherDesksResultShowsOnReading()
{
    ui::TournamentsWindow *window = openByKeys();
    QVERIFY(window);
    venue::TournamentSettings settings;
    settings.name = QStringLiteral("League Night");
    settings.startsAt = QDateTime(QDate(2026, 12, 2), QTime(19, 30));
    settings.draw.format = venue::BracketFormat::RoundRobin;
    settings.raceTo = 2;
    const std::optional<qint64> id = window->createTournament(settings);
    QVERIFY2(id, qPrintable(window->problem()));
    for (int index = 0; index < 4; ++index)
        window->enterPlayer(m_model->players().at(size_t(index)).id);
    window->makeDraw();
    QCOMPARE(window->view()->draw.matches.size(), size_t(6));

    // Another PC's desk on the same database: its change reaches the window when it reads again.
    venue::TournamentDesk other(*m_database, m_venue);
    const venue::BracketMatch match = window->view()->draw.matches.front();
    const Result<void> recorded
        = other.recordResult(*id, match.id, *match.entrantB, 1, 2,
                             venue::Actor{QStringLiteral("Rita"), venue::Role::Referee});
    QVERIFY2(recorded, qPrintable(errorOf(recorded)));
    QVERIFY(!window->view()->draw.matches.front().played());
    m_window->refreshTournaments();
    QVERIFY(window->view()->draw.matches.front().played());
    QCOMPARE(window->standingsPanel()->standingsList()->topLevelItemCount(), 4);
    window->showPage(ui::TournamentsWindow::Page::Bracket);
    QVERIFY(window->grab().save(QStringLiteral(DOJO_BUILD_DIR "/tournaments-round-robin.png")));
}

QTEST_MAIN(tst_TournamentsWindow)
#include "tst_tournamentswindow.moc"
