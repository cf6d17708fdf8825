#include "tournaments/standingspanel.h"

#include "common/uitr.h"

#include <venue/billing.h>

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>
#include <numeric>

namespace dojo::ui {

namespace {

enum Column { kPlaceColumn, kPlayerColumn, kWonColumn, kLostColumn, kRacksColumn, kPayoutColumn };

} // namespace

StandingsPanel::StandingsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("standingsPanel"));
    m_purse = new QLabel(this);
    m_purse->setObjectName(QStringLiteral("purseLabel"));
    m_purse->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("standingsList"));
    m_list->setAccessibleName(Tr::tr("Standings"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({Tr::tr("Place"), Tr::tr("Player"), Tr::tr("Won"), Tr::tr("Lost"),
                             Tr::tr("Racks"), Tr::tr("Payout")});
    m_list->header()->setSectionResizeMode(kPlayerColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_purse);
    layout->addWidget(m_list, 1);
}

QString StandingsPanel::purseText() const
{
    return m_purse->text();
}

void StandingsPanel::showTournament(const venue::TournamentView &view,
                                    const QString &currencySymbol)
{
    m_list->clear();
    const venue::TournamentSettings &settings = view.tournament.settings;
    const auto money = [&currencySymbol](venue::Cents cents) {
        return venue::formatMoney(cents, currencySymbol);
    };
    if (view.draw.matches.empty()) {
        m_purse->setText(Tr::tr("Entry fee %1, added money %2: the purse is known when the draw "
                                "is made.")
                             .arg(money(settings.entryFee), money(settings.addedMoney)));
        return;
    }
    const venue::Cents purse = venue::purseOf(view);
    const int percent
        = std::accumulate(settings.payoutPercents.begin(), settings.payoutPercents.end(), 0);
    m_purse->setText(Tr::tr("Purse %1: %n entry fees of %2 and %3 added; %4 % of it paid out.",
                            nullptr, int(view.drawn.size()))
                         .arg(money(purse), money(settings.entryFee), money(settings.addedMoney))
                         .arg(percent));

    struct Record
    {
        int won = 0;
        int lost = 0;
        int racksFor = 0;
        int racksAgainst = 0;
    };
    std::map<int, Record> records;
    for (const venue::BracketMatch &match : view.draw.matches) {
        if (!match.played() || !match.entrantA || !match.entrantB)
            continue;
        Record &a = records[*match.entrantA];
        Record &b = records[*match.entrantB];
        (match.winner == match.entrantA ? a.won : a.lost) += 1;
        (match.winner == match.entrantB ? b.won : b.lost) += 1;
        a.racksFor += match.racksA;
        a.racksAgainst += match.racksB;
        b.racksFor += match.racksB;
        b.racksAgainst += match.racksA;
    }
    const std::vector<venue::Standing> standings = venue::bracketStandings(view.draw);
    const std::map<int, venue::Cents> payouts
        = venue::payoutsOf(standings, settings.payoutPercents, purse);
    for (const venue::Standing &standing : standings) {
        for (const int entrant : standing.entrants) {
            auto *item = new QTreeWidgetItem(m_list);
            const Record record = records[entrant];
            const auto paid = payouts.find(entrant);
            item->setText(kPlaceColumn, QString::number(standing.place));
            item->setText(kPlayerColumn,
                          Tr::tr("%1 (%2)").arg(view.entrantName(entrant)).arg(entrant + 1));
            item->setText(kWonColumn, QString::number(record.won));
            item->setText(kLostColumn, QString::number(record.lost));
            item->setText(kRacksColumn,
                          Tr::tr("%1–%2").arg(record.racksFor).arg(record.racksAgainst));
            item->setText(kPayoutColumn, paid == payouts.end() ? QString() : money(paid->second));
            for (int column : {kWonColumn, kLostColumn, kRacksColumn, kPayoutColumn})
                item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    for (int column : {kPlaceColumn, kWonColumn, kLostColumn, kRacksColumn, kPayoutColumn})
        m_list->resizeColumnToContents(column);
}

} // namespace dojo::ui
