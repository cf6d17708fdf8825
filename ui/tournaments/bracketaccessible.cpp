#include "tournaments/bracketaccessible.h"

#include "tournaments/bracketview.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QPointer>

#include <algorithm>
#include <map>

namespace dojo::ui {
namespace {

// One match's box: no object of its own, so it asks the view each time.
class MatchAccessible : public QAccessibleInterface
{
public:
    MatchAccessible(BracketView *view, int matchId)
        : m_view(view)
        , m_id(matchId)
    {
    }

    int matchId() const { return m_id; }

    bool isValid() const override { return m_view && !m_view->boxRect(m_id).isEmpty(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view->viewport()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        return m_view && t == QAccessible::Name ? m_view->matchName(m_id) : QString();
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!m_view)
            return {};
        const QRect box = m_view->boxRect(m_id);
        return QRect(m_view->viewport()->mapToGlobal(box.topLeft()), box.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.selectable = true;
        state.focusable = true;
        state.invalid = !isValid();
        const bool selected = m_view && m_view->selectedMatch() == m_id;
        state.selected = selected;
        state.focused = selected && m_view->hasFocus();
        return state;
    }

private:
    QPointer<BracketView> m_view;
    int m_id;
};

// The view's viewport: a list whose items are the matches.
class ViewportAccessible : public QAccessibleWidget
{
public:
    ViewportAccessible(QWidget *viewport, BracketView *view)
        : QAccessibleWidget(viewport, QAccessible::List)
        , m_view(view)
    {
    }

    ~ViewportAccessible() override
    {
        for (const auto &[match, id] : m_items)
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return m_view ? int(m_view->shownMatches().size()) : 0; }
    QAccessibleInterface *child(int index) const override
    {
        if (!m_view)
            return nullptr;
        const std::vector<int> shown = m_view->shownMatches();
        return index >= 0 && index < int(shown.size()) ? item(shown[size_t(index)]) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *found = dynamic_cast<const MatchAccessible *>(child);
        if (!found || !m_view)
            return -1;
        const std::vector<int> shown = m_view->shownMatches();
        const auto at = std::find(shown.begin(), shown.end(), found->matchId());
        return at == shown.end() ? -1 : int(at - shown.begin());
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        if (!m_view)
            return nullptr;
        const std::optional<int> under
            = m_view->matchAt(m_view->viewport()->mapFromGlobal(QPoint(x, y)));
        return under ? item(*under) : nullptr;
    }
    QString text(QAccessible::Text t) const override
    {
        if (!m_view)
            return {};
        if (t == QAccessible::Name)
            return m_view->accessibleName();
        if (t == QAccessible::Description)
            return m_view->accessibleDescription();
        return QAccessibleWidget::text(t);
    }

private:
    QAccessibleInterface *item(int matchId) const
    {
        if (const auto known = m_items.find(matchId); known != m_items.end())
            return QAccessible::accessibleInterface(known->second);
        auto *made = new MatchAccessible(m_view, matchId);
        m_items[matchId] = QAccessible::registerAccessibleInterface(made);
        return made;
    }

    QPointer<BracketView> m_view;
    mutable std::map<int, QAccessible::Id> m_items; // by match id, made when asked for
};

QAccessibleInterface *bracketFactory(const QString &, QObject *object)
{
    auto *viewport = qobject_cast<QWidget *>(object);
    if (!viewport || viewport->objectName() != QLatin1String(BracketView::kViewportName))
        return nullptr;
    if (auto *view = qobject_cast<BracketView *>(viewport->parentWidget()))
        return new ViewportAccessible(viewport, view);
    return nullptr;
}

} // namespace

void installBracketAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(bracketFactory);
        return true;
    }();
    static_cast<void>(installed);
}

} // namespace dojo::ui
