#pragma once

#include "venuefloor/tablecard.h"

#include <venue/floor.h>
#include <venue/tournamenttables.h>

#include <QScrollArea>

#include <map>
#include <optional>
#include <vector>

class QGridLayout;
class QLabel;

namespace dojo::ui {

class TableCard;

// The venue floor: every table of the venue as a card, flowing into as many columns as the
// window is wide. Arrow keys move between tables; the menu acts on the selected one.
class VenueFloorView : public QScrollArea
{
    Q_OBJECT

public:
    explicit VenueFloorView(QWidget *parent = nullptr);

    void setTables(const std::vector<venue::Table> &tables);
    // One table changed: only its card is redrawn.
    void updateTable(const venue::Table &table);
    const std::vector<TableCard *> &cards() const { return m_cards; }
    // The tournament matches given tables: each shown on its table's card (kept for cards made
    // later); a table given two (two tournaments at once) shows the first.
    void setTournamentMatches(std::vector<venue::TableTournamentMatch> matches);
    // Each table's health mark, by table id (kept for cards made later); a table not in it has
    // none.
    void setHealthMarks(std::map<qint64, TableHealthMark> marks);

    // The hall plan: every table where it stands in the hall (venue::Table::place), a table
    // never placed where the grid would put it; off: the grid, by position.
    bool isHallPlanShown() const { return m_hallPlan; }
    void setHallPlanShown(bool shown);
    // Lay Out Tables, on the hall plan: a card is dragged to where its table stands, moved by
    // the arrow keys (Shift: further) and turned a quarter with R. Each drag or key press is
    // one tablePlaced; the card stays where it was put until the table changes.
    bool isLayingOut() const { return m_layingOut; }
    void setLayingOut(bool layingOut);
    // Where the table's card stands on the hall plan now, in the hall's mm.
    std::optional<venue::FloorPlace> shownPlace(qint64 tableId) const;
    static constexpr double kPixelsPerMetre = 100.0;

    qint64 selectedTableId() const { return m_selectedId; }
    std::optional<venue::Table> selectedTable() const;
    void selectTable(qint64 tableId);

Q_SIGNALS:
    void selectionChanged(qint64 tableId);
    void tableActivated(qint64 tableId);
    void contextMenuRequested(qint64 tableId, const QPoint &globalPos);
    // Laying out: the table was put there by a drag, an arrow key or R.
    void tablePlaced(qint64 tableId, const venue::FloorPlace &place);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void relayout();
    void showTournamentMatch(TableCard *card) const;
    void showHealthMark(TableCard *card) const;
    int columnCount() const;
    int selectedIndex() const;
    void placeCards();
    QRect gridSpot(int index) const; // where the grid puts the index-th card
    venue::FloorPlace placeOfCard(const TableCard *card) const;
    void nudgeSelected(double dxMetres, double dyMetres, double turnDegrees);
    bool followDrag(TableCard *card, QEvent *event);

    QWidget *m_floor = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_emptyNote = nullptr;
    std::vector<TableCard *> m_cards;
    std::vector<venue::TableTournamentMatch> m_tournamentMatches;
    std::map<qint64, TableHealthMark> m_healthMarks;
    qint64 m_selectedId = 0;
    int m_columns = 0;
    bool m_hallPlan = false;
    bool m_layingOut = false;
    TableCard *m_dragged = nullptr; // pressed while laying out
    QPoint m_pressedAt;             // on the floor
    QPoint m_cardWasAt;
    bool m_dragging = false; // moved beyond the drag distance
};

} // namespace dojo::ui
