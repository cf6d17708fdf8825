// The players' window on the demo venue with a season of history in an SQLite file: results by
// hand over six months between players of known strength, four matches the automatic referee kept
// (played by scripted play through TableMatch) and table time. Found by keyboard from the main
// window, a profile with its matches, table time and charts (player-charts.png), the profile
// edited and undone, duplicates merged and separated and undone, results entered, voided and
// corrected by hand (a desk member's undo of an entry refused and shown), the leaderboards by
// game (leaderboard.png) and head to head with the Fargo odds.
#include "../venue/refereedmatch.h"
#include "dialogdriver.h"
#include "screenshot.h"

#include <mainwindow/mainwindow.h>
#include <mainwindow/playerlist.h>
#include <players/handresultdialog.h>
#include <players/headtoheadpage.h>
#include <players/leaderboardpage.h>
#include <players/mergedialog.h>
#include <players/mergeintodialog.h>
#include <players/playerfinder.h>
#include <players/playerswindow.h>
#include <players/profiledialog.h>
#include <players/profilepage.h>
#include <players/ratingtext.h>

#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/sessionrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/demovenue.h>
#include <venue/fargo.h>
#include <venue/handresults.h>
#include <venue/playerhistory.h>
#include <venue/playerstatistics.h>
#include <venue/ratingsbook.h>
#include <venue/venuemodel.h>

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <map>
#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using dojo::testsupport::saveShot;
using dojo::testsupport::whenShown;

namespace {

const venue::Actor kDesk{QStringLiteral("Dev"), venue::Role::Desk, false};
const venue::Actor kReferee{QStringLiteral("Rita"), venue::Role::Referee, false};
const QString kNine = QStringLiteral("nine-ball");
const QString kEight = QStringLiteral("eight-ball");

// How strong each demo player really is, so the fitted ratings have an order to find.
const std::map<QString, double> kStrength{
    {QStringLiteral("Alex Moreno"), 680},   {QStringLiteral("Chen Wei"), 620},
    {QStringLiteral("Farah Haddad"), 590},  {QStringLiteral("Bea Schmidt"), 540},
    {QStringLiteral("Dana Okafor"), 500},   {QStringLiteral("Emil Novak"), 470},
    {QStringLiteral("Gus Lindqvist"), 440}, {QStringLiteral("Hana Sato"), 400}};

QStringList columnOf(const QTreeWidget *list, int column)
{
    QStringList texts;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        texts << list->topLevelItem(row)->text(column);
    return texts;
}

int pointsOf(const QChartView *view)
{
    const QList<QAbstractSeries *> series = view->chart()->series();
    if (series.isEmpty())
        return 0;
    if (auto *line = qobject_cast<QLineSeries *>(series.front()))
        return line->count();
    if (auto *bars = qobject_cast<QBarSeries *>(series.front()))
        return bars->barSets().front()->count();
    return -1;
}

} // namespace

class tst_PlayersWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void foundByKeyboard();
    void theListShowsRatingsAndRacks();
    void readsAgainWhenAnotherDeskWrites();
    void aProfileWithItsHistoryAndCharts();
    void aProfileEditedAndUndone();
    void duplicatesMergedAndUndone();
    void mergedIntoFromAProfile();
    void aResultEnteredByHand();
    void aDeskMembersUndoOfAnEntryIsRefused();
    void aResultCorrected();
    void leaderboardsByGame();
    void headToHead();

private:
    qint64 playerId(const QString &name) const;
    ui::PlayerRecords records();
    ui::PlayersWindow *openPlayers();
    void writeSeason();
    int racksCounted() const;

    QTemporaryDir m_data;
    std::unique_ptr<storage::Database> m_database;
    qint64 m_venueId = 0;
    qint64 m_duplicate = 0; // "alex moreno", the same person as Alex Moreno
    std::vector<venuetest::RefereedMatch> m_refereed;
    QStringList m_alexRefereedMonths; // "yyyy-MM" of Alex's matches by the referee

    std::unique_ptr<venue::VenueModel> m_model;
    std::unique_ptr<venue::RatingsBook> m_book;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

qint64 tst_PlayersWindow::playerId(const QString &name) const
{
    for (const venue::Player &player : m_model->players()) {
        if (player.name == name)
            return player.id;
    }
    return 0;
}

ui::PlayerRecords tst_PlayersWindow::records()
{
    storage::Database *db = m_database.get();
    ui::PlayerRecords records;
    records.history
        = [db](qint64 venueId, qint64 id) { return venue::playerHistory(*db, venueId, id); };
    records.figures
        = [db](qint64 venueId, qint64 id) { return venue::playerFigures(*db, venueId, id); };
    records.enterResult = [db](const venue::HandResult &result, const venue::Actor &actor) {
        return venue::enterHandResult(*db, result, actor);
    };
    records.voidResult = [db](qint64 id, const QString &reason, const venue::Actor &actor) {
        return venue::voidHandResult(*db, id, reason, actor);
    };
    records.correctResult = [db](qint64 id, const venue::HandResult &to, const QString &reason,
                                 const venue::Actor &actor) {
        return venue::correctHandResult(*db, id, to, reason, actor);
    };
    return records;
}

