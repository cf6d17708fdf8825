#pragma once

#include <venue/floor.h>

#include <QWidget>

#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace dojo::venue {
class RatingsBook;
}

namespace dojo::ui {

// The venue's leaderboard by game (all games, 8-ball, 9-ball, 10-ball, 14.1): each player with
// racks in it, best first, with their rank, rating, racks and whether the rating is
// established (ratingtext.h), and beside it the best of them as bars. Enter or a double-click
// opens the player's profile.
class LeaderboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit LeaderboardPage(QWidget *parent = nullptr);

    // Shows the book's ratings for the game picked; again on every call (the book was read).
    void showRatings(const venue::RatingsBook &book, const std::vector<venue::Player> &players);
    void pickGame(const QString &key); // empty: every game

    QComboBox *gamePicker() const { return m_game; }
    QTreeWidget *board() const { return m_board; }
    QChartView *chart() const { return m_chart; }

Q_SIGNALS:
    void playerActivated(qint64 playerId);

private:
    void fill();

    const venue::RatingsBook *m_book = nullptr;
    std::vector<venue::Player> m_players;
    QComboBox *m_game = nullptr;
    QTreeWidget *m_board = nullptr;
    QChartView *m_chart = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace dojo::ui
