#include "guicommand.h"

#include "apptext.h"
#include "stopsignals.h"
#include "venuestartup.h"

#include <mainwindow/mainwindow.h>
#include <venue/venuemodel.h>
#include <venuefloor/venuefloorview.h>

#include <QApplication>

namespace dojo::app {

int runWindow(OpenVenue &venue)
{
    venue::VenueModel model(*venue.database);
    ui::MainWindow window(model, *venue.settings);

    // SIGTERM closes the window the normal way, so its settings are saved too.
    StopSignals stopSignals;
    if (Result<void> installed = stopSignals.install())
        QObject::connect(&stopSignals, &StopSignals::stopRequested, &window, &QWidget::close);
    else
        qWarning(
            "%s",
            qPrintable(AppText::tr("cannot watch for stop signals: %1").arg(installed.error())));

    window.showAsLastTime();
    const QString venueName = model.currentVenue() ? model.currentVenue()->name : QString();
    qInfo("%s", qPrintable(AppText::tr("window open on \"%1\" with %2 tables, database %3")
                               .arg(venueName)
                               .arg(model.tables().size())
                               .arg(model.databaseDescription())));
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
