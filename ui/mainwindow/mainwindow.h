#pragma once

#include "players/playerrecords.h"
#include "tablecards/livedesk.h"
#include "tablescreen/tablefeed.h"

#include <venue/floor.h>
#include <venue/staff.h>
#include <venue/tablestatus.h>

#include <QMainWindow>
#include <QPointer>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QSettings;
class QUndoStack;

namespace dojo::venue {
class BookingBook;
class RatingsBook;
class ChallengeDesk;
class MatchQueue;
class StaffDesk;
class TableTime;
class TournamentDesk;
class VenueEdit;
class VenueEvents;
class VenueModel;
class VenueReports;
} // namespace dojo::venue

namespace dojo::health {
class HealthMonitor;
}

namespace dojo::ui {

class HealthWindow;
class ActivityWatch;
class LockScreen;
class BookingsScreen;
class ClubDesk;
class PlayerList;
class PlayersWindow;
class ReportsWindow;
class ReviewScreen;
class TableScreen;
class TableTimeDesk;
class TournamentsWindow;
class VenueFloorView;
struct TournamentEditContext;

// The front desk's window: the venue floor with every table, the players beside it, and
// the menus to change a table's status, switch venue or remove the demo venue. It shows the
// venue model and follows its signals; every change goes through the model.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(venue::VenueModel &model, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    VenueFloorView *venueFloor() const { return m_floor; }
    PlayerList *playerList() const { return m_players; }
    QUndoStack *undoStack() const { return m_undoStack; }
    venue::VenueModel &model() const { return m_model; }

    // Shows the window where it was last closed; the first time, maximized, as a front desk wants.
    void showAsLastTime();
    // Reads the venue again from the database.
    void reload();
    // Takes the selected table out of order or puts it back, through the undo stack; the other
    // statuses are derived from its session, match and bookings.
    void setSelectedTableOutOfOrder(bool outOfOrder);
    // Asks where the selected table's pictures come from; the change is an undoable edit.
    void chooseSelectedTableCamera();
    // A table screen's corners placed by hand (none: automatic), as an undoable edit.
    void setTableCorners(qint64 tableId, const std::optional<venue::TableCorners> &corners);
    void removeDemoVenue(); // asks first; cannot be undone

    // Where each table's camera and scoreboard come from; the cards show the cameras'
    // pictures and the table screens show all of it. Without feeds no table has a camera.
    void setTableFeeds(TableFeeds feeds);
    // Opens the table's screen, or raises it when it is open already.
    TableScreen *openTableScreen(qint64 tableId);
    // The referee's review of the table's shots, showing shot `shot` (or the newest); null
    // when the table is not tracked.
    ReviewScreen *openReviewScreen(qint64 tableId, std::optional<int> shot = std::nullopt);
    std::vector<TableScreen *> tableScreens() const;

    // Table time (check-in, pause, move, checkout, the walk-in queue, rates): the Desk menu,
    // Venue → Rates… and the queue's dock. Without it those are not in the window.
    void setTableTime(venue::TableTime &tableTime);
    TableTimeDesk *tableTimeDesk() const { return m_tableTimeDesk; }

    // The live games' cards and join codes; without a desk their menu entries are disabled.
    void setLive(LiveDesk desk);
    // The status bar's line about the live games (liveStatusText, liveOffText).
    void showLiveStatus(const QString &text);
    // Venue → Print Table Cards…: the cards of every table, to print or save as a PDF.
    void printTableCards();
    // Venue → New Join Codes…: asks first, since every printed card stops working.
    void askForNewJoinCodes();
    // New join codes without asking; the outcome goes to the status bar, a failure to a box.
    Result<void> makeNewJoinCodes();
    // Venue → Bookings… (Ctrl+B): the day's reservations in a window of their own; raised
    // when open already.
    BookingsScreen *openBookingsScreen();
    // The venue's bookings the bookings screen shows and changes; without them it shows none.
    void setBookingBook(venue::BookingBook *book) { m_bookingBook = book; }

