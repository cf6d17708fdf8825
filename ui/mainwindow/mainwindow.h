#pragma once

#include <core/tablestatus.h>
#include <storage/venuerecords.h>

#include <QMainWindow>

#include <array>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSettings;
class QUndoStack;

namespace dojo::storage {
class Database;
class VenueRepository;
} // namespace dojo::storage

namespace dojo::ui {

class PlayerList;
class VenueFloorView;

// The front desk's window: the venue floor with every table, the players beside it, and
// the menus to change a table's status, switch venue or remove the demo venue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(storage::Database &database, storage::VenueRepository &venues, QSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    VenueFloorView *venueFloor() const { return m_floor; }
    PlayerList *playerList() const { return m_players; }
    QUndoStack *undoStack() const { return m_undoStack; }
    std::optional<qint64> currentVenueId() const { return m_venueId; }
    QString currentVenueName() const { return m_venueName; }

    // Shows the window where it was last closed; the first time, maximized, as a front desk wants.
    void showAsLastTime();
    // Reads venues, tables and players again from the database.
    void reload();
    // Sets the selected table's status through the undo stack.
    void setSelectedTableStatus(TableStatus status);
    void removeDemoVenue(); // asks first

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void showVenue(std::optional<qint64> venueId);
    void updateSummary();
    void updateActions();
    void showError(const QString &what, const QString &error);
    void showTableMenu(qint64 tableId, const QPoint &globalPos);

    storage::Database &m_database;
    storage::VenueRepository &m_venues;
    QSettings &m_settings;

    VenueFloorView *m_floor = nullptr;
    PlayerList *m_players = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QComboBox *m_venueChooser = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_databaseLabel = nullptr;

    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_removeDemoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    std::array<QAction *, 3> m_statusActions{}; // free, booked, in play

    std::vector<storage::VenueRecord> m_venueList;
    std::optional<qint64> m_venueId;
    QString m_venueName;
    std::vector<storage::TableRecord> m_tables;
};

} // namespace dojo::ui
