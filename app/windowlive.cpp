#include "windowlive.h"

#include "apptext.h"
#include "livebeside.h"

#include <live/jointokens.h>
#include <venue/joinsecret.h>

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
    if ((m_live || !m_besideBase.isEmpty()) && shown && shown->id == m_venue->id) {
        m_tables = m_model.tables();
        if (m_live)
            m_live->showTables(m_tables);
    }
}

void WindowLive::start(const venue::Venue &venue)
{
    m_venue = venue; // tried once: a port that is taken stays taken for this window
    auto live = std::make_unique<VenueLive>(m_database, m_cameras);
    if (Result<void> started = live->start(m_commandLine, venue); !started) {
        if (servedBeside(m_commandLine.port, venue.name)) {
            leaveToBeside();
            return;
        }
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

void WindowLive::leaveToBeside()
{
    m_besideBase = live::reachableBase(m_commandLine.port, m_commandLine.publicUrl);
    qInfo("%s", qPrintable(AppText::tr("the live games are served at %1 by another DojoPool on "
                                       "this PC; the table cards printed here link there")
                               .arg(m_besideBase)));
    m_window.showLiveStatus(ui::liveBesideText(m_besideBase));
    m_window.setLive(ui::LiveDesk{.cards = [this] { return cards(); },
                                  .renewCodes = [this] { return renewBeside(); }});
}

Result<void> WindowLive::renewBeside()
{
    // The other program keeps the join codes it started with: new ones must wait for it.
    if (servedBeside(m_commandLine.port, m_venue->name))
        return Unexpected(AppText::tr("another DojoPool on this PC serves the live games (%1) and "
                                      "keeps the join codes it started with: stop it first (the "
                                      "service: sudo systemctl stop dojopool), make new codes, "
                                      "then start it again")
                              .arg(m_besideBase));
    const Result<QByteArray> secret
        = venue::renewJoinSecret(m_database, m_venue->id, QStringLiteral("desk"));
    if (!secret)
        return Unexpected(secret.error());
    return {};
}

void WindowLive::stop()
{
    m_besideBase.clear();
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
    if (m_live)
        return m_live->cards(m_venue->name, m_tables);
    if (m_besideBase.isEmpty())
        return {};
    // The same links the other program answers: its venue's secret, its port.
    Result<std::vector<print::TableCard>> stored
        = storedTableCards(m_database, *m_venue, m_tables, m_commandLine);
    if (!stored) {
        qWarning("%s", qPrintable(stored.error()));
        return {};
    }
    return std::move(*stored);
}

} // namespace dojo::app
