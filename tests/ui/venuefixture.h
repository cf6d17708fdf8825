#pragma once

// The demo venue as the front desk opens it, for the widget tests: its data folder and database
// (../venue/venuefile.h), settings.ini, the venue model and the main window over them.
#include "../venue/venuefile.h"

#include <mainwindow/mainwindow.h>

#include <core/result.h>
#include <venue/venuemodel.h>

#include <QSettings>

#include <memory>

namespace dojo::testsupport {

// A test class derives from it (after QObject), opens the venue in init() and closes it in
// cleanup(); the members are the test's own.
class VenueFixture : protected VenueFile
{
protected:
    // The demo venue in a fresh data folder (openDemoVenue), its settings.ini and the model.
    Result<void> openDemoVenueModel();
    // The demo venue's rates, for the table time at the desk.
    Result<void> addDemoRates();
    // The main window on the model and the settings, not shown yet.
    void openWindow();
    // Shows the window at the size the test's screenshots are taken in; false when it never is.
    bool showWindow(int width, int height);
    // The window first (it holds the rest), then the model, the settings, database and folder.
    void closeDemoVenue();

    std::unique_ptr<venue::VenueModel> m_model;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace dojo::testsupport
