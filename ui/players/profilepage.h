#pragma once

#include <venue/floor.h>
#include <venue/playerhistory.h>
#include <venue/playerratings.h>
#include <venue/playerstatistics.h>

#include <QTimeZone>
#include <QWidget>

#include <array>
#include <optional>
#include <vector>

class QChartView;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace dojo::ui {

// What a player's profile shows, read by the players' window.
struct Profile
{
    venue::Player player;
    venue::PlayerRating rating; // over every game; the starter rating and no racks before any
    int rank = 0;               // among the players with racks, 1 the best; 0: none played
    int ranked = 0;             // how many players have racks
    std::optional<venue::PlayerHistory> history; // none: historyProblem says why
    QString historyProblem;
    std::vector<venue::RatingAt> ratingHistory;
    std::vector<venue::GameRecord> records;    // matches won by game
    std::vector<venue::PlayerFigures> figures; // the referee's figures by game and month
    QStringList figureProblems;                // matches left out of them, or why none
};

// One player's profile: name, nickname, contact, membership and starter rating (edited through
// the window), the rating with its racks and rank, the matches (by the referee and by hand) and
// table time, and the charts. It asks for every change with a signal.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Matches, TableTime, Charts };
    enum class Chart { RatingOverTime, WinRateByGame, BallsPerInning, BreakSuccess };

    explicit ProfilePage(QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void showProfile(const Profile &profile);
    void showNobody();
    const std::optional<Profile> &profile() const { return m_profile; }

    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *matches() const { return m_matches; }
    QTreeWidget *tableTime() const { return m_tableTime; }
    QChartView *chartView(Chart chart) const { return m_charts.at(size_t(chart)); }
    QWidget *chartsPage() const { return m_chartsPage; }
    // The match selected in the list of matches; none when nothing is.
    std::optional<venue::PlayerMatch> selectedMatch() const;

Q_SIGNALS:
    void editRequested();
    void mergeIntoRequested();
    void voidRequested(const venue::PlayerMatch &match);    // a result entered by hand
    void correctRequested(const venue::PlayerMatch &match); // the same

private:
    QWidget *makeChartsPage();
    void showMatches(const Profile &profile);
    void showTableTime(const Profile &profile);
    void showCharts(const Profile &profile);
    void updateMatchActions();

    QTimeZone m_zone = QTimeZone::utc();
    std::optional<Profile> m_profile;
    QLabel *m_name = nullptr;
    QLabel *m_rating = nullptr;
    QLabel *m_ratingNote = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_member = nullptr;
    QLabel *m_starter = nullptr;
    QLabel *m_figures = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_mergeInto = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_matches = nullptr;
    QTreeWidget *m_tableTime = nullptr;
    QLabel *m_matchesNote = nullptr;
    QLabel *m_tableTimeNote = nullptr;
    QWidget *m_chartsPage = nullptr;
    QAction *m_voidAction = nullptr;
    QAction *m_correctAction = nullptr;
    std::array<QChartView *, 4> m_charts{};
};

} // namespace dojo::ui
