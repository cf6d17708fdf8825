// MainWindow: the venue set up and edited, its tables and players, and the hall laid out.
#include "mainwindow/mainwindow.h"

#include "common/editcommand.h"
#include "common/uitr.h"
#include "mainwindow/playerlist.h"
#include "setup/playerdialog.h"
#include "setup/tabledialog.h"
#include "setup/venuesettingsdialog.h"
#include "setup/venuesetupdialog.h"
#include "venuefloor/venuefloorview.h"

#include <venue/newvenue.h>
#include <venue/playeredits.h>
#include <venue/tableedits.h>
#include <venue/venuemodel.h>
#include <venue/venuesettingsedit.h>

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace dojo::ui {
namespace {

const QString kHallPlanKey = QStringLiteral("floor/hallPlan");

QAction *newAction(const QString &text, const char *name, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(name));
    return action;
}

} // namespace

void MainWindow::createSetupActions()
{
    m_newVenueAction = newAction(Tr::tr("&New Venue…"), "newVenue", this);
    m_newVenueAction->setStatusTip(Tr::tr("Set up another venue: its name, currency, time zone "
                                          "and tables"));
    connect(m_newVenueAction, &QAction::triggered, this, &MainWindow::setUpNewVenue);
    m_venueSettingsAction = newAction(Tr::tr("&Settings…"), "venueSettings", this);
    m_venueSettingsAction->setStatusTip(
        Tr::tr("The venue's name, currency, time zone, booking grace and idle lock"));
    connect(m_venueSettingsAction, &QAction::triggered, this, &MainWindow::editVenueSettings);

    m_addTableAction = newAction(Tr::tr("&Add Table…"), "addTable", this);
    m_addTableAction->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+T")));
    connect(m_addTableAction, &QAction::triggered, this, &MainWindow::addTable);
    m_editTableAction = newAction(Tr::tr("&Edit Table…"), "editTable", this);
    m_editTableAction->setShortcut(QKeySequence(Tr::tr("Ctrl+E")));
    connect(m_editTableAction, &QAction::triggered, this, &MainWindow::editSelectedTable);
    m_removeTableAction = newAction(Tr::tr("Re&move Table…"), "removeTable", this);
    connect(m_removeTableAction, &QAction::triggered, this, &MainWindow::removeSelectedTable);

    m_layOutAction = newAction(Tr::tr("&Lay Out Tables"), "layOutTables", this);
    m_layOutAction->setCheckable(true);
    m_layOutAction->setShortcut(QKeySequence(Tr::tr("Ctrl+Alt+L"))); // Ctrl+Shift+L: players
    m_layOutAction->setStatusTip(
        Tr::tr("Drag the tables to where they stand in the hall; arrow keys move the selected "
               "table, R turns it"));
    connect(m_layOutAction, &QAction::toggled, this, [this](bool on) {
        m_floor->setLayingOut(on);
        m_hallPlanAction->setChecked(m_floor->isHallPlanShown());
        if (on)
            statusBar()->showMessage(Tr::tr("Drag each table to where it stands; arrow keys "
                                            "move the selected one, R turns it."),
                                     10000);
    });
    m_gridAction = newAction(Tr::tr("Arrange in &Grid"), "arrangeInGrid", this);
    m_gridAction->setStatusTip(Tr::tr("Put every table back on the grid"));
    connect(m_gridAction, &QAction::triggered, this, &MainWindow::arrangeTablesInGrid);

    m_hallPlanAction = newAction(Tr::tr("&Hall Plan"), "hallPlan", this);
    m_hallPlanAction->setCheckable(true);
    m_hallPlanAction->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+H")));
    m_hallPlanAction->setStatusTip(Tr::tr("Show the tables where they stand in the hall, or in "
                                          "a grid"));
    connect(m_hallPlanAction, &QAction::toggled, this, &MainWindow::showHallPlan);

    m_addPlayerAction = newAction(Tr::tr("Add &Player…"), "addPlayer", this);
    m_addPlayerAction->setShortcut(QKeySequence(Qt::Key_Insert));
    connect(m_addPlayerAction, &QAction::triggered, this, &MainWindow::addPlayer);
    m_editPlayerAction = newAction(Tr::tr("Edit Pla&yer…"), "editPlayer", this);
    m_editPlayerAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editPlayerAction, &QAction::triggered, this, &MainWindow::editSelectedPlayer);
    m_removePlayerAction = newAction(Tr::tr("Remove Player…"), "removePlayer", this);
    m_removePlayerAction->setShortcut(QKeySequence::Delete);
    connect(m_removePlayerAction, &QAction::triggered, this, &MainWindow::removeSelectedPlayer);
    m_players->setPlayerActions({m_addPlayerAction, m_editPlayerAction, m_removePlayerAction});
    connect(m_players, &PlayerList::playerActivated, this, &MainWindow::editSelectedPlayer);
    connect(m_players, &PlayerList::selectionChanged, this, &MainWindow::updateSetupActions);

    if (auto *venue = menuBar()->findChild<QMenu *>(QStringLiteral("venueMenu"))) {
        QAction *first = venue->actions().value(0);
        venue->insertAction(first, m_newVenueAction);
        venue->insertAction(first, m_venueSettingsAction);
        venue->insertSeparator(first);
        venue->insertAction(first, m_addTableAction);
        venue->insertAction(first, m_editTableAction);
        venue->insertAction(first, m_removeTableAction);
        venue->insertSeparator(first);
        venue->insertAction(first, m_layOutAction);
        venue->insertAction(first, m_gridAction);
        venue->insertSeparator(first);
    }
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->insertAction(view->actions().value(0), m_hallPlanAction);

    connect(m_floor, &VenueFloorView::tablePlaced, this, &MainWindow::placeTable);
    m_hallPlanAction->setChecked(m_settings.value(kHallPlanKey, false).toBool());
}

