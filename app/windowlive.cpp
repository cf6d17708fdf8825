#include "windowlive.h"

#include "apptext.h"

#include <algorithm>

namespace dojo::app {

WindowLive::WindowLive(storage::Database &database, VenueCameras &cameras, venue::VenueModel &model,
                       ui::MainWindow &window, LiveCommandLine commandLine)
    : m_database(database)
    , m_cameras(cameras)
    , m_model(model)
    , m_window(window)
    , m_commandLine(std::move(commandLine))
{
}

void WindowLive::showVenue()
{
    const std::optional<venue::Venue> shown = m_model.currentVenue();
    const bool stillThere
        = m_venue
          && std::any_of(m_model.venues().begin(), m_model.venues().end(),
                         [this](const venue::Venue &v) { return v.id == m_venue->id; });
    if (!stillThere) {
        stop();
        if (!shown) {
            m_window.showLiveStatus(
                ui::liveOffText(AppText::tr("there is no venue in this database")));
            return;
        }
        start(*shown);
    }
    if (m_live && shown && shown->id == m_venue->id) {
        m_tables = m_model.tables();
        m_live->showTables(m_tables);
    }
}

void WindowLive::start(const venue::Venue &venue)
{
    m_venue = venue; // tried once: a port that is taken stays taken for this window
    auto live = std::make_unique<VenueLive>(m_database, m_cameras);
    if (Result<void> started = live->start(m_commandLine, venue); !started) {
        qWarning("%s", qPrintable(AppText::tr("the live games are off: %1").arg(started.error())));
        m_window.showLiveStatus(ui::liveOffText(started.error()));
        return;
    }
    m_live = std::move(live);
    m_tournaments = std::make_unique<venue::TournamentDesk>(m_database, venue.id);
    m_live->setTournamentDesk(m_tournaments.get());
    qInfo("%s", qPrintable(AppText::tr("serving the live games on port %1: %2")
                               .arg(m_live->server().port())
                               .arg(m_live->base())));
    QObject::connect(&m_live->server(), &live::LiveServer::connectionsChanged, &m_window,
                     [this](int connections) { showStatus(connections); });
    showStatus(m_live->server().connections());
    m_window.setLive(ui::LiveDesk{.cards = [this] { return cards(); },
                                  .renewCodes = [this]() -> Result<void> {
                                      if (!m_live)
                                          return Unexpected(
                                              AppText::tr("the live games are not running"));
                                      // No staff accounts yet: the desk is the actor.
                                      return m_live->renewJoinCodes(QStringLiteral("desk"));
                                  }});
}

void WindowLive::stop()
{
    m_window.setLive({});
    m_live.reset(); // closes the port, so the next venue can listen on it
    m_tournaments.reset();
    m_venue.reset();
    m_tables.clear();
}

void WindowLive::showStatus(int connections)
{
    m_window.showLiveStatus(ui::liveStatusText(m_live->base(), connections));
}

std::vector<print::TableCard> WindowLive::cards() const
{
    if (!m_live)
        return {};
    return m_live->cards(m_venue->name, m_tables);
}

} // namespace dojo::app