    // The venue's tournaments (mainwindowtournaments.cpp); without a desk Venue → Tournaments…
    // is disabled. A new desk (another venue shown) closes the window open on the old one.
    void setTournamentDesk(venue::TournamentDesk *desk);
    // Venue → Tournaments… (Ctrl+T): a window of their own, raised when open already.
    TournamentsWindow *openTournaments();
    // Another PC or the referee changed the tournaments: the open window reads them again.
    void refreshTournaments();
    // The running tournaments' matches at tables, on the floor's cards.
    void showTournamentMatchesOnFloor();
    // The owner's reports; without them Venue → Reports… is disabled.
    void setReports(venue::VenueReports *reports);
    // Venue → Reports… (Ctrl+Shift+R): the shown venue's reports, in a window of their own.
    ReportsWindow *openReports();
    // Staff sign in at this window: the lock screen while nobody is, File → Lock (Ctrl+L) to
    // switch user, Venue → Staff… for managers, every edit audited as the member signed in and
    // the referee's overrule checked. Without a desk the window acts as "front-desk", unlocked.
    void setStaffDesk(venue::StaffDesk *desk);
    venue::StaffDesk *staffDesk() const { return m_desk; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    // Who the audit log names for the window's edits: "staff:NAME", or "front-desk" without a desk.
    QString actorName() const;
    // The member signed in; without a desk (tests), the front desk with every permission, as
    // checkPermission allows everything then.
    venue::Actor actor() const;
    // Whether the member signed in may take the action; a refusal is audited and comes back.
    Result<void> checkPermission(venue::Permission permission, const QString &subject);
    void lockDesk();        // File → Lock: the next member signs in
    void openStaffDialog(); // Venue → Staff…, for managers

    // The club (ui/club): the Club menu's Challenges… (Ctrl+Shift+C) and Events…
    // (Ctrl+Shift+E) and the Match Queue dock (Ctrl+Shift+Q), each there once the app gives it;
    // the queue pairs on `ratings` (the RatingsBook's) and seats a pair through the table time.
    void setChallengeDesk(venue::ChallengeDesk &desk);
    void setVenueEvents(venue::VenueEvents &events);
    void setMatchQueue(venue::MatchQueue &queue, std::function<std::map<qint64, double>()> ratings);
    ClubDesk *clubDesk() const { return m_clubDesk; }

    // The venue set up and edited, and the hall laid out (mainwindowsetup.cpp).
    // On the first start (the demo was just created): set up the venue or open the demo.
    void offerVenueSetup();
    void setUpNewVenue();     // Venue → New Venue…
    void editVenueSettings(); // Venue → Settings…
    void addTable();          // Venue → Add Table…
    void editSelectedTable(); // Venue → Edit Table…
    void removeSelectedTable();
    void addPlayer();
    void editSelectedPlayer();
    void removeSelectedPlayer();
    // Laying out: the table stands there now, as one undoable edit.
    void placeTable(qint64 tableId, const venue::FloorPlace &place);
    void arrangeTablesInGrid(); // every table back on the grid, one undoable edit
    void showHallPlan(bool shown);

    // The players' screens (mainwindowplayers.cpp): the shown venue's ratings and the records a
    // profile reads and a result by hand writes; without both the Players menu is disabled. A
    // new book (another venue) closes the players' window made on the old one.
    void setRatingsBook(venue::RatingsBook *book);
    void setPlayerRecords(PlayerRecords records);
    // Players → Players… (Ctrl+Shift+P): the players' window, raised when open, on `playerId`
    // (0: the one selected in the players' dock, if any).
    PlayersWindow *openPlayers(qint64 playerId = 0);
    PlayersWindow *playersWindow() const;
    // Another desk or `serve` wrote results, matches or players: the open window reads again.
    void ratingsMayHaveChanged();

    // The venue's health (mainwindowhealth.cpp): View → Health… (Ctrl+H) opens its window, a
    // table's alert (falling behind, camera stopped) marks its card on the floor, a venue-wide
    // one (memory, disk) shows in the status bar. Without a monitor the entry is disabled.
    void setHealthMonitor(health::HealthMonitor *monitor);
    HealthWindow *openHealth();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void showVenue(std::optional<qint64> venueId);
    void fillVenueChooser();
    void showFloor();
    void showTable(qint64 tableId);
    void updateSummary();
    void updateActions();
    void showError(const QString &what, const QString &error);
    void showTableMenu(qint64 tableId, const QPoint &globalPos);
    TableFeed feedOf(qint64 tableId) const;
    void giveCardsTheirCameras();
    void closeTableScreensNotShown();
    void followVenueForStaff(); // the desk's venue and the lock screen's demo hint
    void showSignedIn();
    void createSetupActions();
    void updateSetupActions();
    void pushEdit(std::unique_ptr<venue::VenueEdit> edit, const QString &failure);
    void createTournamentActions();
    void createPlayersActions();
    void updatePlayersActions();
    ClubDesk &club(); // made with the first of the club's domain objects

    venue::VenueModel &m_model;
    QSettings &m_settings;

    VenueFloorView *m_floor = nullptr;
    PlayerList *m_players = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QComboBox *m_venueChooser = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_liveLabel = nullptr;

    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_removeDemoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_openScreenAction = nullptr;
    QAction *m_cameraAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_printCardsAction = nullptr;
    QAction *m_newCodesAction = nullptr;
    QAction *m_bookingsAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_staffAction = nullptr;
    venue::StaffDesk *m_desk = nullptr; // the app's; null: no sign-in
    LockScreen *m_lockScreen = nullptr;
    ActivityWatch *m_activity = nullptr;
    QLabel *m_staffLabel = nullptr;
    std::vector<QPointer<QWidget>>
        m_hiddenWhileLocked;               // table and review screens, kept as they were
    QAction *m_outOfOrderAction = nullptr; // checkable: the one stored status
    // The venue set up and edited, the hall laid out.
    QAction *m_newVenueAction = nullptr;
    QAction *m_venueSettingsAction = nullptr;
    QAction *m_addTableAction = nullptr;
    QAction *m_editTableAction = nullptr;
    QAction *m_removeTableAction = nullptr;
    QAction *m_layOutAction = nullptr;
    QAction *m_gridAction = nullptr;
    QAction *m_hallPlanAction = nullptr;
    QAction *m_addPlayerAction = nullptr;
    QAction *m_editPlayerAction = nullptr;
    QAction *m_removePlayerAction = nullptr;

    std::optional<qint64> m_shownVenueId; // the venue the undo stack's steps belong to
    TableFeeds m_feeds;
    LiveDesk m_live;
    TableTimeDesk *m_tableTimeDesk = nullptr;
    std::map<qint64, QPointer<TableScreen>> m_screens;  // by table id; windows of their own
    std::map<qint64, QPointer<ReviewScreen>> m_reviews; // by table id; windows of their own
    venue::VenueReports *m_reports = nullptr;
    QAction *m_reportsAction = nullptr;
    QPointer<ReportsWindow> m_reportsWindow;
    venue::BookingBook *m_bookingBook = nullptr;
    QPointer<BookingsScreen> m_bookings; // a window of its own, made when asked
    venue::TournamentDesk *m_tournamentDesk = nullptr;
    QAction *m_tournamentsAction = nullptr;
    QPointer<TournamentsWindow> m_tournaments;
    std::shared_ptr<TournamentEditContext> m_tournamentEdits; // what the edits on the stack share

    venue::RatingsBook *m_ratingsBook = nullptr; // the app's, for the shown venue
    PlayerRecords m_playerRecords;
    QPointer<PlayersWindow> m_playersWindow; // a window of its own, made when asked
    QAction *m_playersAction = nullptr;
    QAction *m_leaderboardsAction = nullptr;
    QAction *m_headToHeadAction = nullptr;
    QAction *m_mergeDuplicatesAction = nullptr;
    QAction *m_enterResultAction = nullptr;
    ClubDesk *m_clubDesk = nullptr;
    venue::TableTime *m_tableTime = nullptr; // the app's; the match queue seats pairs with it

    void createHealthActions();
    void showHealthAlerts();
    health::HealthMonitor *m_healthMonitor = nullptr; // the app's
    QAction *m_healthAction = nullptr;
    QPointer<HealthWindow> m_healthWindow; // a window of its own, made when asked
    QLabel *m_healthLabel = nullptr;       // a venue-wide alert, in the status bar
};

} // namespace dojo::ui
