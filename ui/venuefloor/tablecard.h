#pragma once

#include <venue/floor.h>

#include <QWidget>

namespace dojo::ui {

// One table on the venue floor: a small drawing of the table, its name, size, status and
// camera, as the front desk sees it across the room.
class TableCard : public QWidget
{
    Q_OBJECT

public:
    explicit TableCard(const venue::Table &table, QWidget *parent = nullptr);

    const venue::Table &table() const { return m_table; }
    void setTable(const venue::Table &table);

    bool isSelected() const { return m_selected; }
    void setSelected(bool selected);

    QSize sizeHint() const override;

Q_SIGNALS:
    void clicked(qint64 tableId);
    void activated(qint64 tableId);
    void contextMenuRequested(qint64 tableId, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void paintTable(QPainter &painter, const QRectF &area) const;
    void updateAccessibleText();

    venue::Table m_table;
    bool m_selected = false;
};

} // namespace dojo::ui
