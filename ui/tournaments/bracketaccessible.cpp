#include "tournaments/bracketaccessible.h"

#include "common/paintedlistaccessible.h"
#include "tournaments/bracketview.h"

namespace dojo::ui {
namespace {

// The view's viewport: a list whose items are the matches.
class BracketAccessible : public PaintedListAccessible
{
public:
    BracketAccessible(QWidget *viewport, BracketView *view)
        : PaintedListAccessible(viewport, view)
        , m_bracket(view)
    {
    }

    std::vector<qint64> shownItems() const override
    {
        const std::vector<int> shown = m_bracket->shownMatches();
        return std::vector<qint64>(shown.begin(), shown.end());
    }
    std::optional<qint64> itemAt(const QPoint &inViewport) const override
    {
        return m_bracket->matchAt(inViewport);
    }
    QRect itemRect(qint64 item) const override { return m_bracket->boxRect(int(item)); }
    QString itemName(qint64 item) const override { return m_bracket->matchName(int(item)); }
    std::optional<qint64> selectedItem() const override { return m_bracket->selectedMatch(); }

private:
    BracketView *m_bracket; // asked only while view() is not null
};

QAccessibleInterface *bracketFactory(const QString &, QObject *object)
{
    auto *viewport = qobject_cast<QWidget *>(object);
    if (!viewport || viewport->objectName() != QLatin1String(BracketView::kViewportName))
        return nullptr;
    if (auto *view = qobject_cast<BracketView *>(viewport->parentWidget()))
        return new BracketAccessible(viewport, view);
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