int tst_PlayersWindow::racksCounted() const
{
    const Result<venue::RacksAtVenue> racks = venue::racksPlayed(*m_database, m_venueId);
    int count = 0;
    for (const venue::PlayedRacks &played :
         racks ? racks->racks : std::vector<venue::PlayedRacks>())
        count += played.racksA + played.racksB;
    return count;
}

// Six months of a league night: each week a few races to 5, 7 or 9 between random pairs, each
// rack won with the Fargo chance of the players' true strengths; the strongest play most.
void tst_PlayersWindow::writeSeason()
{
    QRandomGenerator random(2024);
    const std::vector<venue::Player> players = m_model->players();
    const QDate today = QDate::currentDate();
    const QDate start = today.addMonths(-5).addDays(1 - today.day());
    int entered = 0;
    for (QDate day = start; day <= today; day = day.addDays(7)) {
        for (int match = 0; match < 3; ++match) {
            // The first three demo players (Alex, Bea, Chen) play twice as often.
            const auto pick = [&] {
                const int index = int(random.bounded(11));
                return players.at(size_t(index < 8 ? index : index - 8));
            };
            const venue::Player a = pick();
            venue::Player b = pick();
            while (b.id == a.id)
                b = pick();
            const double chance = venue::rackChance(kStrength.at(a.name), kStrength.at(b.name));
            const int race = 5 + 2 * int(random.bounded(3));
            int racksA = 0;
            int racksB = 0;
            while (racksA < race && racksB < race)
                (random.generateDouble() < chance ? racksA : racksB) += 1;
            venue::HandResult result;
            result.venueId = m_venueId;
            result.playedOn = day;
            result.game = (entered % 3 == 0) ? kEight : kNine;
            result.playerA = a.id;
            result.playerB = b.id;
            result.racksA = racksA;
            result.racksB = racksB;
            const Result<qint64> id = venue::enterHandResult(*m_database, result, kDesk);
            QVERIFY2(id, qPrintable(errorOf(id)));
            ++entered;
        }
    }

    // The automatic referee's matches, in three months, so the figures have months to show.
    const std::vector<qint64> tables = [&] {
        std::vector<qint64> ids;
        for (const venue::Table &table : m_model->tables())
            ids.push_back(table.id);
        return ids;
    }();
    struct Refereed
    {
        QString a;
        QString b;
        rules::Game game;
        int monthsAgo;
    };
    const QString alex = QStringLiteral("Alex Moreno");
    const std::vector<Refereed> refereed{
        {alex, QStringLiteral("Chen Wei"), rules::Game::NineBall, 3},
        {QStringLiteral("Farah Haddad"), alex, rules::Game::EightBall, 2},
        {alex, QStringLiteral("Bea Schmidt"), rules::Game::NineBall, 2},
        {QStringLiteral("Chen Wei"), alex, rules::Game::NineBall, 0},
    };
    quint32 seed = 7;
    for (const Refereed &match : refereed) {
        QDate day = today.addMonths(-match.monthsAgo);
        day = QDate(day.year(), day.month(), std::min(day.day(), 2));
        const Result<venuetest::RefereedMatch> played = venuetest::playRefereedMatch(
            *m_database, tables.at(seed % tables.size()), match.game, 3, {match.a, match.b}, seed,
            QDateTime(day, QTime(12, 0), Qt::UTC));
        ++seed;
        QVERIFY2(played, qPrintable(errorOf(played)));
        m_refereed.push_back(*played);
        m_alexRefereedMonths << day.toString(QStringLiteral("yyyy-MM"));
    }
    m_alexRefereedMonths.removeDuplicates();

    // Alex's table time: two evenings.
    storage::SessionRepository sessions(*m_database);
    for (int evening = 0; evening < 2; ++evening) {
        const QDateTime from(today.addDays(-7 * evening - 1), QTime(18, 0), Qt::UTC);
        storage::CheckInRecord checkIn;
        checkIn.venueId = m_venueId;
        checkIn.tableId = tables.front();
        checkIn.tableName = m_model->tables().front().name;
        checkIn.rateClass = QStringLiteral("9ft");
        checkIn.name = alex;
        checkIn.playerId = playerId(alex);
        checkIn.at = from;
        const Result<qint64> session = sessions.checkIn(checkIn, kDesk.auditName());
        QVERIFY2(session, qPrintable(errorOf(session)));
        storage::CheckoutRecord checkout;
        checkout.at = from.addSecs(90 * 60);
        checkout.stretchCount = 1;
        checkout.currency = QStringLiteral("EUR");
        QVERIFY(sessions.checkout(
            *session, checkout, [](int) { return QString(); }, kDesk.auditName()));
    }
}

