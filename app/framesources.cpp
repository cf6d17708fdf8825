#include "framesources.h"

#include "apptext.h"

#include <capture/camerasource.h>
#include <capture/imagesource.h>
#include <capture/mediasource.h>
#include <capture/simulatedtablesource.h>

#include <QTimer>

namespace dojo::app {

namespace {

const QString kDemoReferee = QStringLiteral("Demo referee");

// The simulated match's scoreboard: before the break, then after every shot.
void followSimulatedMatch(capture::SimulatedTableSource &source, venue::TableScoreboard &scoreboard)
{
    const simulation::GameSettings &game = source.settings().game;
    rules::MatchSetup setup;
    setup.game = game.game;
    const std::array<QString, 2> players{game.players[0].name, game.players[1].name};
    venue::Scoreboard start;
    start.hasMatch = true;
    start.game = game.game;
    start.players = players;
    start.turn = 0;
    start.ballInHand = rules::BallInHand::BehindHeadString;
    scoreboard.show(start);
    QObject::connect(&source, &capture::SimulatedTableSource::shotFinished, &scoreboard,
                     [&scoreboard, setup, players](const simulation::FinishedShot &shot) {
                         scoreboard.show(venue::scoreboardAfter(setup, players, shot.played.shooter,
                                                                shot.played.ruling,
                                                                shot.played.number));
                     });
}

// The simulated players' announcements go to the table's referee as they strike.
void announceSimulatedShots(capture::SimulatedTableSource &source, venue::TableReferee &referee)
{
    QObject::connect(&source, &capture::SimulatedTableSource::shotStruck, &referee,
                     [&referee](const simulation::PlayedShot &shot) {
                         venue::Announcement announcement;
                         announcement.stepsBefore = shot.stepsBefore;
                         announcement.call = shot.shot.call;
                         announcement.pushOut = shot.shot.pushOut;
                         announcement.actor = QStringLiteral("player:")
                                              + shot.players[size_t(shot.shooter == 1 ? 1 : 0)];
                         referee.announce(announcement);
                     });
}

// The demo venue has no referee at the table: a shot the tracker cannot settle is settled with
// the simulated table's own record of it, as a referee watching the replay would, so the demo
// plays on. The last shot struck is the one that just came to rest.
void refereeSimulatedShots(capture::SimulatedTableSource &source, venue::TableReferee &referee)
{
    auto struck = std::make_shared<std::optional<ShotRecord>>();
    QObject::connect(&source, &capture::SimulatedTableSource::shotStruck, &referee,
                     [struck](const simulation::PlayedShot &shot) { *struck = shot.shot; });
    QObject::connect(&referee, &venue::TableReferee::reviewNeeded, &referee,
                     [&referee, struck](int number) {
                         if (!*struck)
                             return;
                         const ShotRecord truth = **struck;
                         // Not from inside the referee's own signal.
                         QTimer::singleShot(0, &referee, [&referee, number, truth] {
                             const venue::RefereedShot *shot = referee.shot(number);
                             if (!shot || shot->state != venue::RefereedShot::State::Waiting)
                                 return;
                             (void)referee.correct(number, truth, kDemoReferee,
                                                   AppText::tr("The simulated table's own record "
                                                               "of the shot."));
                         });
                     });
}

} // namespace

std::unique_ptr<capture::FrameSource> makeFrameSource(const capture::SourceSpec &spec,
                                                      capture::FrameQueue &queue,
                                                      const QElapsedTimer &clock,
                                                      SimulatedFollowers followers)
{
    using Kind = capture::SourceSpec::Kind;
    switch (spec.kind) {
    case Kind::Camera: return std::make_unique<capture::CameraSource>(spec, queue, clock);
    case Kind::Stream:
    case Kind::VideoFile: return std::make_unique<capture::MediaSource>(spec, queue, clock);
    case Kind::Image:
    case Kind::ImageFolder: return std::make_unique<capture::ImageSource>(spec, queue, clock);
    case Kind::Simulated: {
        auto source = std::make_unique<capture::SimulatedTableSource>(
            capture::simulatedTableSettings(spec), queue, clock);
        if (followers.referee) {
            announceSimulatedShots(*source, *followers.referee);
            refereeSimulatedShots(*source, *followers.referee);
        } else if (followers.scoreboard)
            followSimulatedMatch(*source, *followers.scoreboard);
        return source;
    }
    }
    return nullptr;
}

} // namespace dojo::app
