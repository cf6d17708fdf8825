#include "guicommand.h"

#include "stopsignals.h"
#include "venuestartup.h"

#include <mainwindow/mainwindow.h>
#include <venue/venuemodel.h>
#include <venuefloor/venuefloorview.h>

#include <QApplication>

namespace dojo::app {

class GuiText
{
    Q_DECLARE_TR_FUNCTIONS(GuiText)
};

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
            qPrintable(GuiText::tr("cannot watch for stop signals: %1").arg(installed.error())));

    window.showAsLastTime();
    const QString venueName = model.currentVenue() ? model.currentVenue()->name : QString();
    qInfo("%s", qPrintable(GuiText::tr("window open on \"%1\" with %2 tables, database %3")
                               .arg(venueName)
                               .arg(model.tables().size())
                               .arg(model.databaseDescription())));
    return QApplication::exec();
}

} // namespace dojo::app