void tst_PlayersWindow::initTestCase()
{
    QVERIFY(m_data.isValid());
    auto opened = storage::Database::open(storage::sqliteInDataFolder(m_data.path()));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    const Result<bool> demo = venue::ensureDemoVenue(venues);
    QVERIFY2(demo && *demo, qPrintable(errorOf(demo)));
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    QVERIFY(m_model->load());
    m_venueId = m_model->currentVenue()->id;
    // Alex has a contact, and a duplicate of them signed up again at the desk.
    venue::Player alex = *m_model->player(playerId(QStringLiteral("Alex Moreno")));
    alex.contact = QStringLiteral("alex@example.org");
    QVERIFY(m_model->updatePlayer(alex, kDesk.auditName()));
    venue::Player duplicate;
    duplicate.name = QStringLiteral("alex moreno");
    duplicate.contact = QStringLiteral("Alex@Example.org");
    const Result<qint64> added = m_model->addPlayer(duplicate, kDesk.auditName());
    QVERIFY2(added, qPrintable(errorOf(added)));
    m_duplicate = *added;
    writeSeason();
    m_model.reset();
}

void tst_PlayersWindow::init()
{
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    QVERIFY(m_model->load(m_venueId));
    m_book = std::make_unique<venue::RatingsBook>(*m_database, m_venueId);
    m_settings = std::make_unique<QSettings>(m_data.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_window = std::make_unique<ui::MainWindow>(*m_model, *m_settings);
    m_window->setRatingsBook(m_book.get());
    m_window->setPlayerRecords(records());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_PlayersWindow::cleanup()
{
    m_window.reset();
    m_book.reset();
    m_settings.reset();
    m_model.reset();
}

void tst_PlayersWindow::cleanupTestCase()
{
    m_database.reset();
}

ui::PlayersWindow *tst_PlayersWindow::openPlayers()
{
    ui::PlayersWindow *window = m_window->openPlayers();
    if (window) {
        window->resize(1400, 900);
        static_cast<void>(QTest::qWaitForWindowExposed(window));
        // Shared activation makes qWaitForWindowActive true at once: wait for the real thing.
        static_cast<void>(
            QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }));
    }
    return window;
}

void tst_PlayersWindow::foundByKeyboard()
{
    // Players → Players… is Ctrl+Shift+P on the main window.
    QAction *open = m_window->findChild<QAction *>(QStringLiteral("openPlayers"));
    QVERIFY(open && open->isEnabled());
    QCOMPARE(open->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    QVERIFY(m_window->menuBar()->findChild<QMenu *>(QStringLiteral("playersMenu")));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ui::PlayersWindow *window = m_window->playersWindow();
    QVERIFY(window && window->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), window);

    // Ctrl+F finds; typing finds as it goes, best first; Down moves into the list; Enter opens.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = window->finder()->searchBox();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("ch"));
    QCOMPARE(columnOf(window->finder()->list(), 0).value(0),
             QStringLiteral("Chen Wei “The Professor”"));
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(window->finder()->list()->hasFocus());
    QTest::keyClick(window->finder()->list(), Qt::Key_Return);
    QCOMPARE(window->profilePage()->profile()->player.name, QStringLiteral("Chen Wei"));
    QVERIFY(window->profilePage()->matches()->hasFocus()); // Enter opened the profile

    // A nickname finds its player; Up from the first row goes back to the box.
    search->setFocus();
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ice"));
    QCOMPARE(window->finder()->foundCount(), 1);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(window->finder()->list(), Qt::Key_Up);
    QVERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Return); // Enter in the box opens the best found
    QCOMPARE(window->profilePage()->profile()->player.name, QStringLiteral("Farah Haddad"));

    // The contact finds too; typing in the list goes on in the box.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("example.org"));
    QCOMPARE(columnOf(window->finder()->list(), 0).size(), 2); // Alex and the duplicate
    window->finder()->list()->setFocus();
    QTest::keyClicks(window->finder()->list(), QStringLiteral("x"));
    QVERIFY(search->hasFocus());
    QCOMPARE(search->text(), QStringLiteral("example.orgx"));
    QCOMPARE(window->finder()->foundCount(), 0);
}

