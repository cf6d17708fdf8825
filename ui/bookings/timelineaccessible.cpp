#include "bookings/timelineaccessible.h"

#include "bookings/bookingtimeline.h"
#include "common/paintedlistaccessible.h"

namespace dojo::ui {
namespace {

// The timeline's viewport: a list whose items are the booking blocks shown.
class TimelineAccessible : public PaintedListAccessible
{
public:
    TimelineAccessible(QWidget *viewport, BookingTimeline *timeline)
        : PaintedListAccessible(viewport, timeline)
        , m_timeline(timeline)
    {
    }

    std::vector<qint64> shownItems() const override { return m_timeline->shownBookings(); }
    std::optional<qint64> itemAt(const QPoint &inViewport) const override
    {
        return m_timeline->bookingAt(inViewport);
    }
    QRect itemRect(qint64 item) const override { return m_timeline->blockRect(item); }
    QString itemName(qint64 item) const override { return m_timeline->blockName(item); }
    std::optional<qint64> selectedItem() const override { return m_timeline->selectedBooking(); }

private:
    BookingTimeline *m_timeline; // asked only while view() is not null
};

QAccessibleInterface *timelineFactory(const QString &, QObject *object)
{
    auto *viewport = qobject_cast<QWidget *>(object);
    if (!viewport || viewport->objectName() != QLatin1String(BookingTimeline::kViewportName))
        return nullptr;
    for (QWidget *up = viewport->parentWidget(); up; up = up->parentWidget())
        if (auto *timeline = qobject_cast<BookingTimeline *>(up))
            return new TimelineAccessible(viewport, timeline);
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
