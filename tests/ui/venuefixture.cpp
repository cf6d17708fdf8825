#include "venuefixture.h"

#include <storage/raterepository.h>
#include <storage/venuerepository.h>
#include <venue/demovenue.h>

#include <QTest>

namespace dojo::testsupport {

Result<void> VenueFixture::openDemoVenueModel()
{
    if (Result<void> opened = openDemoVenue(); !opened)
        return opened;
    m_settings = std::make_unique<QSettings>(m_data->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    return {};
}

Result<void> VenueFixture::addDemoRates()
{
    storage::VenueRepository venues(*m_database);
    storage::RateRepository rates(*m_database);
    const Result<bool> added = venue::ensureDemoRates(venues, rates);
    if (!added)
        return Unexpected(added.error());
    return {};
}

void VenueFixture::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(*m_model, *m_settings);
}

bool VenueFixture::showWindow(int width, int height)
{
    m_window->resize(width, height);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void VenueFixture::closeDemoVenue()
{
    m_window.reset();
    m_model.reset();
    m_settings.reset();
    closeDatabase();
}

} // namespace dojo::testsupport