void tst_PlayersWindow::theListShowsRatingsAndRacks()
{
    ui::PlayersWindow *window = openPlayers();
    QVERIFY(window);
    const QTreeWidget *list = window->finder()->list();
    QCOMPARE(list->topLevelItemCount(), int(m_model->players().size()));
    int provisional = 0;
    int established = 0;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        const venue::PlayerRating rating = window->ratings().at(id);
        QCOMPARE(item->text(1), ui::ratingText(rating.rating, rating.racks));
        QVERIFY2(item->text(1).contains(QStringLiteral("%1 racks").arg(rating.racks)),
                 qPrintable(item->text(1)));
        QCOMPARE(item->text(1).contains(QStringLiteral("provisional")),
                 rating.racks < ui::kEstablishedRacks);
        (rating.racks < ui::kEstablishedRacks ? provisional : established) += 1;
    }
    // The season gives some players 100 racks and more, and not others (the duplicate: none).
    QVERIFY2(
        established >= 2 && provisional >= 2,
        qPrintable(
            QStringLiteral("%1 established, %2 provisional").arg(established).arg(provisional)));
    // The racks the window counts are every rack played.
    QVERIFY2(window->findChild<QLabel *>(QStringLiteral("playersSummary"))
                 ->text()
                 .contains(QStringLiteral("%1 racks counted").arg(racksCounted())),
             qPrintable(window->findChild<QLabel *>(QStringLiteral("playersSummary"))->text()));
}

void tst_PlayersWindow::readsAgainWhenAnotherDeskWrites()
{
    ui::PlayersWindow *window = openPlayers();
    QVERIFY(window);
    const auto *summary = window->findChild<QLabel *>(QStringLiteral("playersSummary"));
    const int before = racksCounted();
    QVERIFY(summary->text().contains(QStringLiteral("%1 racks counted").arg(before)));
    // Another desk enters a result: the feed tells the window, which reads again soon after.
    const venue::HandResult result{m_venueId,
                                   QDate::currentDate(),
                                   kNine,
                                   playerId(QStringLiteral("Bea Schmidt")),
                                   playerId(QStringLiteral("Gus Lindqvist")),
                                   2,
                                   3};
    const Result<qint64> entered = venue::enterHandResult(*m_database, result, kDesk);
    QVERIFY2(entered, qPrintable(errorOf(entered)));
    QVERIFY(summary->text().contains(QStringLiteral("%1 racks counted").arg(before)));
    m_window->ratingsMayHaveChanged();
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("%1 racks counted").arg(before + 5)),
                 qPrintable(summary->text()));
    QVERIFY(venue::voidHandResult(*m_database, *entered, QString(), kReferee));
}

void tst_PlayersWindow::aProfileWithItsHistoryAndCharts()
{
    ui::PlayersWindow *window = openPlayers();
    QVERIFY(window);
    const qint64 alex = playerId(QStringLiteral("Alex Moreno"));
    window->showPlayer(alex);
    ui::ProfilePage *profile = window->profilePage();
    QCOMPARE(profile->profile()->player.id, alex);
    QCOMPARE(profile->findChild<QLabel *>(QStringLiteral("profileContact"))->text(),
             QStringLiteral("alex@example.org"));

    // The matches: every one of the history, the referee's at their tables.
    const Result<venue::PlayerHistory> history = venue::playerHistory(*m_database, m_venueId, alex);
    QVERIFY2(history, qPrintable(errorOf(history)));
    QCOMPARE(profile->matches()->topLevelItemCount(), int(history->matches.size()));
    const QStringList where = columnOf(profile->matches(), 5);
    int atTables = 0;
    for (const venue::Table &table : m_model->tables())
        atTables += int(where.count(table.name));
    QCOMPARE(atTables, int(m_refereed.size()));
    QCOMPARE(columnOf(profile->matches(), 4).count(QStringLiteral("Won"))
                 + columnOf(profile->matches(), 4).count(QStringLiteral("Lost"))
                 + columnOf(profile->matches(), 4).count(QStringLiteral("Drawn")),
             int(history->matches.size()));
    QCOMPARE(profile->tableTime()->topLevelItemCount(), 2);
    QCOMPARE(columnOf(profile->tableTime(), 3),
             (QStringList{QStringLiteral("1 h 30 min"), QStringLiteral("1 h 30 min")}));

    // The charts: a point a month of the rating, a bar a game, the referee's months.
    using Chart = ui::ProfilePage::Chart;
    QCOMPARE(pointsOf(profile->chartView(Chart::RatingOverTime)),
             int(m_book->history(alex)->size()));
    QVERIFY(pointsOf(profile->chartView(Chart::RatingOverTime)) >= 6);
    QCOMPARE(pointsOf(profile->chartView(Chart::WinRateByGame)), 2); // 8-ball and 9-ball
    QCOMPARE(pointsOf(profile->chartView(Chart::BallsPerInning)), m_alexRefereedMonths.size());
    QCOMPARE(pointsOf(profile->chartView(Chart::BreakSuccess)), m_alexRefereedMonths.size());
    for (Chart chart : {Chart::RatingOverTime, Chart::WinRateByGame, Chart::BallsPerInning,
                        Chart::BreakSuccess}) {
        const QChart *shown = profile->chartView(chart)->chart();
        QVERIFY(!shown->title().isEmpty());
        for (const QAbstractAxis *axis : shown->axes())
            QVERIFY2(!axis->titleText().isEmpty(), qPrintable(shown->title()));
    }
    // The balls per inning of the month: the figures rebuilt from the referee's steps.
    const auto *balls = qobject_cast<QLineSeries *>(
        profile->chartView(Chart::BallsPerInning)->chart()->series().front());
    const Result<venue::PlayerFigureSheet> figures
        = venue::playerFigures(*m_database, m_venueId, alex);
    QVERIFY2(figures, qPrintable(errorOf(figures)));
    const std::vector<venue::PlayerFigures> months = venue::figuresByMonth(figures->rows);
    for (int index = 0; index < balls->count(); ++index)
        QCOMPARE(balls->at(index).y(),
                 std::round(months.at(size_t(index)).ballsPerInning() * 100.0) / 100.0);

    profile->showTab(ui::ProfilePage::Tab::Charts);
    QTest::qWait(50);
    saveShot(window, "player-charts.png");
    profile->showTab(ui::ProfilePage::Tab::Matches);
    saveShot(window, "player-profile.png");
}

