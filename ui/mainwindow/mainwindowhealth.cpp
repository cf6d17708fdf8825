// The main window's part of the venue's health: View → Health…, the floor's marks and the status
// bar's venue-wide alert.
#include "mainwindow/mainwindow.h"

#include "common/uitr.h"
#include "health/healthwindow.h"
#include "venuefloor/venuefloorview.h"

#include <health/healthmonitor.h>

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

#include <map>

namespace dojo::ui {

void MainWindow::createHealthActions()
{
    m_healthAction = new QAction(Tr::tr("&Health…"), this);
    m_healthAction->setObjectName(QStringLiteral("openHealth"));
    m_healthAction->setShortcut(QKeySequence(Tr::tr("Ctrl+H")));
    m_healthAction->setStatusTip(
        Tr::tr("Show the last hour of the cameras, the tracking, the live games, this PC's CPU "
               "and memory and the database, the alerts and the daily reports"));
    m_healthAction->setEnabled(false); // until the app gives the window its monitor
    connect(m_healthAction, &QAction::triggered, this, &MainWindow::openHealth);
    QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    view->addSeparator();
    view->addAction(m_healthAction);

    m_healthLabel = new QLabel(this);
    m_healthLabel->setObjectName(QStringLiteral("healthLabel"));
    m_healthLabel->hide(); // while no venue-wide alert is going on
    statusBar()->addPermanentWidget(m_healthLabel);
}

void MainWindow::setHealthMonitor(health::HealthMonitor *monitor)
{
    if (m_healthMonitor)
        disconnect(m_healthMonitor, nullptr, this, nullptr);
    if (m_healthWindow && monitor != m_healthMonitor) {
        m_healthWindow->close();
        delete m_healthWindow.data();
    }
    m_healthMonitor = monitor;
    m_healthAction->setEnabled(monitor != nullptr);
    if (monitor)
        connect(monitor, &health::HealthMonitor::alertsChanged, this,
                &MainWindow::showHealthAlerts);
    showHealthAlerts();
}

HealthWindow *MainWindow::openHealth()
{
    if (!m_healthMonitor)
        return nullptr;
    if (!m_healthWindow) {
        m_healthWindow = new HealthWindow(*m_healthMonitor, this);
        m_healthWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_healthWindow->show();
    m_healthWindow->raise();
    m_healthWindow->activateWindow();
    return m_healthWindow;
}

void MainWindow::showHealthAlerts()
{
    std::map<qint64, TableHealthMark> marks;
    const health::Alert *venueWide = nullptr;
    const std::vector<health::Alert> none;
    const std::vector<health::Alert> &alerts = m_healthMonitor ? m_healthMonitor->alerts() : none;
    for (const health::Alert &alert : alerts) {
        const bool critical = alert.level == health::AlertLevel::Critical;
        if (alert.tableId == 0) {
            if (!venueWide || (critical && venueWide->level != health::AlertLevel::Critical))
                venueWide = &alert;
            continue;
        }
        TableHealthMark &mark = marks[alert.tableId];
        const QString text = alert.kind == health::AlertKind::CameraStopped
                                 ? Tr::tr("Camera stopped")
                                 : Tr::tr("Falling behind");
        // The worst alert names the mark; a stopped camera before a slow table.
        if (mark.mark.isEmpty() || (critical && !mark.critical)
            || alert.kind == health::AlertKind::CameraStopped)
            mark.mark = text;
        mark.critical = mark.critical || critical;
        mark.sentences
            += (mark.sentences.isEmpty() ? QString() : QStringLiteral("\n")) + alert.sentence;
    }
    m_floor->setHealthMarks(std::move(marks));
    if (!venueWide) {
        m_healthLabel->hide();
        return;
    }
    m_healthLabel->setText(venueWide->sentence);
    m_healthLabel->setStyleSheet(venueWide->level == health::AlertLevel::Critical
                                     ? QStringLiteral("color: #c62828; font-weight: bold;")
                                     : QStringLiteral("color: #ef6c00; font-weight: bold;"));
    m_healthLabel->setToolTip(Tr::tr("View → Health… (Ctrl+H) shows the last hour."));
    m_healthLabel->show();
}

} // namespace dojo::ui
