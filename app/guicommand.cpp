#include "guicommand.h"

#include "stopsignals.h"
#include "venuestartup.h"

#include <mainwindow/mainwindow.h>
#include <storage/venuerepository.h>

#include <QApplication>

namespace dojo::app {

int runWindow(OpenVenue &venue)
{
    storage::VenueRepository venues(*venue.database);
    ui::MainWindow window(*venue.database, venues, *venue.settings);

    // SIGTERM closes the window the normal way, so its settings are saved too.
    StopSignals stopSignals;
    QString error;
    if (stopSignals.install(&error))
        QObject::connect(&stopSignals, &StopSignals::stopRequested, &window, &QWidget::close);
    else
        qWarning("cannot watch for stop signals: %s", qPrintable(error));

    window.show();
    return QApplication::exec();
}

} // namespace dojo::app
