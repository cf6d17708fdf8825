#include "bookings/timelinelegend.h"

#include "bookings/bookingstate.h"
#include "common/uitr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

#include <functional>
#include <utility>
#include <vector>

namespace dojo::ui {
namespace {

QPixmap swatch(qreal ratio, const std::function<void(QPainter &, const QRectF &)> &draw)
{
    const QSize size(22, 14);
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter, QRectF(0.5, 0.5, size.width() - 1, size.height() - 1));
    return pixmap;
}

QPixmap stateSwatch(qreal ratio, BookingState state)
{
    return swatch(ratio, [state](QPainter &p, const QRectF &box) {
        const BlockColours colours = blockColours(state);
        p.setPen(colours.outline);
        p.setBrush(colours.fill);
        p.drawRoundedRect(box, 3, 3);
    });
}

} // namespace

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineLegend"));
    const qreal ratio = devicePixelRatioF();
    const std::vector<std::pair<QPixmap, QString>> marks{
        {stateSwatch(ratio, BookingState::Booked), bookingStateName(BookingState::Booked)},
        {stateSwatch(ratio, BookingState::CheckedIn), bookingStateName(BookingState::CheckedIn)},
        {stateSwatch(ratio, BookingState::NoShow),
         Tr::tr("No-show: not checked in within the grace minutes, the table is free again")},
        {swatch(ratio,
                [](QPainter &p, const QRectF &box) {
                    p.setPen(QColor(0xa0, 0xa0, 0xa0));
                    p.setBrush(QBrush(QColor(0, 0, 0, 90), Qt::BDiagPattern));
                    p.drawRect(box);
                }),
         Tr::tr("Out of order")},
        {swatch(ratio,
                [](QPainter &p, const QRectF &box) {
                    p.setPen(QPen(QColor(0xd0, 0x34, 0x2c), 2));
                    p.drawLine(QPointF(box.center().x(), box.top()),
                               QPointF(box.center().x(), box.bottom()));
                }),
         Tr::tr("Now")},
    };
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(6);
    for (const auto &[pixmap, text] : marks) {
        auto *icon = new QLabel(this);
        icon->setPixmap(pixmap);
        layout->addWidget(icon);
        layout->addWidget(new QLabel(text, this));
        layout->addSpacing(12);
    }
    layout->addStretch(1);
}

} // namespace dojo::ui
