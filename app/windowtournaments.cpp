#include "windowtournaments.h"

#include <QStatusBar>

namespace dojo::app {

WindowTournaments::WindowTournaments(storage::Database &database, venue::VenueModel &model,
                                     ui::MainWindow &window, storage::ChangeFeed &changes)
    : m_database(database)
    , m_model(model)
    , m_window(window)
{
    QObject::connect(&changes, &storage::ChangeFeed::changed, this,
                     [this](const QStringList &kinds) {
                         using namespace storage::change;
                         if (storage::ChangeFeed::concerns(kinds, {kMatches}))
                             settle();
                         if (storage::ChangeFeed::concerns(kinds, {kTournaments, kPlayers}))
                             m_window.refreshTournaments();
                     });
    m_minute.setInterval(60 * 1000);
    QObject::connect(&m_minute, &QTimer::timeout, this, [this] { settle(); });
    m_minute.start();
    showVenue();
}

WindowTournaments::~WindowTournaments()
{
    m_window.setTournamentDesk(nullptr); // the window's tournaments go before their desk
}

void WindowTournaments::showVenue()
{
    const std::optional<venue::Venue> shown = m_model.currentVenue();
    const qint64 venueId = shown ? shown->id : 0;
    if (m_desk && venueId == m_venueId) {
        m_window.refreshTournaments(); // the same venue, its players or tables changed
        return;
    }
    // The window lets go of the old desk (and its window) before the desk goes.
    std::unique_ptr<venue::TournamentDesk> old = std::move(m_desk);
    m_venueId = venueId;
    if (venueId != 0)
        m_desk = std::make_unique<venue::TournamentDesk>(m_database, venueId);
    m_window.setTournamentDesk(m_desk.get());
    settle();
}

void WindowTournaments::settle()
{
    if (!m_desk)
        return;
    if (const Result<int> settled = m_desk->settleRunning(); !settled)
        m_window.statusBar()->showMessage(settled.error());
}

} // namespace dojo::app
