#pragma once

#include <venue/floor.h>
#include <venue/staff.h>

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QTimer;

namespace dojo::venue {
class TableTime;
class VenueModel;
} // namespace dojo::venue

namespace dojo::ui {

class WalkInPanel;

// The front desk's table time in the main window: the Desk menu (Check In… Ctrl+I,
// Pause/Resume Ctrl+Shift+Space, Move… Ctrl+M, Check Out… Ctrl+O, the walk-in queue),
// Venue → Rates… and the queue's dock. It acts on the table selected on the floor, as the
// actor the window gives, and has the model derive the tables' statuses again after each
// change and every minute (a booking coming up).
class TableTimeDesk : public QObject
{
    Q_OBJECT

public:
    using SelectedTable = std::function<std::optional<venue::Table>()>;
    using ActorOf = std::function<venue::Actor()>;

    TableTimeDesk(QMainWindow &window, venue::VenueModel &model, venue::TableTime &tableTime,
                  SelectedTable selected, ActorOf actor);

    QMenu *menu() const { return m_menu; }
    QAction *ratesAction() const { return m_ratesAction; }
    QDockWidget *walkInDock() const { return m_dock; }
    WalkInPanel *walkInPanel() const { return m_panel; }

    void checkIn();
    void pauseOrResume();
    void move();
    void checkOut();
    void editRates();
    // Enables what the selected table allows; called when the selection or a session changes.
    void updateActions();

private:
    void showFailure(const QString &what, const QString &error);
    std::vector<venue::Table> tablesFreeForSession() const;

    QMainWindow &m_window;
    venue::VenueModel &m_model;
    venue::TableTime &m_tableTime;
    SelectedTable m_selected;
    ActorOf m_actor;
    QMenu *m_menu = nullptr;
    QAction *m_checkInAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_checkOutAction = nullptr;
    QAction *m_ratesAction = nullptr;
    QDockWidget *m_dock = nullptr;
    WalkInPanel *m_panel = nullptr;
    QTimer *m_statusTimer = nullptr;
};

} // namespace dojo::ui
