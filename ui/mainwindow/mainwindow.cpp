#include "mainwindow/mainwindow.h"

#include "common/tabletext.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/playerlist.h"
#include "venuefloor/tablecard.h"
#include "venuefloor/tablestatuscommand.h"
#include "venuefloor/venuefloorview.h"

#include <storage/database.h>
#include <storage/demovenue.h>
#include <storage/venuerepository.h>

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
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace dojo::ui {
namespace {

const QString kVenueKey = QStringLiteral("floor/venue");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");

} // namespace

MainWindow::MainWindow(storage::Database &database, storage::VenueRepository &venues,
                       QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_venues(venues)
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

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("floorSummary"));
    m_databaseLabel = new QLabel(m_database.location().describe(), this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_floor, &VenueFloorView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_floor, &VenueFloorView::contextMenuRequested, this, &MainWindow::showTableMenu);
    connect(m_floor, &VenueFloorView::tableActivated, this, [this](qint64 tableId) {
        for (TableCard *card : m_floor->cards()) {
            if (card->table().id == tableId)
                showTableMenu(tableId, card->mapToGlobal(card->rect().center()));
        }
    });

    resize(1180, 760);
    restoreGeometry(m_settings.value(kGeometryKey).toByteArray());
    restoreState(m_settings.value(kStateKey).toByteArray());

    const QVariant savedVenue = m_settings.value(kVenueKey);
    if (savedVenue.isValid())
        m_venueId = savedVenue.toLongLong();
    reload();
}

MainWindow::~MainWindow() = default;

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
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});

    m_refreshAction = new QAction(tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read the venue again from the database"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reload);

    m_removeDemoAction = new QAction(tr("Remove &Demo Venue…"), this);
    m_removeDemoAction->setStatusTip(tr("Remove the demo venue with its tables and players"));
    connect(m_removeDemoAction, &QAction::triggered, this, &MainWindow::removeDemoVenue);

    const std::array<QString, 3> labels = {tr("Mark &Free"), tr("Mark &Booked"), tr("Start &Play")};
    const std::array<QKeySequence, 3> keys
        = {QKeySequence(tr("Ctrl+Shift+F")), QKeySequence(tr("Ctrl+Shift+B")),
           QKeySequence(tr("Ctrl+Shift+P"))};
    for (size_t i = 0; i < m_statusActions.size(); ++i) {
        const TableStatus status = kAllTableStatuses[i];
        auto *action = new QAction(labels[i], this);
        action->setShortcut(keys[i]);
        action->setObjectName(QStringLiteral("status-%1").arg(tableStatusKey(status)));
        connect(action, &QAction::triggered, this,
                [this, status] { setSelectedTableStatus(status); });
        m_statusActions[i] = action;
    }

    m_aboutAction = new QAction(tr("&About DojoPool"), this);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_database.location().describe(), this);
        dialog.exec();
    });
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu *table = menuBar()->addMenu(tr("&Table"));
    for (QAction *action : m_statusActions)
        table->addAction(action);

    QMenu *venue = menuBar()->addMenu(tr("&Venue"));
    venue->addAction(m_refreshAction);
    venue->addSeparator();
    venue->addAction(m_removeDemoAction);

    menuBar()->addMenu(tr("&View"))->setObjectName(QStringLiteral("viewMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Front Desk"));
    bar->setObjectName(QStringLiteral("frontDeskToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_venueChooser = new QComboBox(bar);
    m_venueChooser->setObjectName(QStringLiteral("venueChooser"));
    m_venueChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_venueChooser->setToolTip(tr("The venue shown on the floor"));
    bar->addWidget(new QLabel(tr("Venue: "), bar));
    bar->addWidget(m_venueChooser);
    bar->addSeparator();
    for (QAction *action : m_statusActions)
        bar->addAction(action);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);

    connect(m_venueChooser, &QComboBox::activated, this,
            [this](int index) { showVenue(m_venueChooser->itemData(index).toLongLong()); });
}

void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(tr("Players"), this);
    dock->setObjectName(QStringLiteral("playersDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_players = new PlayerList(dock);
    dock->setWidget(m_players);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&Players"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+L")));
    menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))->addAction(toggle);
}

