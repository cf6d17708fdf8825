#pragma once

#include <venue/floor.h>

#include <QScrollArea>

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

    qint64 selectedTableId() const { return m_selectedId; }
    std::optional<venue::Table> selectedTable() const;
    void selectTable(qint64 tableId);

Q_SIGNALS:
    void selectionChanged(qint64 tableId);
    void tableActivated(qint64 tableId);
    void contextMenuRequested(qint64 tableId, const QPoint &globalPos);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void relayout();
    int columnCount() const;
    int selectedIndex() const;

    QWidget *m_floor = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_emptyNote = nullptr;
    std::vector<TableCard *> m_cards;
    qint64 m_selectedId = 0;
    int m_columns = 0;
};

} // namespace dojo::ui