void MainWindow::updateSetupActions()
{
    if (!m_newVenueAction)
        return;
    const bool hasVenue = m_model.currentVenue().has_value();
    const bool hasTable = m_floor->selectedTable().has_value();
    const bool hasPlayer = m_players->selectedPlayerId() != 0;
    m_venueSettingsAction->setEnabled(hasVenue);
    m_addTableAction->setEnabled(hasVenue);
    m_editTableAction->setEnabled(hasTable);
    m_removeTableAction->setEnabled(hasTable);
    m_layOutAction->setEnabled(hasVenue);
    m_gridAction->setEnabled(std::any_of(m_model.tables().begin(), m_model.tables().end(),
                                         [](const venue::Table &t) { return t.place; }));
    m_addPlayerAction->setEnabled(hasVenue);
    m_editPlayerAction->setEnabled(hasPlayer);
    m_removePlayerAction->setEnabled(hasPlayer);
}

void MainWindow::pushEdit(std::unique_ptr<venue::VenueEdit> edit, const QString &failure)
{
    m_undoStack->push(new EditCommand(m_model, std::move(edit), [this, failure](const QString &e) {
        showError(failure, e);
        showFloor(); // a card left where it was dropped goes back to where its table is
    }));
}

void MainWindow::offerVenueSetup()
{
    VenueSetupDialog dialog(VenueSetupDialog::Start::FirstStart, m_model.hasDemoVenue(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.opensDemo())
        return;
    const Result<qint64> created = m_model.createVenue(dialog.setup(), actor());
    if (!created) {
        showError(Tr::tr("The venue could not be set up."), created.error());
        return;
    }
    if (dialog.removesDemo()) {
        if (Result<void> removed = m_model.removeDemoVenue(actor().auditName()); !removed)
            showError(Tr::tr("The demo venue could not be removed."), removed.error());
    }
    statusBar()->showMessage(
        Tr::tr("%1 is set up: choose each table's camera with Table → Camera….")
            .arg(dialog.setup().name),
        15000);
}

void MainWindow::setUpNewVenue()
{
    VenueSetupDialog dialog(VenueSetupDialog::Start::NewVenue, m_model.hasDemoVenue(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<qint64> created = m_model.createVenue(dialog.setup(), actor());
    if (!created) {
        showError(Tr::tr("The venue could not be set up."), created.error());
        return;
    }
    if (dialog.removesDemo()) {
        if (Result<void> removed = m_model.removeDemoVenue(actor().auditName()); !removed)
            showError(Tr::tr("The demo venue could not be removed."), removed.error());
    }
}

void MainWindow::editVenueSettings()
{
    const std::optional<venue::Venue> venue = m_model.currentVenue();
    if (!venue)
        return;
    VenueSettingsDialog dialog(*venue, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    pushEdit(std::make_unique<venue::VenueSettingsEdit>(*venue, dialog.settings(), actor()),
             Tr::tr("The venue's settings could not be saved."));
}

void MainWindow::addTable()
{
    if (!m_model.currentVenue())
        return;
    QStringList names;
    for (const venue::Table &table : m_model.tables())
        names.append(table.name);
    venue::Table table;
    venue::NewVenue numbered;
    venue::addNumberedTables(numbered, int(m_model.tables().size()) + 1, TableSize::NineFoot);
    table.name = numbered.tables.back().name;
    TableDialog dialog(table, names, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    pushEdit(std::make_unique<venue::TableAddEdit>(dialog.table(), actor()),
             Tr::tr("The table could not be added."));
}

void MainWindow::editSelectedTable()
{
    const std::optional<venue::Table> table = m_floor->selectedTable();
    if (!table)
        return;
    QStringList others;
    for (const venue::Table &other : m_model.tables()) {
        if (other.id != table->id)
            others.append(other.name);
    }
    TableDialog dialog(*table, others, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const venue::Table changed = dialog.table();
    if (changed.name == table->name && changed.size == table->size
        && changed.cameraSource == table->cameraSource && changed.rateClass == table->rateClass)
        return;
    pushEdit(std::make_unique<venue::TableChangeEdit>(*table, changed, actor()),
             Tr::tr("The table could not be changed."));
}

void MainWindow::removeSelectedTable()
{
    const std::optional<venue::Table> table = m_floor->selectedTable();
    if (!table)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, Tr::tr("Remove Table"),
        Tr::tr("Remove %1 from the venue? Its past bookings go with it; Edit → Undo puts the "
               "table back.")
            .arg(table->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    pushEdit(std::make_unique<venue::TableRemoveEdit>(*table, actor()),
             Tr::tr("The table was not removed."));
}

void MainWindow::addPlayer()
{
    if (!m_model.currentVenue())
        return;
    PlayerDialog dialog(venue::Player(), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    pushEdit(std::make_unique<venue::PlayerAddEdit>(dialog.player(), actor()),
             Tr::tr("The player could not be added."));
}

void MainWindow::editSelectedPlayer()
{
    const std::optional<venue::Player> player = m_model.player(m_players->selectedPlayerId());
    if (!player)
        return;
    PlayerDialog dialog(*player, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const venue::Player changed = dialog.player();
    if (changed.name == player->name && changed.nickname == player->nickname
        && changed.memberUntil == player->memberUntil)
        return;
    pushEdit(std::make_unique<venue::PlayerChangeEdit>(*player, changed, actor()),
             Tr::tr("The player could not be changed."));
}

void MainWindow::removeSelectedPlayer()
{
    const std::optional<venue::Player> player = m_model.player(m_players->selectedPlayerId());
    if (!player)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, Tr::tr("Remove Player"),
        Tr::tr("Remove the player %1? Edit → Undo brings the player back.").arg(player->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    pushEdit(std::make_unique<venue::PlayerRemoveEdit>(*player, actor()),
             Tr::tr("The player was not removed."));
}

void MainWindow::placeTable(qint64 tableId, const venue::FloorPlace &place)
{
    const std::optional<venue::Table> table = m_model.table(tableId);
    if (!table || table->place == place)
        return;
    pushEdit(std::make_unique<venue::TablePlacesEdit>(
                 std::vector<venue::TablePlacesEdit::Move>{
                     {table->id, table->name, table->place, place}},
                 actor().auditName()),
             Tr::tr("The table's place could not be saved."));
}

void MainWindow::arrangeTablesInGrid()
{
    std::vector<venue::TablePlacesEdit::Move> moves;
    for (const venue::Table &table : m_model.tables()) {
        if (table.place)
            moves.push_back({table.id, table.name, table.place, std::nullopt});
    }
    if (moves.empty())
        return;
    pushEdit(std::make_unique<venue::TablePlacesEdit>(std::move(moves), actor().auditName()),
             Tr::tr("The tables could not all be put back on the grid."));
}

void MainWindow::showHallPlan(bool shown)
{
    m_floor->setHallPlanShown(shown);
    if (!shown && m_layOutAction->isChecked())
        m_layOutAction->setChecked(false);
    m_settings.setValue(kHallPlanKey, shown);
}

} // namespace dojo::ui
