#include "players/headtoheadpage.h"

#include "common/uitr.h"
#include "players/playercharts.h"
#include "players/playerfinder.h"
#include "players/ratingtext.h"

#include <venue/fargo.h>
#include <venue/ratingsbook.h>

#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace dojo::ui {

namespace {

QLabel *newLine(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

HeadToHeadPage::HeadToHeadPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("headToHeadPage"));
    m_playerA = new PlayerFinder(this);
    m_playerA->setObjectName(QStringLiteral("headToHeadA"));
    m_playerB = new PlayerFinder(this);
    m_playerB->setObjectName(QStringLiteral("headToHeadB"));
    for (PlayerFinder *finder : {m_playerA, m_playerB}) {
        finder->setCompact(true);
        finder->setPlaceholderText(Tr::tr("Find a player"));
        connect(finder, &PlayerFinder::currentPlayerChanged, this, &HeadToHeadPage::compare);
    }
    connect(m_playerA, &PlayerFinder::playerActivated, this,
            [this] { m_playerB->searchBox()->setFocus(); });
    connect(m_playerB, &PlayerFinder::playerActivated, this, [this] { m_raceA->setFocus(); });
    m_raceA = new QSpinBox(this);
    m_raceA->setObjectName(QStringLiteral("raceA"));
    m_raceB = new QSpinBox(this);
    m_raceB->setObjectName(QStringLiteral("raceB"));
    for (QSpinBox *race : {m_raceA, m_raceB}) {
        race->setRange(1, 99);
        race->setValue(7);
        connect(race, &QSpinBox::valueChanged, this, &HeadToHeadPage::compare);
    }

    auto *pick = new QGridLayout;
    auto *labelA = new QLabel(Tr::tr("&First player:"), this);
    labelA->setBuddy(m_playerA->searchBox());
    auto *labelB = new QLabel(Tr::tr("&Second player:"), this);
    labelB->setBuddy(m_playerB->searchBox());
    pick->addWidget(labelA, 0, 0);
    pick->addWidget(labelB, 0, 1);
    pick->addWidget(m_playerA, 1, 0);
    pick->addWidget(m_playerB, 1, 1);
    auto *raceA = new QFormLayout;
    raceA->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    raceA->addRow(Tr::tr("R&acks the first needs:"), m_raceA);
    auto *raceB = new QFormLayout;
    raceB->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    raceB->addRow(Tr::tr("Rac&ks the second needs:"), m_raceB);
    pick->addLayout(raceA, 2, 0);
    pick->addLayout(raceB, 2, 1);

