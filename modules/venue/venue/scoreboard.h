#pragma once

#include <rules/game.h>
#include <rules/gameoptions.h>
#include <rules/match.h>
#include <rules/ruling.h>

#include <QObject>
#include <QString>

#include <array>
#include <optional>

namespace dojo::venue {

// What a table's scoreboard shows: the match at the table as a person reads it.
struct Scoreboard
{
    bool hasMatch = false;
    rules::Game game = rules::Game::NineBall;
    std::array<QString, 2> players;
    std::array<int, 2> score{};
    int raceTo = 0; // 0: no target
    std::optional<rules::Seat> turn;
    rules::BallInHand ballInHand = rules::BallInHand::None;
    std::array<int, 2> foulsInARow{};
    std::optional<rules::Group> groupOfFirstSeat; // 8-ball
    rules::Choices options;                       // open to `turn` before the next shot
    bool pushOutAllowed = false;
    std::optional<rules::Seat> winner; // of the match
    int shots = 0;                     // shots played in the match
    QString lastRuling;                // one sentence, empty before the first shot
    // The shots waiting for a referee, and why the first one does; empty when none waits.
    QString waitingForReferee;
};

// The scoreboard after `ruling` on a step `shooter` played, in a match between `players`.
Scoreboard scoreboardAfter(const rules::MatchSetup &setup, const std::array<QString, 2> &players,
                           rules::Seat shooter, const rules::Ruling &ruling, int shots);

// The scoreboard of a match as it stands, with `lastRuling` the sentence of its last step.
Scoreboard scoreboardOf(const rules::Match &match, const std::array<QString, 2> &players, int shots,
                        const QString &lastRuling);

// The ruling as a person reads it: "Foul by Ada: the cue ball was pocketed. Bo has ball in
// hand anywhere.", "Bo won the rack; the score is 3-2."...
QString rulingSentence(const rules::Ruling &ruling, const std::array<QString, 2> &players,
                       rules::Seat shooter);

// A table's scoreboard as it changes (the simulated table's match today, the tracked match's
// once tracking lands). The table screen shows it.
class TableScoreboard : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const Scoreboard &current() const { return m_current; }
    void show(const Scoreboard &scoreboard)
    {
        m_current = scoreboard;
        Q_EMIT changed();
    }

Q_SIGNALS:
    void changed();

private:
    Scoreboard m_current;
};

} // namespace dojo::venue
