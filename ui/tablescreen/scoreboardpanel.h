#pragma once

#include <venue/scoreboard.h>

#include <QPointer>
#include <QWidget>

#include <array>

class QFrame;
class QLabel;

namespace dojo::ui {

// The scoreboard of a table's match, as a person across the room reads it: the two players
// with their scores (the one at the table highlighted), the race, ball in hand, fouls in a
// row, 8-ball groups and the last ruling; "No match at this table." when there is none.
class ScoreboardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreboardPanel(QWidget *parent = nullptr);

    // Follows the table's scoreboard; null: no match is followed at this table.
    void setScoreboard(venue::TableScoreboard *scoreboard);
    // The same by hand.
    void showScoreboard(const venue::Scoreboard &scoreboard);
    const venue::Scoreboard &shown() const { return m_shown; }

private:
    struct PlayerRow
    {
        QFrame *frame = nullptr;
        QLabel *name = nullptr;
        QLabel *score = nullptr;
        QLabel *turn = nullptr;
        QLabel *group = nullptr;
        QLabel *fouls = nullptr;
    };
    PlayerRow makeRow(rules::Seat seat);
    void showRow(rules::Seat seat);

    QPointer<venue::TableScoreboard> m_scoreboard;
    venue::Scoreboard m_shown;
    QLabel *m_noMatch = nullptr;
    QWidget *m_match = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_shots = nullptr;
    std::array<PlayerRow, 2> m_rows{};
    QLabel *m_openTable = nullptr;
    QLabel *m_ballInHand = nullptr;
    QLabel *m_lastRulingCaption = nullptr;
    QLabel *m_lastRuling = nullptr;
    QLabel *m_waiting = nullptr; // shots waiting for a referee
};

} // namespace dojo::ui
