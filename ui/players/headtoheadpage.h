#pragma once

#include <venue/floor.h>
#include <venue/playerratings.h>

#include <QWidget>

#include <map>
#include <vector>

class QChartView;
class QLabel;
class QSpinBox;

namespace dojo::venue {
class RatingsBook;
}

namespace dojo::ui {

class PlayerFinder;

// Two players found by search, side by side: their matches against each other (won, racks),
// their ratings, and the Fargo odds (venue/fargo.h) of a rack and of the race picked, with the
// handicapped race nearest to even for the longer of the two; and their ratings month by month.
class HeadToHeadPage : public QWidget
{
    Q_OBJECT

public:
    explicit HeadToHeadPage(QWidget *parent = nullptr);

    void showRatings(const venue::RatingsBook &book, const std::vector<venue::Player> &players,
                     const std::map<qint64, venue::PlayerRating> &ratings);

    PlayerFinder *playerA() const { return m_playerA; }
    PlayerFinder *playerB() const { return m_playerB; }
    QSpinBox *raceA() const { return m_raceA; }
    QSpinBox *raceB() const { return m_raceB; }
    // The sentences shown, top to bottom; empty until two players are picked.
    QStringList lines() const;

private:
    void compare();

    const venue::RatingsBook *m_book = nullptr;
    std::vector<venue::Player> m_players;
    std::map<qint64, venue::PlayerRating> m_ratings;
    PlayerFinder *m_playerA = nullptr;
    PlayerFinder *m_playerB = nullptr;
    QSpinBox *m_raceA = nullptr;
    QSpinBox *m_raceB = nullptr;
    QLabel *m_matches = nullptr;
    QLabel *m_racks = nullptr;
    QLabel *m_ratingsLine = nullptr;
    QLabel *m_rackOdds = nullptr;
    QLabel *m_raceOdds = nullptr;
    QLabel *m_fairRace = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace dojo::ui