void tst_PlayersWindow::aProfileEditedAndUndone()
{
    ui::PlayersWindow *window = openPlayers();
    QVERIFY(window);
    const qint64 bea = playerId(QStringLiteral("Bea Schmidt"));
    window->showPlayer(bea);
    const venue::Player before = *m_model->player(bea);
    const double ratingBefore = window->ratings().at(bea).rating;
    bool driven = false;
    whenShown<ui::ProfileDialog>([&](ui::ProfileDialog *dialog) {
        auto *contact = dialog->findChild<QLineEdit *>(QStringLiteral("profileContactEdit"));
        contact->setFocus();
        QTest::keyClicks(contact, QStringLiteral("+49 170 555 0101"));
        auto *starter = dialog->findChild<QSpinBox *>(QStringLiteral("profileStarterEdit"));
        starter->setFocus();
        starter->selectAll();
        QTest::keyClicks(starter, QStringLiteral("700"));
        QTest::keyClick(dialog, Qt::Key_Return);
        driven = true;
    });
    QTest::keyClick(window, Qt::Key_F2); // F2 edits the profile shown
    QVERIFY(driven);
    QCOMPARE(m_model->player(bea)->contact, QStringLiteral("+49 170 555 0101"));
    QCOMPARE(m_model->player(bea)->starterRating, 700.0);
    QCOMPARE(window->profilePage()->findChild<QLabel *>(QStringLiteral("profileContact"))->text(),
             QStringLiteral("+49 170 555 0101"));
    // A higher starter rating pulls the fitted rating up a little.
    QVERIFY(window->ratings().at(bea).rating > ratingBefore);
    QVERIFY2(m_window->undoStack()->undoText().contains(before.name),
             qPrintable(m_window->undoStack()->undoText()));

    // Undone from the players' window (in a text box Ctrl+Z undoes its typing).
    window->activateWindow(); // offscreen gives no window back its activation after a dialog
    QTRY_COMPARE(QApplication::activeWindow(), window);
    window->profilePage()->matches()->setFocus();
    QTest::keyClick(window->profilePage()->matches(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(*m_model->player(bea), before);
    QCOMPARE(window->ratings().at(bea).rating, ratingBefore);
    QCOMPARE(window->profilePage()->findChild<QLabel *>(QStringLiteral("profileContact"))->text(),
             QStringLiteral("None given"));
    m_window->undoStack()->redo();
    QCOMPARE(m_model->player(bea)->starterRating, 700.0);
    m_window->undoStack()->undo();
    QCOMPARE(*m_model->player(bea), before);
}

void tst_PlayersWindow::duplicatesMergedAndUndone()
{
    ui::PlayersWindow *window = openPlayers();
    QVERIFY(window);
    const qint64 alex = playerId(QStringLiteral("Alex Moreno"));
    const int racksOfAlex = window->ratings().at(alex).racks;
    ui::MergeDialog *dialog = window->openMergeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->duplicates()->topLevelItemCount(), 1);
    QCOMPARE(dialog->duplicates()->topLevelItem(0)->text(2),
             QStringLiteral("The same name and contact"));
    QCOMPARE(dialog->merged()->topLevelItemCount(), 0);
    saveShot(dialog, "merge-duplicates.png");

    dialog->mergeSelected(true); // keep the first: Alex, the older
    QCOMPARE(m_model->mergedPlayers().size(), size_t(1));
    QCOMPARE(m_model->mergedPlayers().front().id, m_duplicate);
    QCOMPARE(dialog->duplicates()->topLevelItemCount(), 0);
    QCOMPARE(dialog->merged()->topLevelItemCount(), 1);
    QCOMPARE(dialog->merged()->topLevelItem(0)->text(1), QStringLiteral("Alex Moreno"));
    QCOMPARE(window->finder()->list()->topLevelItemCount(), int(m_model->players().size()));
    QCOMPARE(window->ratings().count(m_duplicate), size_t(0));
    QCOMPARE(window->ratings().at(alex).racks, racksOfAlex); // the duplicate played nothing

    m_window->undoStack()->undo();
    QVERIFY(m_model->mergedPlayers().empty());
    QCOMPARE(dialog->duplicates()->topLevelItemCount(), 1);
    QCOMPARE(dialog->merged()->topLevelItemCount(), 0);

    // Keeping the second merges Alex into the duplicate: Alex's profile now shows it.
    window->showPlayer(alex);
    dialog->mergeSelected(false);
    QCOMPARE(m_model->mergedPlayers().front().id, alex);
    QCOMPARE(window->profilePage()->profile()->player.id, m_duplicate);
    QCOMPARE(window->ratings().at(m_duplicate).racks, racksOfAlex);
    // Separated again from the merged list, and that undone and redone.
    dialog->unmergeSelected();
    QVERIFY(m_model->mergedPlayers().empty());
    m_window->undoStack()->undo();
    QCOMPARE(m_model->mergedPlayers().size(), size_t(1));
    m_window->undoStack()->redo();
    QVERIFY(m_model->mergedPlayers().empty());
    QCOMPARE(window->ratings().at(alex).racks, racksOfAlex);
    dialog->close();
}

void tst_PlayersWindow::mergedIntoFromAProfile()
{
    ui::PlayersWindow *window = openPlayers();
    QVERIFY(window);
    const qint64 alex = playerId(QStringLiteral("Alex Moreno"));
    window->showPlayer(m_duplicate);
    bool driven = false;
    whenShown<ui::MergeIntoDialog>([&](ui::MergeIntoDialog *dialog) {
        // The duplicate's own name is searched for already: Alex is the best found.
        QCOMPARE(dialog->keptPlayerId(), alex);
        QTest::keyClick(dialog->finder()->searchBox(), Qt::Key_Return);
        driven = true;
    });
    window->findChild<QPushButton *>(QStringLiteral("mergeInto"))->click();
    QVERIFY(driven);
    QCOMPARE(m_model->mergedPlayers().size(), size_t(1));
    QCOMPARE(m_model->mergedPlayers().front().mergedInto, std::optional<qint64>(alex));
    QCOMPARE(window->profilePage()->profile()->player.id, alex); // the player kept shown
    m_window->undoStack()->undo();
    QVERIFY(m_model->mergedPlayers().empty());
}

void tst_PlayersWindow::aResultEnteredByHand()
{
    ui::PlayersWindow *window = openPlayers();
    QVERIFY(window);
    const qint64 dana = playerId(QStringLiteral("Dana Okafor"));
    const qint64 hana = playerId(QStringLiteral("Hana Sato"));
    window->showPlayer(dana);
    const int matchesBefore = window->profilePage()->matches()->topLevelItemCount();
    const int racksBefore = racksCounted();
    const venue::HeadToHead before = venue::headToHead(dana, hana, m_book->racks());

    bool driven = false;
    whenShown<ui::HandResultDialog>([&](ui::HandResultDialog *dialog) {
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QCOMPARE(dialog->playerA()->currentPlayerId(), dana); // the profile's player first
        QTest::keyClick(dialog->playerA()->searchBox(), Qt::Key_Return); // on to B
        QVERIFY(dialog->playerB()->searchBox()->hasFocus());
        QTest::keyClicks(dialog->playerB()->searchBox(), QStringLiteral("hana"));
        QTest::keyClick(dialog->playerB()->searchBox(), Qt::Key_Return); // on to the racks
        QVERIFY(dialog->racksA()->hasFocus());
        dialog->racksA()->setValue(7);
        dialog->racksB()->setValue(4);
        dialog->gameBox()->setCurrentIndex(dialog->gameBox()->findData(kNine));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("resultProblem"))->text().isEmpty());
        saveShot(dialog, "enter-result.png");
        dialog->accept();
        driven = true;
    });
    window->findChild<QPushButton *>(QStringLiteral("enterResult"))->click();
    QVERIFY(driven);
    QVERIFY2(window->problem().isEmpty(), qPrintable(window->problem()));
    QCOMPARE(racksCounted(), racksBefore + 11);
    QCOMPARE(window->profilePage()->matches()->topLevelItemCount(), matchesBefore + 1);
    const std::optional<venue::PlayerMatch> newest
        = window->profilePage()->profile()->history->matches.front();
    QCOMPARE(newest->opponentId, hana);
    QCOMPARE(newest->racksFor, 7);
    QCOMPARE(newest->outcome, venue::MatchOutcome::Won);
    const venue::HeadToHead after = venue::headToHead(dana, hana, m_book->racks());
    QCOMPARE(after.matches, before.matches + 1);
    QCOMPARE(after.matchesWonA, before.matchesWonA + 1);

    // The front desk signed in as a manager here: its undo voids the result.
    QCOMPARE(m_window->actor().role, venue::Role::Manager);
    m_window->undoStack()->undo();
    QCOMPARE(racksCounted(), racksBefore);
    QCOMPARE(window->profilePage()->matches()->topLevelItemCount(), matchesBefore);
    m_window->undoStack()->redo();
    QCOMPARE(racksCounted(), racksBefore + 11);

    // Voided from the profile, with a reason; undone, it counts again.
    window->voidResult(window->profilePage()->profile()->history->matches.front(),
                       QStringLiteral("entered twice"));
    QCOMPARE(racksCounted(), racksBefore);
    m_window->undoStack()->undo();
    QCOMPARE(racksCounted(), racksBefore + 11);
    m_window->undoStack()->undo(); // and the entry itself
    QCOMPARE(racksCounted(), racksBefore);
}

