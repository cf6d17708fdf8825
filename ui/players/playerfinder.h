#pragma once

#include <venue/floor.h>
#include <venue/playerratings.h>

#include <QWidget>

#include <map>
#include <vector>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace dojo::ui {

// A search box over the venue's players and what it finds, best first (venue/playersearch.h's
// findPlayers: name, nickname, contact), live as you type, each with their rating and racks.
// Keyboard first: Down moves from the box into the list, Up from the list's first row back to
// the box, Enter in either opens the player selected (the best found, selected as you type;
// with the box empty nobody is selected until picked).
class PlayerFinder : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerFinder(QWidget *parent = nullptr);

    // The players to search, with their ratings by id (a player without one shows no rating).
    void setPlayers(const std::vector<venue::Player> &players,
                    const std::map<qint64, venue::PlayerRating> &ratings);
    // A few rows only, for a dialog or a page with two of them.
    void setCompact(bool compact);
    void setPlaceholderText(const QString &text);

    qint64 currentPlayerId() const; // 0: none selected
    void selectPlayer(qint64 playerId);
    int foundCount() const;
    QLineEdit *searchBox() const { return m_search; }
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void currentPlayerChanged(qint64 playerId); // 0: none
    void playerActivated(qint64 playerId);      // Enter or a double-click

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Fills the list with what the box finds; typed (`bestFirst`), the best found is selected,
    // else the player selected stays when found.
    void find(bool bestFirst);

    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
    std::vector<venue::Player> m_players;
    std::map<qint64, venue::PlayerRating> m_ratings;
    qint64 m_current = 0;
};

} // namespace dojo::ui
