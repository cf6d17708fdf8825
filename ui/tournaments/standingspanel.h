#pragma once

#include <venue/tournament.h>

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace dojo::ui {

// A tournament's places so far and what each wins: the purse (entry fees of the players in the
// draw and the added money) shared by the payout table, money in the venue's currency.
class StandingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StandingsPanel(QWidget *parent = nullptr);

    // `currencySymbol`: "€", "$", or the venue's currency code.
    void showTournament(const venue::TournamentView &view, const QString &currencySymbol);

    QTreeWidget *standingsList() const { return m_list; }
    QString purseText() const;

private:
    QLabel *m_purse = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace dojo::ui