void tst_PlayersWindow::aDeskMembersUndoOfAnEntryIsRefused()
{
    // A window of its own, acting as whoever `signedIn` names.
    venue::Actor signedIn = kDesk;
    QUndoStack stack;
    ui::PlayersWindow window(*m_model, *m_book, records(), stack, [&] { return signedIn; });
    window.show();
    const qint64 emil = playerId(QStringLiteral("Emil Novak"));
    const qint64 gus = playerId(QStringLiteral("Gus Lindqvist"));
    const int racksBefore = racksCounted();
    venue::HandResult result{m_venueId, QDate::currentDate(), kEight, emil, gus, 3, 5};
    window.enterResult(result); // anyone at the desk enters
    QCOMPARE(racksCounted(), racksBefore + 8);
    QCOMPARE(stack.count(), 1);

    stack.undo(); // voiding is a referee's or a manager's
    QVERIFY2(window.problem().contains(QStringLiteral("referee")), qPrintable(window.problem()));
    QCOMPARE(racksCounted(), racksBefore + 8); // it still counts
    QCOMPARE(stack.count(), 0);                // and the step that did not happen is gone
    QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("playersProblemBox")));

    // The referee voids it from Emil's profile.
    signedIn = kReferee;
    window.showPlayer(emil);
    const venue::PlayerMatch entered = window.profilePage()->profile()->history->matches.front();
    QCOMPARE(entered.opponentId, gus);
    window.voidResult(entered, QStringLiteral("played as 9-ball"));
    QVERIFY2(window.problem().isEmpty(), qPrintable(window.problem()));
    QCOMPARE(racksCounted(), racksBefore);
}

