#include "mainwindow/mainwindow.h"

#include "bookings/bookingsbinding.h"
#include "bookings/bookingsscreen.h"
#include "camerasource/camerasourcedialog.h"
#include "club/challengeswindow.h"
#include "club/clubdesk.h"
#include "club/eventswindow.h"
#include "common/editcommand.h"
#include "common/uitr.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/playerlist.h"
#include "reports/reportswindow.h"
#include "review/reviewbinding.h"
#include "review/reviewscreen.h"
#include "staff/activitywatch.h"
#include "staff/lockscreen.h"
#include "staff/staffdialog.h"
#include "tablecards/tablecardsdialog.h"
#include "tablescreen/tablescreen.h"
#include "tabletime/tabletimedesk.h"
#include "tournaments/tournamentswindow.h"
#include "venuefloor/tablecard.h"
#include "venuefloor/venuefloorview.h"

#include <venue/staffdesk.h>
#include <venue/tablecameraedit.h>
#include <venue/tablecornersedit.h>
#include <venue/tablereferee.h>
#include <venue/tablestatusedit.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimeZone>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace dojo::ui {
namespace {

const QString kVenueKey = QStringLiteral("floor/venue");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kScreenGeometryKey = QStringLiteral("tableScreen/%1/geometry");
// Who the audit log names for the window's edits until staff sign in (the front desk issue).
const QString kFrontDesk = QStringLiteral("front-desk");

std::vector<BookableTable> bookableTables(const std::vector<venue::Table> &tables)
{
    std::vector<BookableTable> bookable;
    for (const venue::Table &table : tables)
        bookable.push_back({table.id, table.name, false}); // out of order: the front desk issue
    return bookable;
}

} // namespace

using venue::TableStatus;

MainWindow::MainWindow(venue::VenueModel &model, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undoStack = new QUndoStack(this);
    m_floor = new VenueFloorView(this);
    setCentralWidget(m_floor);

    createActions();
    createMenus();
    createToolBar();
    createDocks();
    createSetupActions();
    createTournamentActions();
    createPlayersActions();
    createHealthActions();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("floorSummary"));
    m_databaseLabel = new QLabel(m_model.databaseDescription(), this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("liveLabel"));
    m_liveLabel->setToolTip(Tr::tr("Where phones and screens watch this venue's games live."));
    m_liveLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_liveLabel->hide(); // until the app says how the live games are
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(&m_model, &venue::VenueModel::venuesChanged, this, &MainWindow::fillVenueChooser);
    connect(&m_model, &venue::VenueModel::venueShown, this, &MainWindow::showFloor);
    connect(&m_model, &venue::VenueModel::tableChanged, this, &MainWindow::showTable);
    connect(m_floor, &VenueFloorView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_floor, &VenueFloorView::contextMenuRequested, this, &MainWindow::showTableMenu);
    // A double-click or Enter on a table: what staff want to see is the table itself.
    connect(m_floor, &VenueFloorView::tableActivated, this, &MainWindow::openTableScreen);

    resize(1180, 760);
    restoreGeometry(m_settings.value(kGeometryKey).toByteArray());
    restoreState(m_settings.value(kStateKey).toByteArray());

    const QVariant savedVenue = m_settings.value(kVenueKey);
    showVenue(savedVenue.isValid() ? std::optional<qint64>(savedVenue.toLongLong()) : std::nullopt);
}

MainWindow::~MainWindow()
{
    // The screens are windows of their own: they go with this one.
    for (auto &[tableId, screen] : m_screens)
        delete screen.data();
}

