#include "venuelive.h"

#include "apptext.h"
#include "tournamentboard.h"
#include "venuecameras.h"

#include <venue/joinsecret.h>
#include <venue/tablematch.h>
#include <venue/tablestatus.h>
#include <venue/tournamentdesk.h>

namespace dojo::app {

namespace {

const QString kPort = QStringLiteral("port");
const QString kPublicUrl = QStringLiteral("public-url");

QString cameraWord(const capture::TableCamera *camera)
{
    if (!camera)
        return QStringLiteral("none");
    switch (camera->health().state) {
    case capture::SourceState::Running: return QStringLiteral("running");
    case capture::SourceState::Starting: return QStringLiteral("starting");
    case capture::SourceState::Failed: return QStringLiteral("failed");
    case capture::SourceState::Finished: return QStringLiteral("finished");
    case capture::SourceState::Stopped: break;
    }
    return QStringLiteral("stopped");
}

} // namespace

std::vector<QCommandLineOption> liveOptions()
{
    return {QCommandLineOption(kPort,
                               AppText::tr("Serve the live games to phones and screens on this "
                                           "port (default 8080; 0: any free port)."),
                               AppText::tr("PORT")),
            QCommandLineOption(kPublicUrl,
                               AppText::tr("The address phones open, in the tables' join links "
                                           "(default: http://<this PC's LAN address>:<port>)."),
                               AppText::tr("URL"))};
}

std::vector<QCommandLineOption> withLiveOptions(std::vector<QCommandLineOption> options)
{
    for (const QCommandLineOption &option : liveOptions())
        options.push_back(option);
    return options;
}

Result<LiveCommandLine> readLiveOptions(const CommandInput &input)
{
    LiveCommandLine commandLine;
    if (input.isSet(kPort)) {
        bool number = false;
        const uint port = input.value(kPort).toUInt(&number);
        if (!number || port > 65535)
            return Unexpected(AppText::tr("--port is a port number from 0 to 65535, not \"%1\"")
                                  .arg(input.value(kPort)));
        commandLine.port = quint16(port);
    }
    if (input.isSet(kPublicUrl)) {
        const QUrl url(input.value(kPublicUrl), QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            return Unexpected(
                AppText::tr("--public-url is an http:// or https:// address, not \"%1\"")
                    .arg(input.value(kPublicUrl)));
        }
        commandLine.publicUrl = input.value(kPublicUrl);
    }
    return commandLine;
}

VenueLive::VenueLive(storage::Database &database, VenueCameras &cameras, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_cameras(cameras)
{
    // A table's tracking starts again with a new camera: its balls come from the new one.
    connect(&m_cameras, &VenueCameras::cameraReplaced, this,
            [this](qint64 tableId) { follow(tableId); });
}

VenueLive::~VenueLive() = default;

void VenueLive::setTournamentDesk(venue::TournamentDesk *desk)
{
    disconnect(m_tournamentsChanged);
    m_server.setTournaments({});
    m_tournaments.reset();
    if (!desk)
        return;
    m_tournaments = std::make_unique<TournamentBoard>(*desk);
    m_tournaments->setTableNames(m_tableNames);
    // What this process changes shows at once; other processes' changes within the board's
    // moment.
    m_tournamentsChanged
        = connect(desk, &venue::TournamentDesk::changed, this, [this] { m_tournaments->forget(); });
    m_server.setTournaments(m_tournaments->feeds());
}

Result<void> VenueLive::start(const LiveCommandLine &commandLine, const venue::Venue &venue)
{
    const Result<QByteArray> secret = venue::joinSecret(m_database, venue.id);
    if (!secret)
        return Unexpected(secret.error());
    m_venueId = venue.id;
    m_server.setVenueName(venue.name);
    m_server.setJoinSecret(*secret);
    const Result<quint16> port = m_server.listen(QHostAddress::Any, commandLine.port);
    if (!port)
        return Unexpected(port.error());
    m_base = live::reachableBase(*port, commandLine.publicUrl);
    return {};
}

void VenueLive::showTables(const std::vector<venue::Table> &tables)
{
    std::vector<qint64> gone = m_server.tableIds();
    m_tableNames.clear();
    for (const venue::Table &table : tables) {
        std::erase(gone, table.id);
        m_tableNames[table.id] = table.name;
        live::LiveTableInfo info;
        info.id = table.id;
        info.name = table.name;
        info.size = table.size;
        info.status = venue::tableStatusKey(table.status);
        m_server.addTable(info);
        follow(table.id);
    }
    for (const qint64 tableId : gone) {
        m_followed.erase(tableId);
        m_server.removeTable(tableId);
    }
    if (m_tournaments)
        m_tournaments->setTableNames(m_tableNames);
}

void VenueLive::follow(qint64 tableId)
{
    live::LiveTable *liveTable = m_server.table(tableId);
    if (!liveTable)
        return;
    for (const QMetaObject::Connection &connection : m_followed[tableId])
        disconnect(connection);
    m_followed[tableId].clear();
    liveTable->follow(m_cameras.scoreboard(tableId), m_cameras.referee(tableId));
    liveTable->setMatchStarter(
        [this, tableId](const rules::MatchSetup &setup, const std::array<QString, 2> &players) {
            return m_cameras.startMatch(tableId, setup, players);
        });
    capture::TableCamera *camera = m_cameras.camera(tableId);
    const auto showCamera = [liveTable, camera] {
        live::LiveTableInfo now = liveTable->info();
        now.camera = cameraWord(camera);
        liveTable->setInfo(now);
    };
    showCamera();
    if (camera) {
        m_followed[tableId].push_back(
            connect(camera, &capture::TableCamera::healthChanged, liveTable, showCamera));
    }
    if (capture::TableTracking *tracking = m_cameras.tracking(tableId)) {
        m_followed[tableId].push_back(
            connect(tracking, &capture::TableTracking::trackedChanged, liveTable,
                    [liveTable, tracking] { liveTable->showBalls(tracking->latest().balls); }));
    }
}

std::vector<print::TableCard> tableCards(const QString &venueName,
                                         const std::vector<venue::Table> &tables,
                                         const QString &base, const live::JoinTokens &tokens)
{
    std::vector<print::TableCard> cards;
    for (const venue::Table &table : tables) {
        print::TableCard card;
        card.venue = venueName;
        card.table = table.name;
        card.joinUrl = live::joinUrl(base, table.name, tokens.token(table.id));
        card.shownUrl = card.joinUrl.mid(card.joinUrl.indexOf(QLatin1String("://")) + 3);
        cards.push_back(card);
    }
    return cards;
}

Result<std::vector<print::TableCard>> storedTableCards(storage::Database &database,
                                                       const venue::Venue &venue,
                                                       const std::vector<venue::Table> &tables,
                                                       const LiveCommandLine &commandLine)
{
    const Result<QByteArray> secret = venue::joinSecret(database, venue.id);
    if (!secret)
        return Unexpected(secret.error());
    return tableCards(venue.name, tables,
                      live::reachableBase(commandLine.port, commandLine.publicUrl),
                      live::JoinTokens(*secret));
}

std::vector<print::TableCard> VenueLive::cards(const QString &venueName,
                                               const std::vector<venue::Table> &tables) const
{
    return tableCards(venueName, tables, m_base, m_server.tokens());
}

Result<void> VenueLive::renewJoinCodes(const QString &actor)
{
    const Result<QByteArray> secret = venue::renewJoinSecret(m_database, m_venueId, actor);
    if (!secret)
        return Unexpected(secret.error());
    m_server.setJoinSecret(*secret);
    return {};
}

} // namespace dojo::app
