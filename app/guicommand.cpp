#include "guicommand.h"

#include "apptext.h"
#include "stopsignals.h"
#include "venuestartup.h"

#include <mainwindow/mainwindow.h>
#include <storage/venuerepository.h>
#include <venuefloor/venuefloorview.h>

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

    window.showAsLastTime();
    qInfo("%s", qPrintable(AppText::tr("window open on \"%1\" with %2 tables, database %3")
                               .arg(window.currentVenueName())
                               .arg(window.venueFloor()->cards().size())
                               .arg(venue.database->location().describe())));
    return QApplication::exec();
}

Command windowCommand()
{
    return {.summary = AppText::tr("open the front desk window on the venue floor"),
            .opensVenue = true,
            .needsWindow = true,
            .run = [](const CommandInput &, OpenVenue *venue) { return runWindow(*venue); }};
}

} // namespace dojo::app
