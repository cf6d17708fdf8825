#pragma once

#include <venue/floor.h>
#include <venue/tournament.h>

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace dojo::ui {

// A tournament's sign-up: the venue's players to enter from (a search box over names and
// nicknames; Enter in it enters the one player found, or the one chosen below), and the
// entries with their state and entry fee, in seed order once drawn, else in the order seeded
// by hand or entered. It changes nothing itself: each button asks with a signal.
class EntriesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EntriesPanel(QWidget *parent = nullptr);

    // `handOrder`: entry ids best first, for a tournament seeded by hand before its draw.
    void showTournament(const venue::TournamentView &view, const std::vector<qint64> &handOrder,
                        const std::vector<venue::Player> &players);

    // The entry ids in the order listed.
    const std::vector<qint64> &shownOrder() const { return m_order; }
    std::optional<qint64> selectedEntry() const;
    void selectEntry(qint64 entryId);
    std::optional<qint64> chosenPlayer() const;
    QLineEdit *searchBox() const { return m_search; }
    QTreeWidget *entryList() const { return m_entries; }

Q_SIGNALS:
    void enterRequested(qint64 playerId);
    void stateRequested(qint64 entryId, venue::EntryState state);
    void paidRequested(qint64 entryId, bool paid);
    void moveRequested(qint64 entryId, bool up);
    void drawRequested();
    void reopenRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillPlayers();
    void updateButtons();
    void enterChosen();
    const venue::TournamentEntry *entry(qint64 entryId) const;

    venue::TournamentView m_view;
    std::vector<venue::Player> m_players;
    std::vector<qint64> m_order;

    QLineEdit *m_search = nullptr;
    QListWidget *m_choices = nullptr;
    QPushButton *m_enter = nullptr;
    QTreeWidget *m_entries = nullptr;
    QLabel *m_counts = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_entered = nullptr;
    QPushButton *m_noShow = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_paid = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_draw = nullptr;
    QPushButton *m_reopen = nullptr;
};

} // namespace dojo::ui