    m_matches = newLine(this, QStringLiteral("headToHeadMatches"));
    m_racks = newLine(this, QStringLiteral("headToHeadRacks"));
    m_ratingsLine = newLine(this, QStringLiteral("headToHeadRatings"));
    m_rackOdds = newLine(this, QStringLiteral("headToHeadRackOdds"));
    m_raceOdds = newLine(this, QStringLiteral("headToHeadRaceOdds"));
    m_fairRace = newLine(this, QStringLiteral("headToHeadFairRace"));
    auto *box = new QGroupBox(Tr::tr("Against each other"), this);
    auto *form = new QFormLayout(box);
    form->addRow(Tr::tr("Matches:"), m_matches);
    form->addRow(Tr::tr("Racks:"), m_racks);
    form->addRow(Tr::tr("Ratings:"), m_ratingsLine);
    form->addRow(Tr::tr("A rack:"), m_rackOdds);
    form->addRow(Tr::tr("The race:"), m_raceOdds);
    form->addRow(Tr::tr("Handicap:"), m_fairRace);

    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("headToHeadChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(360, 240);
    m_chart->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(box);
    layout->addWidget(m_chart, 1);
    compare();
}

void HeadToHeadPage::showRatings(const venue::RatingsBook &book,
                                 const std::vector<venue::Player> &players,
                                 const std::map<qint64, venue::PlayerRating> &ratings)
{
    m_book = &book;
    m_players = players;
    m_ratings = ratings;
    m_playerA->setPlayers(players, ratings);
    m_playerB->setPlayers(players, ratings);
    compare();
}

QStringList HeadToHeadPage::lines() const
{
    QStringList lines;
    for (const QLabel *label :
         {m_matches, m_racks, m_ratingsLine, m_rackOdds, m_raceOdds, m_fairRace}) {
        if (!label->text().isEmpty())
            lines << label->text();
    }
    return lines;
}

void HeadToHeadPage::compare()
{
    const qint64 a = m_playerA->currentPlayerId();
    const qint64 b = m_playerB->currentPlayerId();
    const auto nameOf = [this](qint64 id) {
        const auto found = std::find_if(m_players.begin(), m_players.end(),
                                        [id](const venue::Player &p) { return p.id == id; });
        return found != m_players.end() ? found->name : QString();
    };
    const auto ratingOf = [this](qint64 id) {
        const auto found = m_ratings.find(id);
        return found != m_ratings.end() ? found->second : venue::PlayerRating{id};
    };
    if (!m_book || a == 0 || b == 0 || a == b) {
        for (QLabel *label : {m_racks, m_ratingsLine, m_rackOdds, m_raceOdds, m_fairRace})
            label->clear();
        m_matches->setText(a != 0 && a == b ? Tr::tr("Pick two different players.")
                                            : Tr::tr("Pick two players to compare."));
        QChart *old = m_chart->chart();
        m_chart->setChart(new QChart);
        delete old;
        return;
    }
    const QString nameA = nameOf(a);
    const QString nameB = nameOf(b);
    const venue::HeadToHead record = venue::headToHead(a, b, m_book->racks());
    const int drawn = record.matches - record.matchesWonA - record.matchesWonB;
    if (record.matches == 0)
        m_matches->setText(Tr::tr("%1 and %2 have not played each other yet.").arg(nameA, nameB));
    else if (drawn == 0)
        m_matches->setText(Tr::tr("%n matches: %1 won %2, %3 won %4.", nullptr, record.matches)
                               .arg(nameA)
                               .arg(record.matchesWonA)
                               .arg(nameB)
                               .arg(record.matchesWonB));
    else
        m_matches->setText(
            Tr::tr("%n matches: %1 won %2, %3 won %4, %5 drawn.", nullptr, record.matches)
                .arg(nameA)
                .arg(record.matchesWonA)
                .arg(nameB)
                .arg(record.matchesWonB)
                .arg(drawn));
    m_racks->setText(record.matches == 0 ? QString()
                                         : Tr::tr("%1 won %2 racks, %3 won %4.")
                                               .arg(nameA)
                                               .arg(record.racksA)
                                               .arg(nameB)
                                               .arg(record.racksB));
    const venue::PlayerRating ratingA = ratingOf(a);
    const venue::PlayerRating ratingB = ratingOf(b);
    m_ratingsLine->setText(Tr::tr("%1 %2; %3 %4.")
                               .arg(nameA, ratingText(ratingA.rating, ratingA.racks), nameB,
                                    ratingText(ratingB.rating, ratingB.racks)));
    const double rack = venue::rackChance(ratingA.rating, ratingB.rating);
    m_rackOdds->setText(Tr::tr("%1 wins a rack %2 of the time, %3 %4.")
                            .arg(nameA, percentText(rack), nameB, percentText(1.0 - rack)));
    const int needA = m_raceA->value();
    const int needB = m_raceB->value();
    const double race = venue::raceChance(rack, needA, needB);
    m_raceOdds->setText(Tr::tr("With %1 needing %2 and %3 needing %4, %1 wins the race %5 of "
                               "the time.")
                            .arg(nameA)
                            .arg(needA)
                            .arg(nameB)
                            .arg(needB)
                            .arg(percentText(race)));
    const venue::HandicappedRace fair
        = venue::handicappedRace(ratingA.rating, ratingB.rating, std::max(needA, needB));
    m_fairRace->setText(Tr::tr("The race nearest to even: %1 needs %2, %3 needs %4 (%1 wins %5 "
                               "of the time).")
                            .arg(nameA)
                            .arg(fair.racksA)
                            .arg(nameB)
                            .arg(fair.racksB)
                            .arg(percentText(fair.chanceA)));
    const Result<std::vector<venue::RatingAt>> historyA = m_book->history(a);
    const Result<std::vector<venue::RatingAt>> historyB = m_book->history(b);
    QChart *old = m_chart->chart();
    m_chart->setChart(twoRatingsChart(nameA, historyA ? *historyA : std::vector<venue::RatingAt>(),
                                      nameB,
                                      historyB ? *historyB : std::vector<venue::RatingAt>()));
    delete old;
}

} // namespace dojo::ui