void tst_PlayersWindow::aResultCorrected()
{
    ui::PlayersWindow *window = openPlayers();
    QVERIFY(window);
    const qint64 gus = playerId(QStringLiteral("Gus Lindqvist"));
    window->showPlayer(gus);
    const std::vector<venue::PlayerMatch> &matches
        = window->profilePage()->profile()->history->matches;
    const auto byHand = std::find_if(matches.begin(), matches.end(),
                                     [](const auto &match) { return match.resultId.has_value(); });
    QVERIFY(byHand != matches.end());
    const venue::PlayerMatch wrong = *byHand;
    const int racksBefore = racksCounted();
    bool driven = false;
    whenShown<ui::HandResultDialog>([&](ui::HandResultDialog *dialog) {
        QCOMPARE(dialog->playerA()->currentPlayerId(), gus);
        QCOMPARE(dialog->playerB()->currentPlayerId(), wrong.opponentId);
        QCOMPARE(dialog->racksA()->value(), wrong.racksFor);
        dialog->racksA()->setValue(wrong.racksFor + 2);
        // A correction says why before it is taken.
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("resultProblem"))->text().isEmpty());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("two racks missed"));
        dialog->accept();
        driven = true;
    });
    window->askToCorrect(wrong);
    QVERIFY(driven);
    QVERIFY2(window->problem().isEmpty(), qPrintable(window->problem()));
    QCOMPARE(racksCounted(), racksBefore + 2);
    m_window->undoStack()->undo();
    QCOMPARE(racksCounted(), racksBefore);
}

