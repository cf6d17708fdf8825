#include "common/paintedlistaccessible.h"

#include <QAccessibleEvent>

#include <algorithm>

namespace dojo::ui {
namespace {

// One painted item: no object of its own, so it asks its list each time.
class PaintedItemAccessible : public QAccessibleInterface
{
public:
    PaintedItemAccessible(const PaintedListAccessible *list, qint64 id)
        : m_list(list)
        , m_id(id)
    {
    }

    qint64 id() const { return m_id; }

    bool isValid() const override { return view() && !m_list->itemRect(m_id).isEmpty(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return view() ? view()->window()->windowHandle() : nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return view() ? QAccessible::queryAccessibleInterface(view()->viewport()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        return view() && t == QAccessible::Name ? m_list->itemName(m_id) : QString();
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!view())
            return {};
        const QRect box = m_list->itemRect(m_id);
        return QRect(view()->viewport()->mapToGlobal(box.topLeft()), box.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.selectable = true;
        state.focusable = true;
        state.invalid = !isValid();
        const bool selected = view() && m_list->selectedItem() == m_id;
        state.selected = selected;
        state.focused = selected && view()->hasFocus();
        return state;
    }

private:
    QAbstractScrollArea *view() const { return m_list->view(); }

    const PaintedListAccessible *m_list; // owns this item: deletes it first
    qint64 m_id;
};

} // namespace

PaintedListAccessible::PaintedListAccessible(QWidget *viewport, QAbstractScrollArea *view)
    : QAccessibleWidget(viewport, QAccessible::List)
    , m_view(view)
{
}

PaintedListAccessible::~PaintedListAccessible()
{
    for (const auto &[itemId, id] : m_items)
        QAccessible::deleteAccessibleInterface(id);
}

int PaintedListAccessible::indexOfItem(qint64 item) const
{
    if (!m_view)
        return -1;
    const std::vector<qint64> shown = shownItems();
    const auto at = std::find(shown.begin(), shown.end(), item);
    return at == shown.end() ? -1 : int(at - shown.begin());
}

int PaintedListAccessible::childCount() const
{
    return m_view ? int(shownItems().size()) : 0;
}

QAccessibleInterface *PaintedListAccessible::child(int index) const
{
    if (!m_view)
        return nullptr;
    const std::vector<qint64> shown = shownItems();
    return index >= 0 && index < int(shown.size()) ? item(shown[size_t(index)]) : nullptr;
}

int PaintedListAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *found = dynamic_cast<const PaintedItemAccessible *>(child);
    return found ? indexOfItem(found->id()) : -1;
}

QAccessibleInterface *PaintedListAccessible::childAt(int x, int y) const
{
    if (!m_view)
        return nullptr;
    const std::optional<qint64> under = itemAt(m_view->viewport()->mapFromGlobal(QPoint(x, y)));
    return under ? item(*under) : nullptr;
}

QString PaintedListAccessible::text(QAccessible::Text t) const
{
    if (!m_view)
        return {};
    if (t == QAccessible::Name)
        return m_view->accessibleName();
    if (t == QAccessible::Description)
        return m_view->accessibleDescription();
    return QAccessibleWidget::text(t);
}

QAccessibleInterface *PaintedListAccessible::item(qint64 id) const
{
    if (const auto known = m_items.find(id); known != m_items.end())
        return QAccessible::accessibleInterface(known->second);
    auto *made = new PaintedItemAccessible(this, id);
    m_items[id] = QAccessible::registerAccessibleInterface(made);
    return made;
}

void announceToScreenReaders(QAbstractScrollArea *view, const QString &description,
                             std::optional<qint64> selected)
{
    if (description == view->accessibleDescription())
        return;
    view->setAccessibleDescription(description);
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent changed(view, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    if (!selected || !view->hasFocus())
        return;
    // The selected item has the focus, as an item of the viewport's list.
    const auto *list = dynamic_cast<const PaintedListAccessible *>(
        QAccessible::queryAccessibleInterface(view->viewport()));
    const int at = list ? list->indexOfItem(*selected) : -1;
    if (at < 0)
        return;
    QAccessibleEvent focus(view->viewport(), QAccessible::Focus);
    focus.setChild(at);
    QAccessible::updateAccessibility(&focus);
}

} // namespace dojo::ui
