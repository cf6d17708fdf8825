#pragma once

#include "venue/playerrequest.h"
#include "venue/scoreboard.h"
#include "venue/tablematch.h"

#include <core/result.h>
#include <core/shotrecord.h>
#include <rules/ruling.h>
#include <rules/step.h>

#include <QObject>
#include <QString>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace dojo::venue {

// A shot the table's camera tracked, as the tracker hands it over.
struct TrackedShotReport
{
    int number = 0; // the table's shots, counted from 1 since its camera started
    ShotRecord shot;
    bool needsReview = false;
    QString reason;      // one sentence when needsReview
    QString pathVerdict; // the physics check of the tracked paths, one sentence
};

// What the table's players (or the referee) entered at the table for the next shot: the
// choices the rules offered and the stalemates declared since the last shot, the call and a
// push-out announced. The camera cannot see these; the venue screen, a phone or the
// simulated players give them.
struct Announcement
{
    std::vector<rules::Step> stepsBefore; // choices and stalemates, in order
    std::optional<Call> call;
    bool pushOut = false;
    QString actor; // "player:<name>", "referee:<name>"
};

// A tracked shot and what the referee made of it.
struct RefereedShot
{
    enum class State {
        Waiting, // needs review (or waits behind one that does): not ruled yet
        Ruled,   // ruled and stored
        Unruled, // no match at the table, or the rules or the database refused it
    };
    TrackedShotReport tracked;
    Announcement announced;
    State state = State::Waiting;
    ShotRecord ruledShot;    // as ruled: the tracked record, or the referee's edit
    std::optional<int> step; // the match step it was stored as
    std::optional<rules::Seat> shooter;
    std::optional<rules::Ruling> ruling;
    QString sentence;       // the ruling as a person reads it, or why it was not ruled
    QString reviewedBy;     // "referee:<name>" once a referee confirmed, edited or overruled it
    bool placement = false; // with ball in hand, the cue ball placed by hand: no shot
};

// The automatic referee of one table: each tracked shot goes into the table's match, the
// ruling is stored and shown on the scoreboard; a shot that needs review (and every shot
// after it) waits until a referee confirms it, edits its record or overrules its ruling, each
// stored with who, when and why. Lives on the window's (or serve's) thread.
class TableReferee : public QObject
{
    Q_OBJECT

public:
    explicit TableReferee(TableScoreboard &scoreboard, QObject *parent = nullptr);
    ~TableReferee() override;

    // The match the table's shots go into; null for none (shots are then kept, not ruled).
    void follow(std::unique_ptr<TableMatch> match);
    const TableMatch *match() const { return m_match.get(); }

    // From the table's players: goes with the next tracked shot (the steps before it are
    // ruled first). A second announcement before that shot adds its steps and replaces the
    // call and push-out.
    void announce(const Announcement &announcement);
    // A player's request (a tap at the table, a phone) from `seat`, checked as the match
    // stands: a call, a safety or a push-out goes with the next shot; a choice is ruled and
    // stored at once. Refused while a shot waits for a referee.
    Result<void> request(rules::Seat seat, const PlayerRequest &request, const QString &actor);
    // From the tracker: ruled now, or held for the referee.
    void shotTracked(const TrackedShotReport &report);

    // The table's last shots (up to 50), oldest first, and one of them by number.
    const std::deque<RefereedShot> &shots() const { return m_shots; }
    const RefereedShot *shot(int number) const;
    int waiting() const;

    // A referee (`referee` is their name) confirms a waiting shot as tracked, or the last
    // ruled shot as ruled. Waiting shots behind it are ruled in turn.
    Result<void> confirm(int number, const QString &referee, const QString &reason);
    // The shot's record as the referee saw it: a waiting shot is ruled on it; the last ruled
    // shot is ruled again (stored as an override of its ruling).
    Result<void> correct(int number, const ShotRecord &edited, const QString &referee,
                         const QString &reason);
    // Overrules the last ruling: the rack and the score go on from `correction`.
    Result<void> overrule(const rules::Correction &correction, const QString &referee,
                          const QString &reason);

Q_SIGNALS:
    void changed();
    // A shot waits for a referee.
    void reviewNeeded(int number);
    // A shot was ruled, or could not be: its sentence says which.
    void shotSettled(int number);

private:
    RefereedShot *find(int number);
    void ruleWaiting();
    bool rule(RefereedShot &shot, const QString &actor, const QString &reason);
    void showScoreboard();

    TableScoreboard &m_scoreboard;
    std::unique_ptr<TableMatch> m_match;
    std::optional<rules::Match> m_beforeLastShot; // to rule the last shot again
    std::deque<RefereedShot> m_shots;
    std::optional<Announcement> m_announced;
};

} // namespace dojo::venue