void tst_PlayersWindow::leaderboardsByGame()
{
    ui::PlayersWindow *window = openPlayers();
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), ui::PlayersWindow::Page::Leaderboards);
    ui::LeaderboardPage *page = window->leaderboardPage();
    QCOMPARE(page->gamePicker()->count(), 5); // all games, 8-ball, 9-ball, 10-ball, 14.1
    for (int index = 0; index < page->gamePicker()->count(); ++index) {
        page->gamePicker()->setCurrentIndex(index);
        const QString game = page->gamePicker()->currentData().toString();
        const Result<std::vector<venue::PlayerRating>> expected = m_book->leaderboard(game);
        QVERIFY2(expected, qPrintable(errorOf(expected)));
        QStringList names;
        for (const venue::PlayerRating &rating : *expected) {
            if (rating.racks > 0)
                names << m_model->player(rating.playerId)->name;
        }
        QCOMPARE(columnOf(page->board(), 1), names);
        const QStringList ranks = columnOf(page->board(), 0);
        for (int row = 0; row < ranks.size(); ++row)
            QCOMPARE(ranks.at(row), QString::number(row + 1));
        if (game.isEmpty()) {
            // The true strengths' order comes out at the top and the bottom.
            QCOMPARE(names.front(), QStringLiteral("Alex Moreno"));
            QCOMPARE(names.back(), QStringLiteral("Hana Sato"));
        }
        if (game == u"ten-ball" || game == u"straight-pool")
            QCOMPARE(page->board()->topLevelItemCount(), 0);
    }
    page->pickGame(kNine);
    saveShot(window, "leaderboard.png");
    // Enter on a row opens the player's profile.
    page->board()->setFocus();
    page->board()->setCurrentItem(page->board()->topLevelItem(1));
    const QString second = page->board()->topLevelItem(1)->text(1);
    QTest::keyClick(page->board(), Qt::Key_Return);
    QCOMPARE(window->currentPage(), ui::PlayersWindow::Page::Players);
    QCOMPARE(window->profilePage()->profile()->player.name, second);
}

void tst_PlayersWindow::headToHead()
{
    ui::PlayersWindow *window = openPlayers();
    QVERIFY(window);
    window->showPage(ui::PlayersWindow::Page::HeadToHead);
    ui::HeadToHeadPage *page = window->headToHeadPage();
    QCOMPARE(page->lines(), QStringList{QStringLiteral("Pick two players to compare.")});
    QTest::keyClicks(page->playerA()->searchBox(), QStringLiteral("alex m"));
    QTest::keyClick(page->playerA()->searchBox(), Qt::Key_Return);
    QVERIFY(page->playerB()->searchBox()->hasFocus());
    QTest::keyClicks(page->playerB()->searchBox(), QStringLiteral("chen"));
    QTest::keyClick(page->playerB()->searchBox(), Qt::Key_Return);
    page->raceA()->setValue(9);
    page->raceB()->setValue(7);

    const qint64 alex = playerId(QStringLiteral("Alex Moreno"));
    const qint64 chen = playerId(QStringLiteral("Chen Wei"));
    QCOMPARE(page->playerA()->currentPlayerId(), alex);
    QCOMPARE(page->playerB()->currentPlayerId(), chen);
    const venue::HeadToHead record = venue::headToHead(alex, chen, m_book->racks());
    QVERIFY(record.matches >= 2); // two by the referee at least
    const double ratingA = window->ratings().at(alex).rating;
    const double ratingB = window->ratings().at(chen).rating;
    const double rack = venue::rackChance(ratingA, ratingB);
    const QStringList lines = page->lines();
    QCOMPARE(lines.size(), 6);
    QVERIFY2(
        lines.at(0).startsWith(QStringLiteral("%1 matches: Alex Moreno won %2, Chen Wei won %3")
                                   .arg(record.matches)
                                   .arg(record.matchesWonA)
                                   .arg(record.matchesWonB)),
        qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("Alex Moreno won %1 racks, Chen Wei won %2.")
                              .arg(record.racksA)
                              .arg(record.racksB));
    QCOMPARE(lines.at(3), QStringLiteral("Alex Moreno wins a rack %1 of the time, Chen Wei %2.")
                              .arg(ui::percentText(rack), ui::percentText(1 - rack)));
    QVERIFY2(lines.at(4).contains(ui::percentText(venue::raceChance(rack, 9, 7))),
             qPrintable(lines.at(4)));
    const venue::HandicappedRace fair = venue::handicappedRace(ratingA, ratingB, 9);
    QVERIFY2(lines.at(5).contains(QStringLiteral("Alex Moreno needs %1, Chen Wei needs %2")
                                      .arg(fair.racksA)
                                      .arg(fair.racksB)),
             qPrintable(lines.at(5)));
    saveShot(window, "head-to-head.png");
}

QTEST_MAIN(tst_PlayersWindow)
#include "tst_playerswindow.moc"
