#include "venue/tablereferee.h"

#include "venue/internal/venuetr.h"

#include <rules/rack.h>
#include <rules/refusal.h>

#include <algorithm>
#include <utility>

namespace dojo::venue {

using internal::Tr;

namespace {

constexpr size_t kShotsKept = 50;

// The cue ball moved alone and touched nothing: what ball in hand looks like to the camera.
bool isPlacement(const ShotRecord &shot)
{
    return !shot.firstContact && shot.pocketed.empty() && shot.rails.empty()
           && shot.offTable.empty();
}

// Waiting shots are reviewed in the order they were played: each is ruled on the one before.
Result<void> reviewedInOrder(const std::deque<RefereedShot> &shots, const RefereedShot &shot)
{
    const auto first = std::find_if(shots.begin(), shots.end(), [](const RefereedShot &held) {
        return held.state == RefereedShot::State::Waiting;
    });
    if (first == shots.end() || &*first == &shot)
        return {};
    return Unexpected(Tr::tr("Shot %1 waits behind shot %2: review that one first.")
                          .arg(shot.tracked.number)
                          .arg(first->tracked.number));
}

// What became of a shot a referee acted on: ruled, or why not.
Result<void> outcomeOf(const RefereedShot &shot)
{
    if (shot.state == RefereedShot::State::Ruled || shot.placement)
        return {};
    return Unexpected(shot.state == RefereedShot::State::Waiting ? shot.tracked.reason
                                                                 : shot.sentence);
}

QString refereeActor(const QString &referee)
{
    return QStringLiteral("referee:") + referee.trimmed();
}

} // namespace

TableReferee::TableReferee(TableScoreboard &scoreboard, QObject *parent)
    : QObject(parent)
    , m_scoreboard(scoreboard)
{
}

TableReferee::~TableReferee() = default;

void TableReferee::follow(std::unique_ptr<TableMatch> match)
{
    // Stored matches have ids from 1; 0 stands for no match.
    const qint64 was = m_match ? m_match->id() : 0;
    const qint64 now = match ? match->id() : 0;
    m_match = std::move(match);
    // Shots of another match (or of none) are not this one's: those ruled are not its steps
    // to show, confirm or edit, and those waiting are never ruled into it.
    std::vector<int> settled;
    if (was != now) {
        for (RefereedShot &shot : m_shots) {
            shot.step.reset();
            if (shot.state != RefereedShot::State::Waiting)
                continue;
            shot.state = RefereedShot::State::Unruled;
            shot.sentence = Tr::tr("The shot was played before this match at the table: it was "
                                   "kept but not ruled.");
            settled.push_back(shot.tracked.number);
        }
    }
    m_beforeLastShot.reset();
    m_announced.reset();
    showScoreboard();
    for (const int number : settled)
        Q_EMIT shotSettled(number);
    Q_EMIT changed();
}

const RefereedShot *TableReferee::shot(int number) const
{
    for (const RefereedShot &shot : m_shots)
        if (shot.tracked.number == number)
            return &shot;
    return nullptr;
}

RefereedShot *TableReferee::find(int number)
{
    for (RefereedShot &shot : m_shots)
        if (shot.tracked.number == number)
            return &shot;
    return nullptr;
}

int TableReferee::waiting() const
{
    return int(std::count_if(m_shots.begin(), m_shots.end(), [](const RefereedShot &shot) {
        return shot.state == RefereedShot::State::Waiting;
    }));
}

Result<void> TableReferee::request(rules::Seat seat, const PlayerRequest &request,
                                   const QString &actor)
{
    if (!m_match)
        return Unexpected(Tr::tr("No match is being played at this table."));
    if (waiting() > 0)
        return Unexpected(Tr::tr("A shot waits for a referee: ask again once it is settled."));
    if (Result<void> allowed = checkRequest(m_match->match(), m_match->players(), seat, request);
        !allowed)
        return allowed;
    if (request.kind == PlayerRequest::Kind::Choose) {
        const auto stored = m_match->play(rules::Step{request.choice}, actor);
        if (!stored)
            return Unexpected(stored.error().message);
        m_beforeLastShot.reset(); // the last shot can no longer be ruled again alone
        showScoreboard();
        Q_EMIT changed();
        return {};
    }
    Announcement announcement;
    announcement.actor = actor;
    if (request.kind == PlayerRequest::Kind::Call)
        announcement.call = request.call;
    else if (request.kind == PlayerRequest::Kind::Safety)
        announcement.call = Call::safetyCall();
    else
        announcement.pushOut = true;
    announce(announcement);
    return {};
}

void TableReferee::announce(const Announcement &announcement)
{
    if (!m_announced) {
        m_announced = announcement;
        return;
    }
    // Steps entered for a shot the camera missed still happened at the table.
    for (const rules::Step &step : announcement.stepsBefore)
        m_announced->stepsBefore.push_back(step);
    m_announced->call = announcement.call;
    m_announced->pushOut = announcement.pushOut;
    m_announced->actor = announcement.actor;
}

void TableReferee::shotTracked(const TrackedShotReport &report)
{
    RefereedShot shot;
    shot.tracked = report;
    shot.ruledShot = report.shot;
    if (m_announced) {
        shot.announced = std::move(*m_announced);
        m_announced.reset();
        shot.ruledShot.call = shot.announced.call;
        shot.ruledShot.pushOut = shot.announced.pushOut;
    }
    m_shots.push_back(std::move(shot));
    // The oldest settled shots go; a shot still waiting for a referee stays.
    for (auto it = m_shots.begin(); m_shots.size() > kShotsKept && it != m_shots.end();) {
        if (it->state == RefereedShot::State::Waiting)
            ++it;
        else
            it = m_shots.erase(it);
    }
    if (report.needsReview)
        Q_EMIT reviewNeeded(report.number);
    ruleWaiting();
    showScoreboard();
    Q_EMIT changed();
}

// Rules the waiting shots in order, up to the first that needs a referee.
void TableReferee::ruleWaiting()
{
    for (RefereedShot &shot : m_shots) {
        if (shot.state != RefereedShot::State::Waiting)
            continue;
        if (shot.tracked.needsReview && shot.reviewedBy.isEmpty())
            return;
        if (!rule(shot, QStringLiteral("tracker"), {}))
            return;
    }
}

// False when the shot must wait for a referee after all.
bool TableReferee::rule(RefereedShot &shot, const QString &actor, const QString &reason)
{
    if (!m_match) {
        shot.state = RefereedShot::State::Unruled;
        shot.sentence = Tr::tr("No match is being played at this table: the shot was kept but "
                               "not ruled.");
        Q_EMIT shotSettled(shot.tracked.number);
        return true;
    }
    // With ball in hand the player carries the cue ball to its place: the camera sees it move
    // alone and touch nothing, which is no shot. What the players announced waits for the
    // shot that follows.
    if (m_match->match().rack().ballInHand != rules::BallInHand::None && shot.reviewedBy.isEmpty()
        && isPlacement(shot.ruledShot)) {
        shot.state = RefereedShot::State::Unruled;
        shot.placement = true;
        shot.sentence = Tr::tr("The cue ball was placed by hand (ball in hand); no shot was "
                               "played.");
        if (!shot.announced.actor.isEmpty() || !shot.announced.stepsBefore.empty()) {
            Announcement earlier = std::exchange(shot.announced, {});
            if (m_announced) { // its steps came first; the newer call stands
                earlier.stepsBefore.insert(earlier.stepsBefore.end(),
                                           m_announced->stepsBefore.begin(),
                                           m_announced->stepsBefore.end());
                earlier.call = m_announced->call;
                earlier.pushOut = m_announced->pushOut;
                earlier.actor = m_announced->actor;
            }
            m_announced = std::move(earlier);
        }
        Q_EMIT shotSettled(shot.tracked.number);
        return true;
    }
    const QString announcer
        = shot.announced.actor.isEmpty() ? QStringLiteral("player") : shot.announced.actor;
    QStringList remarks;
    for (const rules::Step &step : shot.announced.stepsBefore) {
        if (const auto ruled = m_match->play(step, announcer); !ruled)
            remarks << Tr::tr("A step entered before the shot was not taken: %1.")
                           .arg(ruled.error().message);
    }
    shot.announced.stepsBefore.clear(); // played (or refused) once, never again
    const rules::RackState &rack = m_match->match().rack();
    if (rack.pending != rules::Pending::None) {
        shot.tracked.needsReview = true;
        shot.tracked.reason = Tr::tr("The rules offered a choice before this shot that no one "
                                     "entered: a referee must settle it.");
        if (shot.reviewedBy.isEmpty()) {
            Q_EMIT reviewNeeded(shot.tracked.number);
            return false;
        }
        // The referee confirmed that the player at the table played on with the table as it
        // lay (after the 8 on the break: spotted, as no new rack was broken).
        for (const rules::Choice choice :
             {rules::Choice::Shoot, rules::Choice::Accept, rules::Choice::RespotEight}) {
            if (rack.options.contains(choice)) {
                (void)m_match->play(choice, actor, reason);
                break;
            }
        }
    }
    shot.ruledShot.isBreak = m_match->match().rack().breakDue;
    const rules::Seat shooter = m_match->match().rack().turn;
    const rules::Match before = m_match->match();
    const auto ruled = m_match->play(shot.ruledShot, actor, reason);
    if (!ruled && ruled.error().kind == StepFailure::Kind::NotStored) {
        // Ruled but not stored: the shot waits, and the ones behind it, so that no shot is
        // ruled on a match that lacks one; a referee's confirmation tries again.
        shot.tracked.needsReview = true;
        shot.tracked.reason = Tr::tr("The shot could not be stored (%1). Confirm it once the "
                                     "database is back.")
                                  .arg(ruled.error().message);
        shot.reviewedBy.clear();
        Q_EMIT reviewNeeded(shot.tracked.number);
        return false;
    }
    if (!ruled) {
        shot.state = RefereedShot::State::Unruled;
        remarks.prepend(Tr::tr("The shot was not ruled: %1.").arg(ruled.error().message));
        shot.sentence = remarks.join(QLatin1Char(' '));
        Q_EMIT shotSettled(shot.tracked.number);
        return true;
    }
    m_beforeLastShot = before;
    shot.state = RefereedShot::State::Ruled;
    shot.step = m_match->stepCount();
    shot.shooter = shooter;
    shot.ruling = *ruled;
    remarks.prepend(rulingSentence(*ruled, m_match->players(), shooter));
    shot.sentence = remarks.join(QLatin1Char(' '));
    showScoreboard();
    Q_EMIT shotSettled(shot.tracked.number);
    return true;
}

void TableReferee::showScoreboard()
{
    if (!m_match) {
        m_scoreboard.show({});
        return;
    }
    QString last;
    for (auto it = m_shots.rbegin(); it != m_shots.rend(); ++it) {
        if (it->state == RefereedShot::State::Ruled && it->step) {
            last = it->sentence;
            break;
        }
    }
    Scoreboard board
        = scoreboardOf(m_match->match(), m_match->players(), m_match->stepCount(), last);
    const auto first = std::find_if(m_shots.begin(), m_shots.end(), [](const RefereedShot &s) {
        return s.state == RefereedShot::State::Waiting;
    });
    if (first != m_shots.end()) {
        board.waitingForReferee
            = Tr::tr("%n shot(s) wait for a referee. Shot %1: %2", nullptr, waiting())
                  .arg(first->tracked.number)
                  .arg(first->tracked.reason);
    }
    m_scoreboard.show(board);
}

Result<void> TableReferee::confirm(int number, const QString &referee, const QString &reason)
{
    if (referee.trimmed().isEmpty())
        return Unexpected(Tr::tr("A review needs the referee's name."));
    RefereedShot *shot = find(number);
    if (!shot)
        return Unexpected(Tr::tr("Shot %1 is no longer held.").arg(number));
    const QString actor = refereeActor(referee);
    const QString why = reason.trimmed().isEmpty() ? Tr::tr("Confirmed after review.") : reason;
    if (shot->state == RefereedShot::State::Ruled) {
        if (!m_match || !shot->step)
            return Unexpected(Tr::tr("Shot %1 has no stored ruling to confirm.").arg(number));
        if (Result<void> confirmed = m_match->confirm(*shot->step, actor, why); !confirmed)
            return confirmed;
        shot->reviewedBy = actor;
        Q_EMIT changed();
        return {};
    }
    if (shot->state != RefereedShot::State::Waiting)
        return Unexpected(
            Tr::tr("Shot %1 was not ruled; there is nothing to confirm.").arg(number));
    if (Result<void> next = reviewedInOrder(m_shots, *shot); !next)
        return next;
    shot->reviewedBy = actor;
    rule(*shot, actor, why);
    ruleWaiting();
    showScoreboard();
    Q_EMIT changed();
    return m_match ? outcomeOf(*shot) : Result<void>{}; // no match: reviewed, kept
}

Result<void> TableReferee::correct(int number, const ShotRecord &edited, const QString &referee,
                                   const QString &reason)
{
    if (referee.trimmed().isEmpty())
        return Unexpected(Tr::tr("A review needs the referee's name."));
    if (reason.trimmed().isEmpty())
        return Unexpected(Tr::tr("An edited shot needs the referee's reason."));
    RefereedShot *shot = find(number);
    if (!shot)
        return Unexpected(Tr::tr("Shot %1 is no longer held.").arg(number));
    const QString actor = refereeActor(referee);
    if (shot->state == RefereedShot::State::Waiting) {
        if (Result<void> next = reviewedInOrder(m_shots, *shot); !next)
            return next;
        shot->ruledShot = edited;
        shot->reviewedBy = actor;
        rule(*shot, actor, reason);
        ruleWaiting();
        showScoreboard();
        Q_EMIT changed();
        return m_match ? outcomeOf(*shot) : Result<void>{}; // no match: reviewed, kept
    }
    // A ruled shot is ruled again only while it is the match's last shot.
    const auto lastRuled
        = std::find_if(m_shots.rbegin(), m_shots.rend(),
                       [](const RefereedShot &s) { return s.state == RefereedShot::State::Ruled; });
    if (!m_match || !m_beforeLastShot || lastRuled == m_shots.rend() || &*lastRuled != shot
        || shot->step != m_match->stepCount()) {
        return Unexpected(
            Tr::tr("Only the last shot ruled can be ruled again; overrule the ruling instead."));
    }
    rules::Match again = *m_beforeLastShot;
    ShotRecord record = edited;
    record.isBreak = again.rack().breakDue;
    const auto ruled = again.apply(record);
    if (!ruled)
        return Unexpected(
            Tr::tr("The rules refuse the edited shot: %1.").arg(rules::refusalText(ruled.error())));
    rules::Correction correction{again.rack(), again.score()};
    if (ruled->rackOver && again.setup().game != rules::Game::StraightPool
        && m_match->match().rackNumber() == m_beforeLastShot->rackNumber()) {
        // The rack left over, so the match counts the win once and racks the next one as after
        // the shot itself; a rack the tracked shot already ended was counted then.
        const auto ended
            = rules::shoot(m_beforeLastShot->rack(), record, m_beforeLastShot->setup().options);
        if (ended && ended->after.over)
            correction = {ended->after, m_beforeLastShot->score()};
    }
    const auto stored = m_match->play(correction, actor, reason);
    if (!stored)
        return Unexpected(stored.error().message);
    shot->ruledShot = record;
    shot->ruling = *ruled;
    shot->step = m_match->stepCount();
    shot->reviewedBy = actor;
    shot->sentence = rulingSentence(*ruled, m_match->players(), shot->shooter.value_or(0));
    showScoreboard();
    Q_EMIT changed();
    return {};
}

Result<void> TableReferee::overrule(const rules::Correction &correction, const QString &referee,
                                    const QString &reason)
{
    if (referee.trimmed().isEmpty())
        return Unexpected(Tr::tr("A review needs the referee's name."));
    if (reason.trimmed().isEmpty())
        return Unexpected(Tr::tr("Overruling needs the referee's reason."));
    if (!m_match)
        return Unexpected(Tr::tr("No match is being played at this table."));
    const QString actor = refereeActor(referee);
    const auto stored = m_match->play(correction, actor, reason);
    if (!stored)
        return Unexpected(stored.error().message);
    m_beforeLastShot.reset(); // the last shot's ruling is the referee's now
    const auto lastRuled
        = std::find_if(m_shots.rbegin(), m_shots.rend(), [](const RefereedShot &s) {
              return s.state == RefereedShot::State::Ruled && s.step;
          });
    if (lastRuled != m_shots.rend()) {
        lastRuled->reviewedBy = actor;
        lastRuled->sentence = Tr::tr("The referee overruled the ruling: %1").arg(reason.trimmed());
    }
    showScoreboard();
    Q_EMIT changed();
    return {};
}

} // namespace dojo::venue
