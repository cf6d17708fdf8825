#include "venuecameras.h"

#include "apptext.h"

#include <capture/simulatedtablesource.h>
#include <simulation/simulatedgame.h>
#include <storage/matchrepository.h>

#include <QElapsedTimer>

#include <opencv2/core.hpp>

namespace dojo::app {

namespace {

venue::TrackedShotReport reportOf(const capture::ReplayShot &shot)
{
    venue::TrackedShotReport report;
    report.number = shot.number;
    report.shot = shot.shot;
    report.needsReview = shot.needsReview;
    report.reason = shot.reason;
    report.pathVerdict = shot.pathVerdict;
    return report;
}

// The simulated table plays a new game from its seed at every start: the table's unfinished
// match is abandoned and a match with the simulated players' setup is started.
Result<std::unique_ptr<venue::TableMatch>> simulatedMatch(storage::Database &database,
                                                          qint64 tableId,
                                                          const simulation::GameSettings &settings)
{
    const simulation::SimulatedGame game(settings);
    storage::MatchRepository repository(database);
    const Result<std::optional<storage::MatchRecord>> unfinished
        = repository.unfinishedMatchAt(tableId);
    if (!unfinished)
        return Unexpected(unfinished.error());
    if (*unfinished) {
        if (Result<void> ended
            = repository.finishMatch((*unfinished)->id, {}, QStringLiteral("dojopool"),
                                     AppText::tr("The simulated table started a new game."));
            !ended)
            return Unexpected(ended.error());
    }
    return venue::TableMatch::start(database, tableId, game.match().setup(),
                                    {settings.players[0].name, settings.players[1].name});
}

} // namespace

std::unique_ptr<capture::TableCamera> makeTableCamera(const QString &source,
                                                      SimulatedFollowers followers)
{
    const Result<capture::SourceSpec> spec = capture::parseSourceSpec(source);
    capture::SourceFactory factory;
    if (spec) {
        factory = [followers](const capture::SourceSpec &wanted, capture::FrameQueue &queue,
                              const QElapsedTimer &clock) {
            return makeFrameSource(wanted, queue, clock, followers);
        };
    } else {
        const QString problem
            = AppText::tr("The camera source \"%1\" cannot be used: %2").arg(source, spec.error());
        factory = [problem](const capture::SourceSpec &, capture::FrameQueue &queue,
                            const QElapsedTimer &clock) -> std::unique_ptr<capture::FrameSource> {
            return std::make_unique<UnusableSource>(problem, queue, clock);
        };
    }
    auto camera = std::make_unique<capture::TableCamera>(spec.value_or(capture::SourceSpec{}),
                                                         std::move(factory));
    capture::TableCamera *consumer = camera.get();
    // The one consumer of the table's frames: the frame it takes becomes latest() for the
    // displays, and the table's tracking (which reports the time it takes) follows latest().
    QObject::connect(consumer, &capture::TableCamera::frameArrived, consumer,
                     [consumer] { consumer->takeFrame(); });
    return camera;
}

VenueCameras::VenueCameras(storage::Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    // Each table tracks on a thread of its own: OpenCV's own worker threads would only make
    // the tables' threads fight over the cores.
    cv::setNumThreads(1);
}

VenueCameras::~VenueCameras()
{
    stopAll();
}

void VenueCameras::showTables(const std::vector<venue::Table> &tables)
{
    std::map<qint64, const venue::Table *> wanted;
    for (const venue::Table &table : tables)
        wanted[table.id] = &table;
    for (auto it = m_tables.begin(); it != m_tables.end();) {
        if (!wanted.contains(it->first)) {
            it->second.tracking.reset();
            if (it->second.camera)
                it->second.camera->stop();
            it = m_tables.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &[tableId, table] : wanted) {
        const auto found = m_tables.find(tableId);
        if (found != m_tables.end() && found->second.source == table->cameraSource.trimmed()
            && found->second.size == table->size && found->second.corners == table->corners)
            continue;
        const bool replaced = found != m_tables.end();
        // The old camera outlives the signal, so screens showing it can let go of it.
        const std::unique_ptr<capture::TableCamera> old = startTable(*table);
        if (replaced)
            Q_EMIT cameraReplaced(tableId);
    }
}

void VenueCameras::stopAll()
{
    for (auto &[tableId, feed] : m_tables) {
        feed.tracking.reset(); // its thread ends before the camera stops
        if (feed.camera)
            feed.camera->stop();
    }
}

capture::TableCamera *VenueCameras::camera(qint64 tableId) const
{
    const auto found = m_tables.find(tableId);
    return found == m_tables.end() ? nullptr : found->second.camera.get();
}

capture::TableTracking *VenueCameras::tracking(qint64 tableId) const
{
    const auto found = m_tables.find(tableId);
    return found == m_tables.end() ? nullptr : found->second.tracking.get();
}

venue::TableScoreboard *VenueCameras::scoreboard(qint64 tableId) const
{
    const auto found = m_tables.find(tableId);
    return found == m_tables.end() ? nullptr : found->second.scoreboard.get();
}

venue::TableReferee *VenueCameras::referee(qint64 tableId) const
{
    const auto found = m_tables.find(tableId);
    return found == m_tables.end() ? nullptr : found->second.referee.get();
}

std::vector<qint64> VenueCameras::tableIds() const
{
    std::vector<qint64> ids;
    for (const auto &[tableId, feed] : m_tables)
        ids.push_back(tableId);
    return ids;
}

void VenueCameras::setWriter(qint64 tableId, bool writer)
{
    const bool was = isWriter(tableId);
    m_writers[tableId] = writer;
    const auto found = m_tables.find(tableId);
    if (was == writer || found == m_tables.end())
        return;
    if (!writer) { // at once: no shot of this table is ruled into its match here any more
        if (found->second.referee)
            found->second.referee->follow(nullptr);
        return;
    }
    const std::unique_ptr<capture::TableCamera> old = startTable(found->second.table);
    Q_EMIT cameraReplaced(tableId);
}

bool VenueCameras::isWriter(qint64 tableId) const
{
    const auto found = m_writers.find(tableId);
    return found == m_writers.end() || found->second;
}

std::unique_ptr<venue::TableMatch>
VenueCameras::matchFor(const venue::Table &table,
                       const std::optional<capture::SimulatedTableSettings> &simulated)
{
    if (!m_database)
        return nullptr;
    Result<std::unique_ptr<venue::TableMatch>> match
        = simulated ? simulatedMatch(*m_database, table.id, simulated->game)
                    : venue::TableMatch::resumeAt(*m_database, table.id);
    if (!match) {
        qWarning("%s", qPrintable(AppText::tr("%1: the match at the table cannot be refereed: %2")
                                      .arg(table.name, match.error())));
        return nullptr;
    }
    return std::move(*match);
}

Result<void> VenueCameras::startMatch(qint64 tableId, const rules::MatchSetup &setup,
                                      const std::array<QString, 2> &players)
{
    const auto found = m_tables.find(tableId);
    if (found == m_tables.end() || !found->second.referee || !m_database
        || found->second.source.isEmpty())
        return Unexpected(AppText::tr("This table has no camera, so it cannot referee a match."));
    if (!isWriter(tableId))
        return Unexpected(AppText::tr("Another venue PC runs this table's match, so it cannot be "
                                      "started here."));
    venue::TableReferee &referee = *found->second.referee;
    if (referee.match() && !referee.match()->match().winner())
        return Unexpected(AppText::tr("This table already has a match being played."));
    Result<std::unique_ptr<venue::TableMatch>> match
        = venue::TableMatch::start(*m_database, tableId, setup, players);
    if (!match)
        return Unexpected(match.error());
    referee.follow(std::move(*match));
    return {};
}

std::unique_ptr<capture::TableCamera> VenueCameras::startTable(const venue::Table &table)
{
    TableFeed &feed = m_tables[table.id];
    feed.tracking.reset();
    std::unique_ptr<capture::TableCamera> old = std::move(feed.camera);
    if (old)
        old->stop();
    feed.table = table;
    feed.source = table.cameraSource.trimmed();
    feed.size = table.size;
    feed.corners = table.corners;
    if (!feed.scoreboard)
        feed.scoreboard = std::make_unique<venue::TableScoreboard>();
    if (!feed.referee) {
        feed.referee = std::make_unique<venue::TableReferee>(*feed.scoreboard);
        connect(feed.referee.get(), &venue::TableReferee::reviewNeeded, this,
                [this, tableId = table.id](int shot) { Q_EMIT reviewNeeded(tableId, shot); });
    }
    if (feed.source.isEmpty()) { // a table without a camera has nothing to show or referee
        feed.referee->follow(nullptr);
        return old;
    }
    // A simulated table plays a game of its own, on the size it names, whatever the table's
    // record says.
    std::optional<capture::SimulatedTableSettings> simulated;
    if (const Result<capture::SourceSpec> spec = capture::parseSourceSpec(feed.source);
        spec && spec->kind == capture::SourceSpec::Kind::Simulated)
        simulated = capture::simulatedTableSettings(*spec);
    // Only the holder of the table's lease writes its match.
    feed.referee->follow(isWriter(table.id) ? matchFor(table, simulated) : nullptr);
    feed.camera = makeTableCamera(feed.source, {feed.referee.get(), nullptr});
    const TableSize size = simulated ? simulated->game.table : table.size;
    feed.tracking
        = std::make_unique<capture::TableTracking>(table.id, size, table.corners, &m_replays);
    feed.tracking->follow(*feed.camera);
    venue::TableReferee *referee = feed.referee.get();
    connect(feed.tracking.get(), &capture::TableTracking::shotTracked, referee,
            [referee](const std::shared_ptr<const capture::ReplayShot> &shot) {
                referee->shotTracked(reportOf(*shot));
            });
    feed.camera->start();
    return old;
}

} // namespace dojo::app