void MainWindow::showAsLastTime()
{
    if (m_settings.contains(kGeometryKey)) {
        show();
        return;
    }
    // Sized to the screen as well, for desktops whose window manager does not maximize.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->availableGeometry());
    showMaximized();
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(Tr::tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_lockAction = new QAction(Tr::tr("&Lock / Switch User"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Tr::tr("Ctrl+L")));
    m_lockAction->setVisible(false); // until the app gives a staff desk
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockDesk);
    m_staffAction = new QAction(Tr::tr("&Staff…"), this);
    m_staffAction->setObjectName(QStringLiteral("staffAction"));
    m_staffAction->setVisible(false);
    connect(m_staffAction, &QAction::triggered, this, &MainWindow::openStaffDialog);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, Tr::tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, Tr::tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Tr::tr("Ctrl+Y"))});

    m_refreshAction = new QAction(Tr::tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(Tr::tr("Read the venue again from the database"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reload);

    m_removeDemoAction = new QAction(Tr::tr("Remove &Demo Venue…"), this);
    m_removeDemoAction->setStatusTip(Tr::tr("Remove the demo venue with its tables and players"));
    connect(m_removeDemoAction, &QAction::triggered, this, &MainWindow::removeDemoVenue);

    m_outOfOrderAction = new QAction(Tr::tr("Out of &Order"), this);
    m_outOfOrderAction->setCheckable(true);
    m_outOfOrderAction->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+X")));
    m_outOfOrderAction->setObjectName(QStringLiteral("status-out-of-order"));
    m_outOfOrderAction->setStatusTip(
        Tr::tr("Take the table out of service, or put it back; free, booked, in play and paused "
               "follow from its sessions and bookings"));
    connect(m_outOfOrderAction, &QAction::triggered, this, &MainWindow::setSelectedTableOutOfOrder);

    m_aboutAction = new QAction(Tr::tr("&About DojoPool"), this);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_model.databaseDescription(), this);
        dialog.exec();
    });
    m_openScreenAction = new QAction(Tr::tr("&Open Table Screen"), this);
    m_openScreenAction->setObjectName(QStringLiteral("openTableScreen"));
    m_openScreenAction->setStatusTip(
        Tr::tr("Show the table's camera, its match and its camera's health in a window"));
    connect(m_openScreenAction, &QAction::triggered, this, [this] {
        if (const std::optional<venue::Table> table = m_floor->selectedTable())
            openTableScreen(table->id);
    });

    m_cameraAction = new QAction(Tr::tr("&Camera…"), this);
    m_cameraAction->setObjectName(QStringLiteral("tableCamera"));
    m_cameraAction->setStatusTip(
        Tr::tr("Choose where the table's pictures come from: a camera, a video, a stream or the "
               "simulated table"));
    connect(m_cameraAction, &QAction::triggered, this, &MainWindow::chooseSelectedTableCamera);

    m_reviewAction = new QAction(Tr::tr("&Review Shots…"), this);
    m_reviewAction->setObjectName(QStringLiteral("reviewShots"));
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reviewAction->setStatusTip(
        Tr::tr("Replay the table's last shots with the tracking drawn over them, and confirm, "
               "correct or overrule their rulings"));
    connect(m_reviewAction, &QAction::triggered, this, [this] {
        if (const std::optional<venue::Table> table = m_floor->selectedTable())
            openReviewScreen(table->id);
    });

    m_printCardsAction = new QAction(Tr::tr("Print &Table Cards…"), this);
    m_printCardsAction->setObjectName(QStringLiteral("printTableCards"));
    m_printCardsAction->setShortcut(QKeySequence::Print);
    m_printCardsAction->setStatusTip(
        Tr::tr("Print the cards players scan to join a table's game, or save them as a PDF"));
    connect(m_printCardsAction, &QAction::triggered, this, &MainWindow::printTableCards);

    m_newCodesAction = new QAction(Tr::tr("New &Join Codes…"), this);
    m_newCodesAction->setObjectName(QStringLiteral("newJoinCodes"));
    m_newCodesAction->setStatusTip(
        Tr::tr("Make new join codes for every table; the cards printed so far stop working"));
    connect(m_newCodesAction, &QAction::triggered, this, &MainWindow::askForNewJoinCodes);
    m_printCardsAction->setEnabled(false); // until the app gives the window its live desk
    m_newCodesAction->setEnabled(false);

    m_aboutQtAction = new QAction(Tr::tr("About &Qt"), this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_reportsAction = new QAction(Tr::tr("&Reports…"), this);
    m_reportsAction->setObjectName(QStringLiteral("openReports"));
    m_reportsAction->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+R")));
    m_reportsAction->setStatusTip(Tr::tr("Table use, revenue, peak hours and no-shows by table, "
                                         "hour, day and week"));
    m_reportsAction->setEnabled(false); // until the app gives the window the reports
    connect(m_reportsAction, &QAction::triggered, this, &MainWindow::openReports);

    m_bookingsAction = new QAction(Tr::tr("&Bookings…"), this);
    m_bookingsAction->setObjectName(QStringLiteral("bookings"));
    m_bookingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_bookingsAction->setStatusTip(
        Tr::tr("Show the day's reservations by table, to book, move, resize or cancel them"));
    connect(m_bookingsAction, &QAction::triggered, this, &MainWindow::openBookingsScreen);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(Tr::tr("&File"));
    file->addAction(m_lockAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(Tr::tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu *table = menuBar()->addMenu(Tr::tr("&Table"));
    table->setObjectName(QStringLiteral("tableMenu"));
    table->addAction(m_openScreenAction);
    table->addAction(m_cameraAction);
    table->addAction(m_reviewAction);
    table->addSeparator();
    table->addAction(m_outOfOrderAction);

    QMenu *venue = menuBar()->addMenu(Tr::tr("&Venue"));
    venue->addAction(m_bookingsAction);
    venue->setObjectName(QStringLiteral("venueMenu"));
    venue->addAction(m_refreshAction);
    venue->addAction(m_staffAction);
    venue->addSeparator();
    venue->addAction(m_printCardsAction);
    venue->addAction(m_newCodesAction);
    venue->addSeparator();
    venue->addAction(m_reportsAction);
    venue->addSeparator();
    venue->addAction(m_removeDemoAction);

    menuBar()->addMenu(Tr::tr("&View"))->setObjectName(QStringLiteral("viewMenu"));

    QMenu *help = menuBar()->addMenu(Tr::tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(Tr::tr("Front Desk"));
    bar->setObjectName(QStringLiteral("frontDeskToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_venueChooser = new QComboBox(bar);
    m_venueChooser->setObjectName(QStringLiteral("venueChooser"));
    m_venueChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_venueChooser->setToolTip(Tr::tr("The venue shown on the floor"));
    bar->addWidget(new QLabel(Tr::tr("Venue: "), bar));
    bar->addWidget(m_venueChooser);
    bar->addSeparator();
    bar->addAction(m_outOfOrderAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);

    connect(m_venueChooser, &QComboBox::activated, this,
            [this](int index) { showVenue(m_venueChooser->itemData(index).toLongLong()); });
}

void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(Tr::tr("Players"), this);
    dock->setObjectName(QStringLiteral("playersDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_players = new PlayerList(dock);
    dock->setWidget(m_players);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    QAction *toggle = dock->toggleViewAction();
    toggle->setText(Tr::tr("&Players"));
    toggle->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+L"))); // Ctrl+L locks the desk
    menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))->addAction(toggle);
}

void MainWindow::reload()
{
    showVenue(m_model.currentVenue() ? std::optional(m_model.currentVenue()->id) : std::nullopt);
}

void MainWindow::showVenue(std::optional<qint64> venueId)
{
    if (Result<void> loaded = m_model.load(venueId); !loaded)
        showError(Tr::tr("Could not read the venue."), loaded.error());
}

void MainWindow::fillVenueChooser()
{
    m_venueChooser->clear();
    for (const venue::Venue &venue : m_model.venues())
        m_venueChooser->addItem(venue.name, venue.id);
    m_venueChooser->setEnabled(!m_model.venues().empty());
    // Refilled after a change elsewhere, the chooser still names the venue shown.
    if (const std::optional<venue::Venue> shown = m_model.currentVenue())
        m_venueChooser->setCurrentIndex(m_venueChooser->findData(shown->id));
}

void MainWindow::showFloor()
{
    const std::optional<venue::Venue> venue = m_model.currentVenue();
    const std::optional<qint64> venueId = venue ? std::optional(venue->id) : std::nullopt;
    if (venueId != m_shownVenueId)
        m_undoStack->clear(); // the steps on the stack belong to the other venue's tables
    m_shownVenueId = venueId;
    if (venue) {
        m_settings.setValue(kVenueKey, venue->id);
        m_venueChooser->setCurrentIndex(m_venueChooser->findData(venue->id));
    }
    m_floor->setTables(m_model.tables());
    giveCardsTheirCameras();
    closeTableScreensNotShown();
    m_players->setPlayers(m_model.players());
    if (m_bookings)
        m_bookings->setTables(bookableTables(m_model.tables()));
    setWindowTitle(venue ? Tr::tr("%1 — DojoPool").arg(venue->name) : Tr::tr("DojoPool"));
    updateSummary();
    updateActions();
}

void MainWindow::showTable(qint64 tableId)
{
    if (const std::optional<venue::Table> table = m_model.table(tableId)) {
        m_floor->updateTable(*table);
        if (const auto open = m_screens.find(tableId); open != m_screens.end() && open->second)
            open->second->setTable(*table);
    }
    updateSummary();
    updateActions();
}

void MainWindow::updateSummary()
{
    if (!m_model.currentVenue()) {
        m_summary->setText(Tr::tr("No venue in this database."));
        return;
    }
    const std::vector<venue::Table> &tables = m_model.tables();
    auto count = [&tables](TableStatus status) {
        return std::count_if(tables.begin(), tables.end(),
                             [status](const venue::Table &t) { return t.status == status; });
    };
    m_summary->setText(
        Tr::tr("Tables: %1 · %2 free · %3 booked · %4 in play · %5 paused · %6 out of order")
            .arg(tables.size())
            .arg(count(TableStatus::Free))
            .arg(count(TableStatus::Booked))
            .arg(count(TableStatus::InPlay))
            .arg(count(TableStatus::Paused))
            .arg(count(TableStatus::OutOfOrder)));
}

void MainWindow::updateActions()
{
    const std::optional<venue::Table> table = m_floor->selectedTable();
    m_outOfOrderAction->setEnabled(table.has_value());
    m_outOfOrderAction->setChecked(table && table->outOfOrder);
    m_removeDemoAction->setEnabled(m_model.hasDemoVenue());
    m_openScreenAction->setEnabled(table.has_value());
    m_cameraAction->setEnabled(table.has_value());
    m_printCardsAction->setEnabled(m_live.isSet());
    m_newCodesAction->setEnabled(m_live.isSet());
    if (m_tableTimeDesk)
        m_tableTimeDesk->updateActions();
    updateSetupActions();
}

void MainWindow::setTableTime(venue::TableTime &tableTime)
{
    if (m_tableTimeDesk)
        return;
    m_tableTime = &tableTime;
    m_tableTimeDesk = new TableTimeDesk(
        *this, m_model, tableTime, [this] { return m_floor->selectedTable(); },
        [this] { return actor(); });
    QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    menuBar()->insertMenu(view->menuAction(), m_tableTimeDesk->menu());
    QMenu *venueMenu = menuBar()->findChild<QMenu *>(QStringLiteral("venueMenu"));
    venueMenu->insertAction(m_printCardsAction, m_tableTimeDesk->ratesAction());
    venueMenu->insertSeparator(m_printCardsAction);
    view->addAction(m_tableTimeDesk->walkInDock()->toggleViewAction());
    restoreState(m_settings.value(kStateKey).toByteArray()); // the queue's dock where it was
    updateActions();
}

void MainWindow::setLive(LiveDesk desk)
{
    m_live = std::move(desk);
    updateActions();
}

void MainWindow::showLiveStatus(const QString &text)
{
    m_liveLabel->setText(text);
    m_liveLabel->setVisible(!text.isEmpty());
}

void MainWindow::printTableCards()
{
    if (!m_live.isSet())
        return;
    std::vector<print::TableCard> cards = m_live.cards();
    if (cards.empty()) {
        statusBar()->showMessage(Tr::tr("The live games serve no table: there are no cards to "
                                        "print."),
                                 8000);
        return;
    }
    TableCardsDialog dialog(std::move(cards), this);
    dialog.exec();
}

void MainWindow::askForNewJoinCodes()
{
    if (!m_live.isSet())
        return;
    QMessageBox box(QMessageBox::Question, Tr::tr("New Join Codes"),
                    Tr::tr("New join codes void every table card printed so far. Players need "
                           "the new cards to join. Make new codes?"),
                    QMessageBox::NoButton, this);
    QPushButton *make = box.addButton(Tr::tr("&Make New Codes"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == make)
        static_cast<void>(makeNewJoinCodes()); // its failure is shown in a box already
}

Result<void> MainWindow::makeNewJoinCodes()
{
    if (!m_live.isSet())
        return Unexpected(Tr::tr("The live games are not running."));
    Result<void> renewed = m_live.renewCodes();
    if (!renewed) {
        showError(Tr::tr("No new join codes were made; the printed cards still work."),
                  renewed.error());
        return renewed;
    }
    statusBar()->showMessage(
        Tr::tr("Every table has a new join code: print the new cards (Venue → Print Table "
               "Cards…)."),
        15000);
    return renewed;
}

void MainWindow::setSelectedTableOutOfOrder(bool outOfOrder)
{
    const std::optional<venue::Table> table = m_floor->selectedTable();
    if (!table || table->outOfOrder == outOfOrder) {
        updateActions(); // a checkable action toggled on a table already so
        return;
    }
    m_undoStack->push(new EditCommand(
        m_model,
        std::make_unique<venue::TableStatusEdit>(table->id, table->name, outOfOrder, actorName()),
        [this](const QString &error) {
            showError(Tr::tr("The table's status could not be saved."), error);
        }));
}

void MainWindow::chooseSelectedTableCamera()
{
    const std::optional<venue::Table> table = m_floor->selectedTable();
    if (!table)
        return;
    CameraSourceDialog dialog(table->name, table->cameraSource, this);
    if (dialog.exec() != QDialog::Accepted || dialog.source() == table->cameraSource)
        return;
    m_undoStack->push(new EditCommand(
        m_model,
        std::make_unique<venue::TableCameraEdit>(table->id, table->name, table->cameraSource,
                                                 dialog.source(), actorName()),
        [this](const QString &error) {
            showError(Tr::tr("The table's camera could not be saved."), error);
        }));
}

void MainWindow::setTableCorners(qint64 tableId, const std::optional<venue::TableCorners> &corners)
{
    const std::optional<venue::Table> table = m_model.table(tableId);
    if (!table || (!table->corners && !corners))
        return;
    m_undoStack->push(
        new EditCommand(m_model,
                        std::make_unique<venue::TableCornersEdit>(
                            table->id, table->name, table->corners, corners, actorName()),
                        [this](const QString &error) {
                            showError(Tr::tr("The table's corners could not be saved."), error);
                        }));
}

void MainWindow::removeDemoVenue()
{
    const auto demo = std::find_if(m_model.venues().begin(), m_model.venues().end(),
                                   [](const venue::Venue &venue) { return venue.isDemo; });
    if (demo == m_model.venues().end())
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, Tr::tr("Remove Demo Venue"),
        Tr::tr("Remove the demo venue “%1” with all its tables and players?\n\n"
               "Your own venues are not touched. This cannot be undone: the demo venue does "
               "not come back.")
            .arg(demo->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Result<void> removed = m_model.removeDemoVenue(actorName()); !removed) {
        showError(Tr::tr("The demo venue could not be removed."), removed.error());
        return;
    }
    m_undoStack->clear();
    statusBar()->showMessage(Tr::tr("The demo venue was removed."), 8000);
}

void MainWindow::showTableMenu(qint64 tableId, const QPoint &globalPos)
{
    m_floor->selectTable(tableId);
    QMenu menu(this);
    menu.addAction(m_openScreenAction);
    menu.setDefaultAction(m_openScreenAction);
    menu.addAction(m_cameraAction);
    menu.addAction(m_reviewAction);
    menu.addAction(m_editTableAction);
    menu.addAction(m_removeTableAction);
    menu.addSeparator();
    menu.addAction(m_outOfOrderAction);
    menu.exec(globalPos);
}

void MainWindow::setTableFeeds(TableFeeds feeds)
{
    m_feeds = std::move(feeds);
    giveCardsTheirCameras();
    // A shot waiting for a referee is announced here, whichever window is in front.
    for (const venue::Table &table : m_model.tables()) {
        venue::TableReferee *referee = feedOf(table.id).referee;
        if (!referee)
            continue;
        disconnect(referee, &venue::TableReferee::reviewNeeded, this, nullptr);
        connect(referee, &venue::TableReferee::reviewNeeded, this,
                [this, name = table.name](int shot) {
                    statusBar()->showMessage(
                        Tr::tr("%1: shot %2 waits for a referee; Table → Review Shots… (Ctrl+R) "
                               "replays it.")
                            .arg(name)
                            .arg(shot));
                });
    }
    for (auto &[tableId, screen] : m_screens) {
        if (screen)
            screen->setFeed(feedOf(tableId));
    }
}

TableFeed MainWindow::feedOf(qint64 tableId) const
{
    return m_feeds ? m_feeds(tableId) : TableFeed{};
}

void MainWindow::giveCardsTheirCameras()
{
    for (TableCard *card : m_floor->cards())
        card->setCamera(feedOf(card->table().id).camera);
}

TableScreen *MainWindow::openTableScreen(qint64 tableId)
{
    if (const auto open = m_screens.find(tableId); open != m_screens.end() && open->second) {
        TableScreen *screen = open->second;
        screen->show();
        screen->raise();
        screen->activateWindow();
        return screen;
    }
    const std::optional<venue::Table> table = m_model.table(tableId);
    if (!table)
        return nullptr;
    auto *screen = new TableScreen(*table, feedOf(tableId));
    screen->setAttribute(Qt::WA_DeleteOnClose);
    screen->restoreGeometry(m_settings.value(kScreenGeometryKey.arg(tableId)).toByteArray());
    connect(screen, &TableScreen::cornersChosen, this, &MainWindow::setTableCorners);
    connect(screen, &TableScreen::reviewRequested, this,
            [this](qint64 id) { openReviewScreen(id); });
    connect(screen, &TableScreen::closing, this, [this, screen](qint64 id) {
        m_settings.setValue(kScreenGeometryKey.arg(id), screen->saveGeometry());
        m_screens.erase(id); // it is deleted soon; the next open makes a new one
    });
    m_screens[tableId] = screen;
    screen->show();
    screen->raise();
    screen->activateWindow();
    return screen;
}

ReviewScreen *MainWindow::openReviewScreen(qint64 tableId, std::optional<int> shot)
{
    const TableFeed feed = feedOf(tableId);
    const std::optional<venue::Table> table = m_model.table(tableId);
    if (!feed.referee || !feed.replays || !table) {
        statusBar()->showMessage(Tr::tr("This table is not tracked: there are no shots to "
                                        "review."),
                                 8000);
        return nullptr;
    }
    ReviewScreen *screen = nullptr;
    if (const auto open = m_reviews.find(tableId); open != m_reviews.end() && open->second)
        screen = open->second;
    if (!screen) {
        screen = new ReviewScreen(table->name);
        screen->setAttribute(Qt::WA_DeleteOnClose);
        screen->resize(1600, 900);
        auto *binding = new ReviewBinding(*screen, tableId, *feed.referee, *feed.replays);
        binding->setObjectName(QStringLiteral("reviewBinding"));
        if (m_desk) // only a referee or a manager overrules; the refusal is audited
            binding->setGuard([this](venue::Permission permission, const QString &subject) {
                return checkPermission(permission, subject);
            });
        m_reviews[tableId] = screen;
    }
    if (auto *binding = screen->findChild<ReviewBinding *>(QStringLiteral("reviewBinding"))) {
        // The first shot waiting for a referee, else the one asked for, else the newest.
        std::optional<int> wanted = shot;
        for (const venue::RefereedShot &held : feed.referee->shots()) {
            if (!wanted && held.state == venue::RefereedShot::State::Waiting)
                wanted = held.tracked.number;
        }
        binding->showShot(wanted.value_or(-1));
    }
    screen->show();
    screen->raise();
    screen->activateWindow();
    return screen;
}

std::vector<TableScreen *> MainWindow::tableScreens() const
{
    std::vector<TableScreen *> open;
    for (const auto &[tableId, screen] : m_screens) {
        if (screen)
            open.push_back(screen);
    }
    return open;
}

void MainWindow::closeTableScreensNotShown()
{
    // A table of another venue, or one that is gone, has no place beside this floor.
    for (TableScreen *screen : tableScreens()) {
        if (!m_model.table(screen->table().id))
            screen->close();
    }
}

void MainWindow::showError(const QString &what, const QString &error)
{
    statusBar()->showMessage(what, 10000);
    auto *box
        = new QMessageBox(QMessageBox::Warning, Tr::tr("DojoPool"), what, QMessageBox::Ok, this);
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setStaffDesk(venue::StaffDesk *desk)
{
    m_desk = desk;
    if (!m_desk)
        return;
    m_lockScreen = new LockScreen(*m_desk, *this);
    m_activity = new ActivityWatch(*m_desk, this);
    m_staffLabel = new QLabel(this);
    m_staffLabel->setObjectName(QStringLiteral("staffLabel"));
    statusBar()->addPermanentWidget(m_staffLabel);
    m_lockAction->setVisible(true);
    m_staffAction->setVisible(true);
    connect(m_desk, &venue::StaffDesk::signedInChanged, this, &MainWindow::showSignedIn);
    // The table and review screens are windows of their own: hidden while locked, not closed.
    connect(m_desk, &venue::StaffDesk::locked, this, [this] {
        for (QWidget *screen : QApplication::topLevelWidgets()) {
            const bool ours = qobject_cast<TableScreen *>(screen)
                              || qobject_cast<ReviewScreen *>(screen)
                              || qobject_cast<TournamentsWindow *>(screen)
                              || qobject_cast<ChallengesWindow *>(screen)
                              || qobject_cast<EventsWindow *>(screen);
            if (ours && screen->isVisible()) {
                screen->hide();
                m_hiddenWhileLocked.emplace_back(screen);
            }
        }
    });
    followVenueForStaff();
    showSignedIn();
}

void MainWindow::followVenueForStaff()
{
    if (!m_desk)
        return;
    const std::optional<venue::Venue> venue = m_model.currentVenue();
    if (venue && m_desk->venueId() != venue->id) {
        if (Result<void> set = m_desk->setVenue(venue->id); !set)
            showError(Tr::tr("The venue's staff could not be read."), set.error());
    }
    m_lockScreen->follow(venue && venue->isDemo);
}

void MainWindow::showSignedIn()
{
    const std::optional<venue::Actor> &actor = m_desk->signedIn();
    if (actor) {
        for (const QPointer<QWidget> &screen : m_hiddenWhileLocked) {
            if (screen)
                screen->show();
        }
        m_hiddenWhileLocked.clear();
    }
    m_staffLabel->setText(actor ? Tr::tr("%1, %2").arg(actor->name, venue::roleName(actor->role))
                                : QString());
}

venue::Actor MainWindow::actor() const
{
    if (m_desk && m_desk->signedIn())
        return *m_desk->signedIn();
    return venue::Actor{kFrontDesk, venue::Role::Manager};
}

QString MainWindow::actorName() const
{
    return m_desk && m_desk->signedIn() ? m_desk->signedIn()->auditName() : kFrontDesk;
}

Result<void> MainWindow::checkPermission(venue::Permission permission, const QString &subject)
{
    return m_desk ? m_desk->check(permission, subject) : Result<void>();
}

void MainWindow::lockDesk()
{
    if (m_desk)
        m_desk->lock();
}

void MainWindow::openStaffDialog()
{
    if (!m_desk)
        return;
    if (Result<void> may = checkPermission(venue::Permission::ManageStaff, QStringLiteral("staff"));
        !may) {
        showError(Tr::tr("The staff list is for managers."), may.error());
        return;
    }
    auto *dialog = new StaffDialog(*m_desk, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState());
    for (TableScreen *screen : tableScreens())
        screen->close();
    for (auto &[tableId, review] : m_reviews) {
        if (review)
            review->close();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::setReports(venue::VenueReports *reports)
{
    m_reports = reports;
    m_reportsAction->setEnabled(m_reports != nullptr);
}

ReportsWindow *MainWindow::openReports()
{
    const std::optional<venue::Venue> venue = m_model.currentVenue();
    if (!m_reports || !venue)
        return nullptr;
    // One window at a time, on the venue shown; another venue gets a new one.
    if (m_reportsWindow && m_reportsWindow->property("venueId").toLongLong() != venue->id) {
        m_reportsWindow->deleteLater();
        m_reportsWindow = nullptr;
    }
    if (!m_reportsWindow) {
        m_reportsWindow = new ReportsWindow(*m_reports, venue->id, this);
        m_reportsWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_reportsWindow->setProperty("venueId", venue->id);
    }
    m_reportsWindow->show();
    m_reportsWindow->raise();
    m_reportsWindow->activateWindow();
    return m_reportsWindow;
}

BookingsScreen *MainWindow::openBookingsScreen()
{
    if (!m_bookings) {
        m_bookings = new BookingsScreen(this);
        m_bookings->setWindowFlag(Qt::Window);
        m_bookings->setAttribute(Qt::WA_DeleteOnClose);
        m_bookings->resize(1280, 720);
        m_bookings->setTables(bookableTables(m_model.tables()));
        // The venue's time zone and opening hours come with the venue settings.
        m_bookings->setDay(QDate::currentDate(), QTimeZone::systemTimeZone());
        if (m_bookingBook) {
            new BookingsBinding(*m_bookings, *m_bookingBook, m_model, *m_undoStack,
                                [this] { return actor(); });
        }
    }
    m_bookings->show();
    m_bookings->raise();
    m_bookings->activateWindow();
    return m_bookings;
}

ClubDesk &MainWindow::club()
{
    if (!m_clubDesk) {
        m_clubDesk = new ClubDesk(
            *this, m_model, *m_undoStack, [this] { return actor(); },
            [this] { return m_bookingBook; }, [this] { return m_tableTime; });
        QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        menuBar()->insertMenu(view->menuAction(), m_clubDesk->menu());
    }
    return *m_clubDesk;
}

void MainWindow::setChallengeDesk(venue::ChallengeDesk &desk)
{
    club().setChallengeDesk(desk);
}

void MainWindow::setVenueEvents(venue::VenueEvents &events)
{
    club().setVenueEvents(events);
}

void MainWindow::setMatchQueue(venue::MatchQueue &queue,
                               std::function<std::map<qint64, double>()> ratings)
{
    if (m_clubDesk && m_clubDesk->matchQueueDock())
        return; // one queue a window
    club().setMatchQueue(queue, std::move(ratings));
    if (QDockWidget *dock = m_clubDesk->matchQueueDock())
        menuBar()
            ->findChild<QMenu *>(QStringLiteral("viewMenu"))
            ->addAction(dock->toggleViewAction());
    restoreState(m_settings.value(kStateKey).toByteArray()); // the queue's dock where it was
}

} // namespace dojo::ui
