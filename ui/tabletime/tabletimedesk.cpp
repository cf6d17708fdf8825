#include "tabletime/tabletimedesk.h"

#include "common/uitr.h"
#include "tabletime/checkindialog.h"
#include "tabletime/checkoutdialog.h"
#include "tabletime/ratesdialog.h"
#include "tabletime/walkinpanel.h"

#include <venue/tabletime.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace dojo::ui {
namespace {

constexpr int kStatusRefreshMs = 60 * 1000;

} // namespace

TableTimeDesk::TableTimeDesk(QMainWindow &window, venue::VenueModel &model,
                             venue::TableTime &tableTime, SelectedTable selected, ActorOf actor)
    : QObject(&window)
    , m_window(window)
    , m_model(model)
    , m_tableTime(tableTime)
    , m_selected(std::move(selected))
    , m_actor(std::move(actor))
{
    m_checkInAction = new QAction(Tr::tr("Check &In…"), this);
    m_checkInAction->setObjectName(QStringLiteral("checkIn"));
    m_checkInAction->setShortcut(QKeySequence(Tr::tr("Ctrl+I")));
    m_checkInAction->setStatusTip(Tr::tr("Start the table's time for a booking or a walk-in"));
    connect(m_checkInAction, &QAction::triggered, this, &TableTimeDesk::checkIn);

    m_pauseAction = new QAction(Tr::tr("&Pause"), this);
    m_pauseAction->setObjectName(QStringLiteral("pauseResume"));
    m_pauseAction->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+Space")));
    m_pauseAction->setStatusTip(Tr::tr("Stop the table's time for a while, or start it again"));
    connect(m_pauseAction, &QAction::triggered, this, &TableTimeDesk::pauseOrResume);

    m_moveAction = new QAction(Tr::tr("&Move…"), this);
    m_moveAction->setObjectName(QStringLiteral("moveSession"));
    m_moveAction->setShortcut(QKeySequence(Tr::tr("Ctrl+M")));
    m_moveAction->setStatusTip(Tr::tr("Move the players and their time to another table"));
    connect(m_moveAction, &QAction::triggered, this, &TableTimeDesk::move);

    m_checkOutAction = new QAction(Tr::tr("Check &Out…"), this);
    m_checkOutAction->setObjectName(QStringLiteral("checkOut"));
    m_checkOutAction->setShortcut(QKeySequence(Tr::tr("Ctrl+O")));
    m_checkOutAction->setStatusTip(Tr::tr("End the table's time and issue its receipt"));
    connect(m_checkOutAction, &QAction::triggered, this, &TableTimeDesk::checkOut);

    m_ratesAction = new QAction(Tr::tr("&Rates…"), this);
    m_ratesAction->setObjectName(QStringLiteral("editRates"));
    m_ratesAction->setStatusTip(Tr::tr("Set the prices of table time (managers)"));
    connect(m_ratesAction, &QAction::triggered, this, &TableTimeDesk::editRates);

    m_panel = new WalkInPanel(
        m_tableTime, [this] { return m_model.tables(); }, m_actor);
    connect(m_panel, &WalkInPanel::failed, this, &TableTimeDesk::showFailure);
    m_dock = new QDockWidget(Tr::tr("Walk-in Queue"), &m_window);
    m_dock->setObjectName(QStringLiteral("walkInDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_dock->setWidget(m_panel);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_dock);
    QAction *queue = m_dock->toggleViewAction();
    queue->setText(Tr::tr("&Walk-in Queue"));
    queue->setShortcut(QKeySequence(Tr::tr("Ctrl+Shift+W")));

    m_menu = new QMenu(Tr::tr("&Desk"), &m_window);
    m_menu->setObjectName(QStringLiteral("deskMenu"));
    m_menu->addAction(m_checkInAction);
    m_menu->addAction(m_pauseAction);
    m_menu->addAction(m_moveAction);
    m_menu->addAction(m_checkOutAction);
    m_menu->addSeparator();
    m_menu->addAction(queue);

    // A change of table time changes the table's derived status on the floor.
    connect(&m_tableTime, &venue::TableTime::sessionsChanged, this, [this] {
        static_cast<void>(m_model.refreshTableStatuses());
        updateActions();
    });
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(kStatusRefreshMs);
    connect(m_statusTimer, &QTimer::timeout, this, [this] {
        static_cast<void>(m_model.refreshTableStatuses());
        static_cast<void>(m_tableTime.reload());
    });
    m_statusTimer->start();
    updateActions();
}

void TableTimeDesk::updateActions()
{
    const std::optional<venue::Table> table = m_selected();
    const std::optional<venue::OpenSession> session
        = table ? m_tableTime.sessionAt(table->id) : std::nullopt;
    const bool venueOpen = m_tableTime.venueId().has_value();
    m_checkInAction->setEnabled(venueOpen);
    m_pauseAction->setEnabled(session.has_value());
    m_pauseAction->setText(session && session->state == venue::SessionState::Paused
                               ? Tr::tr("&Resume")
                               : Tr::tr("&Pause"));
    m_moveAction->setEnabled(session.has_value());
    m_checkOutAction->setEnabled(session.has_value());
    m_ratesAction->setEnabled(venueOpen);
}

void TableTimeDesk::showFailure(const QString &what, const QString &error)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Table Time"), what, QMessageBox::Ok, &m_window);
    box.setInformativeText(error);
    box.exec();
}

std::vector<venue::Table> TableTimeDesk::tablesFreeForSession() const
{
    std::vector<venue::Table> tables;
    for (const venue::Table &table : m_model.tables()) {
        if (!table.outOfOrder && !m_tableTime.sessionAt(table.id))
            tables.push_back(table);
    }
    return tables;
}

void TableTimeDesk::checkIn()
{
    const std::vector<venue::Table> tables = tablesFreeForSession();
    if (tables.empty()) {
        showFailure(Tr::tr("No one can be checked in."),
                    Tr::tr("Every table is taken or out of order."));
        return;
    }
    const std::optional<venue::Table> selected = m_selected();
    CheckInDialog dialog(
        tables, m_model.players(), selected ? std::optional(selected->id) : std::nullopt,
        [this](qint64 tableId) {
            return m_tableTime.bookingsToCheckIn(tableId).value_or(std::vector<venue::Booking>{});
        },
        &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const venue::CheckIn request = dialog.checkIn();
    if (const Result<qint64> session = m_tableTime.checkIn(request, m_actor()); !session) {
        showFailure(Tr::tr("The check-in was not saved."), session.error());
        return;
    }
    m_window.statusBar()->showMessage(Tr::tr("%1 checked in.").arg(request.guest), 8000);
}

void TableTimeDesk::pauseOrResume()
{
    const std::optional<venue::Table> table = m_selected();
    if (!table)
        return;
    const std::optional<venue::OpenSession> session = m_tableTime.sessionAt(table->id);
    if (!session)
        return;
    const bool paused = session->state == venue::SessionState::Paused;
    const Result<void> done = paused ? m_tableTime.resume(table->id, m_actor())
                                     : m_tableTime.pause(table->id, m_actor());
    if (!done) {
        showFailure(paused ? Tr::tr("The table's time could not be started again.")
                           : Tr::tr("The table's time could not be paused."),
                    done.error());
    }
}

void TableTimeDesk::move()
{
    const std::optional<venue::Table> table = m_selected();
    if (!table || !m_tableTime.sessionAt(table->id))
        return;
    const std::vector<venue::Table> tables = tablesFreeForSession();
    if (tables.empty()) {
        showFailure(Tr::tr("The session could not be moved."),
                    Tr::tr("Every other table is taken or out of order."));
        return;
    }
    QStringList names;
    for (const venue::Table &each : tables)
        names.append(each.name);
    bool chosen = false;
    const QString name = QInputDialog::getItem(&m_window, Tr::tr("Move %1").arg(table->name),
                                               Tr::tr("&To table:"), names, 0, false, &chosen);
    if (!chosen)
        return;
    const qint64 to = tables[size_t(names.indexOf(name))].id;
    if (Result<void> moved = m_tableTime.move(table->id, to, m_actor()); !moved)
        showFailure(Tr::tr("The session could not be moved."), moved.error());
}

void TableTimeDesk::checkOut()
{
    const std::optional<venue::Table> table = m_selected();
    if (!table)
        return;
    const Result<venue::Receipt> preview = m_tableTime.previewCheckout(table->id);
    if (!preview) {
        showFailure(Tr::tr("The table cannot be checked out."), preview.error());
        return;
    }
    const qint64 tableId = table->id;
    CheckoutDialog dialog(
        *preview, [this, tableId] { return m_tableTime.checkout(tableId, m_actor()); }, &m_window);
    dialog.exec();
}

void TableTimeDesk::editRates()
{
    RatesDialog dialog(
        m_tableTime.rates(), m_tableTime.rateClasses(), m_tableTime.currency(),
        [this](const std::vector<venue::RateRule> &rates) {
            return m_tableTime.setRates(rates, m_actor());
        },
        &m_window);
    dialog.exec();
}

} // namespace dojo::ui
