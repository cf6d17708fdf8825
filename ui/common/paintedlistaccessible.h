#pragma once

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QPointer>

#include <map>
#include <optional>
#include <vector>

namespace dojo::ui {

// A scroll area's viewport that paints its items (no widget each), as screen readers see it: a
// list whose items are named by their sentence, with their place on the screen and whether
// they are selected. A view's subclass says only what its items are; each is asked for while
// the view lives.
class PaintedListAccessible : public QAccessibleWidget
{
public:
    PaintedListAccessible(QWidget *viewport, QAbstractScrollArea *view);
    ~PaintedListAccessible() override;

    // The items shown, in the order a screen reader reads them.
    virtual std::vector<qint64> shownItems() const = 0;
    virtual std::optional<qint64> itemAt(const QPoint &inViewport) const = 0;
    // Empty when the item is not shown.
    virtual QRect itemRect(qint64 item) const = 0;
    virtual QString itemName(qint64 item) const = 0;
    virtual std::optional<qint64> selectedItem() const = 0;

    // The view, or null once it is gone.
    QAbstractScrollArea *view() const { return m_view; }
    // The item's place among those shown, or -1.
    int indexOfItem(qint64 item) const;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;

private:
    QAccessibleInterface *item(qint64 id) const;

    QPointer<QAbstractScrollArea> m_view;
    mutable std::map<qint64, QAccessible::Id> m_items; // by item id, made when asked for
};

// Tells screen readers the view's new description (what the selection is) and, while the view
// has the focus, that the selected item of its viewport's list has it.
void announceToScreenReaders(QAbstractScrollArea *view, const QString &description,
                             std::optional<qint64> selected);

} // namespace dojo::ui
