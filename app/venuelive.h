#pragma once

#include "command.h"

#include <core/result.h>
#include <live/liveserver.h>
#include <print/tablecard.h>
#include <venue/floor.h>

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {
class TournamentDesk;
}

namespace dojo::app {

class TournamentBoard;
class VenueCameras;

// What --port and --public-url said: where the live server listens and how phones reach it.
struct LiveCommandLine
{
    quint16 port = 8080;
    QString publicUrl; // empty: http://<a LAN address of this PC>:<port>
};

// --port PORT and --public-url URL, which the window, serve and qr take.
std::vector<QCommandLineOption> liveOptions();
Result<LiveCommandLine> readLiveOptions(const CommandInput &input);
// A command's own options with liveOptions() after them.
std::vector<QCommandLineOption> withLiveOptions(std::vector<QCommandLineOption> options);

// The tables' QR cards: each table's join link at `base` (http://HOST:PORT) with its token,
// printed under the code without the scheme.
std::vector<print::TableCard> tableCards(const QString &venueName,
                                         const std::vector<venue::Table> &tables,
                                         const QString &base, const live::JoinTokens &tokens);
// The tables' cards with the venue's join codes as its database holds them, linking where
// `commandLine` says phones reach this PC: the links a server started now answers.
Result<std::vector<print::TableCard>> storedTableCards(storage::Database &database,
                                                       const venue::Venue &venue,
                                                       const std::vector<venue::Table> &tables,
                                                       const LiveCommandLine &commandLine);

// The venue served live (docs/protocol.md): its LiveServer with one LiveTable per table, each
// following the table's scoreboard, referee and tracked balls from VenueCameras, and the
// venue's join secret from the database. The window and serve both keep one.
class VenueLive : public QObject
{
    Q_OBJECT

public:
    VenueLive(storage::Database &database, VenueCameras &cameras, QObject *parent = nullptr);
    ~VenueLive() override;

    // Reads (or makes) the venue's join secret and listens; the error is one line.
    Result<void> start(const LiveCommandLine &commandLine, const venue::Venue &venue);
    // Serves exactly these tables, each following its camera's feeds.
    void showTables(const std::vector<venue::Table> &tables);
    // The venue's tournaments, served to the phones' bracket page (/api/tournaments); the desk
    // outlives this. None: no tournaments are served.
    void setTournamentDesk(venue::TournamentDesk *desk);

    // http://HOST:PORT, the start of every link phones open.
    QString base() const { return m_base; }
    // The cards of `tables` for the links this server answers.
    std::vector<print::TableCard> cards(const QString &venueName,
                                        const std::vector<venue::Table> &tables) const;
    // A new venue secret: every printed card is void. `actor` is audited.
    Result<void> renewJoinCodes(const QString &actor);

    live::LiveServer &server() { return m_server; }

private:
    // The table's scoreboard, referee, camera and tracking, from VenueCameras (again after its
    // camera was replaced).
    void follow(qint64 tableId);

    storage::Database &m_database;
    VenueCameras &m_cameras;
    live::LiveServer m_server;
    qint64 m_venueId = 0;
    QString m_base;
    std::map<qint64, std::vector<QMetaObject::Connection>> m_followed;
    std::map<qint64, QString> m_tableNames;
    std::unique_ptr<TournamentBoard> m_tournaments;
    QMetaObject::Connection m_tournamentsChanged;
};

} // namespace dojo::app