void MainWindow::reload()
{
    m_venueList = m_venues.venues();
    if (!m_venues.lastError().isEmpty())
        showError(tr("Could not read the venues."), m_venues.lastError());

    m_venueChooser->clear();
    for (const storage::VenueRecord &venue : m_venueList)
        m_venueChooser->addItem(venue.name, venue.id);
    m_venueChooser->setEnabled(!m_venueList.empty());

    const bool known = m_venueId
                       && std::any_of(m_venueList.begin(), m_venueList.end(),
                                      [this](const storage::VenueRecord &venue) {
                                          return venue.id == *m_venueId;
                                      });
    std::optional<qint64> venueId = m_venueId;
    if (!known)
        venueId = m_venueList.empty() ? std::nullopt : std::optional(m_venueList.front().id);
    showVenue(venueId);
}

void MainWindow::showVenue(std::optional<qint64> venueId)
{
    if (venueId != m_venueId)
        m_undoStack->clear(); // the steps on the stack belong to the other venue's tables
    m_venueId = venueId;
    m_tables.clear();
    std::vector<storage::PlayerRecord> players;
    m_venueName.clear();
    if (m_venueId) {
        m_tables = m_venues.tables(*m_venueId);
        if (!m_venues.lastError().isEmpty())
            showError(tr("Could not read the tables."), m_venues.lastError());
        players = m_venues.players(*m_venueId);
        if (!m_venues.lastError().isEmpty())
            showError(tr("Could not read the players."), m_venues.lastError());
        m_settings.setValue(kVenueKey, *m_venueId);
        const int index = m_venueChooser->findData(*m_venueId);
        m_venueChooser->setCurrentIndex(index);
        if (index >= 0)
            m_venueName = m_venueChooser->itemText(index);
    }
    m_floor->setTables(m_tables);
    m_players->setPlayers(players);
    setWindowTitle(m_venueName.isEmpty() ? tr("DojoPool") : tr("%1 — DojoPool").arg(m_venueName));
    updateSummary();
    updateActions();
}

void MainWindow::updateSummary()
{
    if (!m_venueId) {
        m_summary->setText(tr("No venue in this database."));
        return;
    }
    auto count = [this](TableStatus status) {
        return std::count_if(
            m_tables.begin(), m_tables.end(),
            [status](const storage::TableRecord &t) { return t.status == status; });
    };
    m_summary->setText(tr("Tables: %1 · %2 free · %3 booked · %4 in play")
                           .arg(m_tables.size())
                           .arg(count(TableStatus::Free))
                           .arg(count(TableStatus::Booked))
                           .arg(count(TableStatus::InPlay)));
}

void MainWindow::updateActions()
{
    const std::optional<storage::TableRecord> table = m_floor->selectedTable();
    for (size_t i = 0; i < m_statusActions.size(); ++i)
        m_statusActions[i]->setEnabled(table && table->status != kAllTableStatuses[i]);
    const bool hasDemo
        = std::any_of(m_venueList.begin(), m_venueList.end(),
                      [](const storage::VenueRecord &venue) { return venue.isDemo; });
    m_removeDemoAction->setEnabled(hasDemo);
}

void MainWindow::setSelectedTableStatus(TableStatus status)
{
    const std::optional<storage::TableRecord> table = m_floor->selectedTable();
    if (!table || table->status == status)
        return;
    const qint64 tableId = table->id;
    m_undoStack->push(new TableStatusCommand(
        m_venues, tableId, table->name, table->status, status,
        [this, tableId](const QString &error) {
            if (!error.isEmpty())
                showError(tr("The table's status could not be saved."), error);
            showVenue(m_venueId);
            m_floor->selectTable(tableId);
        }));
}

void MainWindow::removeDemoVenue()
{
    auto demo = std::find_if(m_venueList.begin(), m_venueList.end(),
                             [](const storage::VenueRecord &venue) { return venue.isDemo; });
    if (demo == m_venueList.end())
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Remove Demo Venue"),
        tr("Remove the demo venue “%1” with all its tables and players?\n\n"
           "Your own venues are not touched. The demo venue does not come back.")
            .arg(demo->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!storage::removeDemoVenue(m_database, QStringLiteral("front-desk"), &error)) {
        showError(tr("The demo venue could not be removed."), error);
        return;
    }
    m_undoStack->clear();
    statusBar()->showMessage(tr("The demo venue was removed."), 8000);
    reload();
}

void MainWindow::showTableMenu(qint64 tableId, const QPoint &globalPos)
{
    m_floor->selectTable(tableId);
    QMenu menu(this);
    for (QAction *action : m_statusActions)
        menu.addAction(action);
    menu.exec(globalPos);
}

void MainWindow::showError(const QString &what, const QString &error)
{
    statusBar()->showMessage(what, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("DojoPool"), what, QMessageBox::Ok, this);
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace dojo::ui
