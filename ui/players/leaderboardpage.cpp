#include "players/leaderboardpage.h"

#include "common/uitr.h"
#include "players/playercharts.h"
#include "players/ratingtext.h"

#include <rules/game.h>
#include <venue/gamenames.h>
#include <venue/ratingsbook.h>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dojo::ui {

namespace {

enum Column { RankColumn, PlayerColumn, RatingColumn, RacksColumn, RobustnessColumn };

constexpr int kChartedPlayers = 20; // the chart's bars stay readable

} // namespace

LeaderboardPage::LeaderboardPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("leaderboardPage"));
    m_game = new QComboBox(this);
    m_game->setObjectName(QStringLiteral("leaderboardGame"));
    m_game->addItem(Tr::tr("All games"), QString());
    for (rules::Game game : {rules::Game::EightBall, rules::Game::NineBall, rules::Game::TenBall,
                             rules::Game::StraightPool})
        m_game->addItem(venue::gameName(rules::gameKey(game)), rules::gameKey(game));
    auto *gameLabel = new QLabel(Tr::tr("&Game:"), this);
    gameLabel->setBuddy(m_game);

    m_board = new QTreeWidget(this);
    m_board->setObjectName(QStringLiteral("leaderboard"));
    m_board->setRootIsDecorated(false);
    m_board->setUniformRowHeights(true);
    m_board->setAlternatingRowColors(true);
    m_board->setHeaderLabels({Tr::tr("Rank"), Tr::tr("Player"), Tr::tr("Rating"), Tr::tr("Racks"),
                              Tr::tr("Robustness")});
    m_board->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_board->header()->setSectionResizeMode(PlayerColumn, QHeaderView::Stretch);
    m_board->header()->setStretchLastSection(false);
    connect(m_board, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT playerActivated(item->data(PlayerColumn, Qt::UserRole).toLongLong());
    });
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("leaderboardNote"));
    m_note->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(gameLabel);
    top->addWidget(m_game);
    top->addStretch(1);
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("leaderboardChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(360, 300);
    m_chart->setFocusPolicy(Qt::NoFocus);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_board, 4);
    middle->addWidget(m_chart, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_note);
    connect(m_game, &QComboBox::currentIndexChanged, this, &LeaderboardPage::fill);
}

void LeaderboardPage::showRatings(const venue::RatingsBook &book,
                                  const std::vector<venue::Player> &players)
{
    m_book = &book;
    m_players = players;
    fill();
}

void LeaderboardPage::pickGame(const QString &key)
{
    m_game->setCurrentIndex(std::max(0, m_game->findData(key)));
}

void LeaderboardPage::fill()
{
    m_board->clear();
    if (!m_book)
        return;
    const QString game = m_game->currentData().toString();
    std::vector<RatedPlayer> charted;
    const Result<std::vector<venue::PlayerRating>> ratings = m_book->leaderboard(game);
    if (!ratings) {
        m_note->setText(Tr::tr("The leaderboard cannot be worked out: %1").arg(ratings.error()));
        return;
    }
    int rank = 0;
    for (const venue::PlayerRating &rating : *ratings) {
        const auto player = std::find_if(m_players.begin(), m_players.end(),
                                         [&](const auto &p) { return p.id == rating.playerId; });
        if (rating.racks == 0 || player == m_players.end())
            continue;
        auto *item = new QTreeWidgetItem(m_board);
        item->setText(RankColumn, QString::number(++rank));
        item->setText(PlayerColumn, player->name);
        item->setData(PlayerColumn, Qt::UserRole, player->id);
        item->setText(RatingColumn, ratingNumber(rating.rating));
        item->setText(RacksColumn, QString::number(rating.racks));
        item->setText(RobustnessColumn, robustnessText(rating.racks));
        for (int column : {RankColumn, RatingColumn, RacksColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (charted.size() < size_t(kChartedPlayers))
            charted.push_back({player->name, rating.rating, isProvisional(rating.racks)});
        if (isProvisional(rating.racks)) {
            for (int column : {RatingColumn, RobustnessColumn})
                item->setForeground(column, palette().brush(QPalette::PlaceholderText));
        }
    }
    if (rank == 0) {
        m_note->setText(
            game.isEmpty()
                ? Tr::tr("Nobody has played a rack yet.")
                : Tr::tr("Nobody has played a rack of %1 yet.").arg(venue::gameName(game)));
    } else {
        m_note->setText(Tr::tr("Ratings on the Fargo scale: 100 points more is 2:1 odds of "
                               "winning a rack. A rating from fewer than %1 racks is "
                               "provisional.")
                            .arg(kEstablishedRacks));
    }
    if (m_board->topLevelItemCount() > 0)
        m_board->setCurrentItem(m_board->topLevelItem(0));
    QChart *old = m_chart->chart();
    m_chart->setChart(leaderboardChart(
        game.isEmpty() ? Tr::tr("The best ratings over every game")
                       : Tr::tr("The best ratings at %1").arg(venue::gameName(game)),
        charted));
    delete old;
}

} // namespace dojo::ui
