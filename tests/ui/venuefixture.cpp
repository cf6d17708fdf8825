#include "venuefixture.h"

#include <storage/databaselocation.h>
#include <storage/raterepository.h>
#include <storage/venuerepository.h>
#include <venue/demovenue.h>

#include <QTest>

namespace dojo::testsupport {

Result<void> VenueFixture::openDemoVenue()
{
    m_data = std::make_unique<QTemporaryDir>();
    if (!m_data->isValid())
        return Unexpected(QStringLiteral("no data folder: %1").arg(m_data->errorString()));
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(m_data->path()));
    if (!opened)
        return Unexpected(opened.error());
    m_database = std::move(*opened);
    storage::VenueRepository venues(*m_database);
    const Result<bool> demo = venue::ensureDemoVenue(venues);
    if (!demo)
        return Unexpected(demo.error());
    if (!*demo)
        return Unexpected(QStringLiteral("the fresh database already had the demo venue"));
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
    m_database.reset();
    m_data.reset();
}

} // namespace dojo::testsupport
