#include "bookings/timelineaccessible.h"

#include "bookings/bookingtimeline.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QPointer>

#include <algorithm>
#include <map>

namespace dojo::ui {
namespace {

// One booking's block: no object of its own, so it asks the timeline each time.
class BlockAccessible : public QAccessibleInterface
{
public:
    BlockAccessible(BookingTimeline *timeline, qint64 bookingId)
        : m_timeline(timeline)
        , m_id(bookingId)
    {
    }

    qint64 bookingId() const { return m_id; }

    bool isValid() const override { return m_timeline && !m_timeline->blockRect(m_id).isEmpty(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_timeline ? m_timeline->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_timeline ? QAccessible::queryAccessibleInterface(m_timeline->viewport()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        return m_timeline && t == QAccessible::Name ? m_timeline->blockName(m_id) : QString();
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!m_timeline)
            return {};
        const QRect block = m_timeline->blockRect(m_id);
        return QRect(m_timeline->viewport()->mapToGlobal(block.topLeft()), block.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.selectable = true;
        state.focusable = true;
        state.invalid = !isValid();
        const bool selected = m_timeline && m_timeline->selectedBooking() == m_id;
        state.selected = selected;
        state.focused = selected && m_timeline->hasFocus();
        return state;
    }

private:
    QPointer<BookingTimeline> m_timeline;
    qint64 m_id;
};

// The timeline's viewport: a list whose items are the blocks shown.
class ViewportAccessible : public QAccessibleWidget
{
public:
    ViewportAccessible(QWidget *viewport, BookingTimeline *timeline)
        : QAccessibleWidget(viewport, QAccessible::List)
        , m_timeline(timeline)
    {
    }

    ~ViewportAccessible() override
    {
        for (const auto &[booking, id] : m_blocks)
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override
    {
        return m_timeline ? int(m_timeline->shownBookings().size()) : 0;
    }
    QAccessibleInterface *child(int index) const override
    {
        if (!m_timeline)
            return nullptr;
        const std::vector<qint64> shown = m_timeline->shownBookings();
        return index >= 0 && index < int(shown.size()) ? block(shown[size_t(index)]) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *found = dynamic_cast<const BlockAccessible *>(child);
        if (!found || !m_timeline)
            return -1;
        const std::vector<qint64> shown = m_timeline->shownBookings();
        const auto at = std::find(shown.begin(), shown.end(), found->bookingId());
        return at == shown.end() ? -1 : int(at - shown.begin());
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        if (!m_timeline)
            return nullptr;
        const std::optional<qint64> under
            = m_timeline->bookingAt(m_timeline->viewport()->mapFromGlobal(QPoint(x, y)));
        return under ? block(*under) : nullptr;
    }
    QString text(QAccessible::Text t) const override
    {
        if (!m_timeline)
            return {};
        if (t == QAccessible::Name)
            return m_timeline->accessibleName();
        if (t == QAccessible::Description)
            return m_timeline->accessibleDescription();
        return QAccessibleWidget::text(t);
    }

private:
    QAccessibleInterface *block(qint64 bookingId) const
    {
        if (const auto known = m_blocks.find(bookingId); known != m_blocks.end())
            return QAccessible::accessibleInterface(known->second);
        auto *made = new BlockAccessible(m_timeline, bookingId);
        m_blocks[bookingId] = QAccessible::registerAccessibleInterface(made);
        return made;
    }

    QPointer<BookingTimeline> m_timeline;
    mutable std::map<qint64, QAccessible::Id> m_blocks; // by booking id, made when asked for
};

QAccessibleInterface *timelineFactory(const QString &, QObject *object)
{
    auto *viewport = qobject_cast<QWidget *>(object);
    if (!viewport || viewport->objectName() != QLatin1String(BookingTimeline::kViewportName))
        return nullptr;
    for (QWidget *up = viewport->parentWidget(); up; up = up->parentWidget())
        if (auto *timeline = qobject_cast<BookingTimeline *>(up))
            return new ViewportAccessible(viewport, timeline);
    return nullptr;
}

} // namespace

void installTimelineAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    static_cast<void>(installed);
}

} // namespace dojo::ui
