#include "tablescreen/cornercanvas.h"

#include "common/uitr.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dojo::ui {
namespace {

constexpr double kHandleRadius = 9.0; // screen pixels
constexpr double kPickRadius = 28.0;  // a press this close picks a handle
constexpr int kMagnifierSize = 180;   // screen pixels
constexpr double kMagnification = 6.0;

// The outline goes around the table: corners 0, 1, 3, 2 in TableCorners' order.
constexpr std::array<int, 4> kAround{0, 1, 3, 2};

} // namespace

CornerCanvas::CornerCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cornerCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CornerCanvas::setPicture(const QImage &picture)
{
    m_picture = picture;
    update();
}

void CornerCanvas::setCorners(const std::array<QPointF, 4> &corners)
{
    m_corners = corners;
    for (size_t i = 0; i < 4; ++i)
        moveCorner(int(i), corners[i]); // kept inside the picture
    update();
}

void CornerCanvas::selectCorner(int index)
{
    if (index < 0 || index > 3)
        return;
    m_selected = index;
    update();
    Q_EMIT selectionChanged();
}

QString CornerCanvas::cornerName(int index)
{
    switch (index) {
    case 0: return Tr::tr("head-left");
    case 1: return Tr::tr("foot-left");
    case 2: return Tr::tr("head-right");
    default: return Tr::tr("foot-right");
    }
}

QPointF CornerCanvas::handlePosition(int index) const
{
    return toWidget(m_corners[size_t(std::clamp(index, 0, 3))]);
}

QSize CornerCanvas::sizeHint() const
{
    return {960, 540};
}

QSize CornerCanvas::minimumSizeHint() const
{
    return {320, 180};
}

QRectF CornerCanvas::pictureArea() const
{
    if (m_picture.isNull())
        return QRectF(rect());
    const double scale
        = std::min(width() / double(m_picture.width()), height() / double(m_picture.height()));
    const QSizeF shown(m_picture.width() * scale, m_picture.height() * scale);
    return {QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown};
}

QPointF CornerCanvas::toPicture(QPointF widgetPoint) const
{
    const QRectF area = pictureArea();
    if (m_picture.isNull() || area.width() <= 0)
        return widgetPoint;
    const double scale = area.width() / m_picture.width();
    return (widgetPoint - area.topLeft()) / scale;
}

QPointF CornerCanvas::toWidget(QPointF picturePoint) const
{
    const QRectF area = pictureArea();
    if (m_picture.isNull() || m_picture.width() <= 0)
        return picturePoint;
    const double scale = area.width() / m_picture.width();
    return area.topLeft() + picturePoint * scale;
}

void CornerCanvas::moveCorner(int index, QPointF picturePoint)
{
    // A corner stays on the picture: the stored fractions are 0..1.
    const double right = m_picture.isNull() ? picturePoint.x() : m_picture.width();
    const double bottom = m_picture.isNull() ? picturePoint.y() : m_picture.height();
    m_corners[size_t(index)]
        = {std::clamp(picturePoint.x(), 0.0, right), std::clamp(picturePoint.y(), 0.0, bottom)};
}

void CornerCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    std::optional<int> nearest;
    double best = kPickRadius;
    for (int i = 0; i < 4; ++i) {
        const QPointF d = handlePosition(i) - event->position();
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= best) {
            best = distance;
            nearest = i;
        }
    }
    if (!nearest)
        return;
    if (m_selected != nearest)
        selectCorner(*nearest);
    m_dragging = true;
    m_grabOffset = m_corners[size_t(*nearest)] - toPicture(event->position());
    update();
}

void CornerCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !m_selected)
        return QWidget::mouseMoveEvent(event);
    moveCorner(*m_selected, toPicture(event->position()) + m_grabOffset);
    update();
    Q_EMIT cornersChanged();
}

void CornerCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    update();
}

void CornerCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_4) {
        selectCorner(event->key() - Qt::Key_1);
        return;
    }
    QPointF step;
    switch (event->key()) {
    case Qt::Key_Left: step = {-1, 0}; break;
    case Qt::Key_Right: step = {1, 0}; break;
    case Qt::Key_Up: step = {0, -1}; break;
    case Qt::Key_Down: step = {0, 1}; break;
    default: return QWidget::keyPressEvent(event);
    }
    if (!m_selected)
        return;
    if (event->modifiers() & Qt::ShiftModifier)
        step *= 10;
    moveCorner(*m_selected, m_corners[size_t(*m_selected)] + step);
    update();
    Q_EMIT cornersChanged();
}

void CornerCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 24));
    if (m_picture.isNull()) {
        painter.setPen(Qt::white);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         Tr::tr("No picture from the camera yet: the corners are placed on its "
                                "picture."));
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(pictureArea(), m_picture);
    painter.setRenderHint(QPainter::Antialiasing);

    QPolygonF outline;
    for (const int i : kAround)
        outline << handlePosition(i);
    painter.setPen(QPen(QColor(255, 220, 0), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(outline);

    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    for (int i = 0; i < 4; ++i) {
        const QPointF at = handlePosition(i);
        const bool selected = m_selected == i;
        painter.setPen(QPen(selected ? QColor(255, 80, 40) : QColor(255, 220, 0), 2));
        painter.setBrush(QColor(0, 0, 0, 60));
        painter.drawEllipse(at, kHandleRadius, kHandleRadius);
        painter.drawLine(at - QPointF(4, 0), at + QPointF(4, 0));
        painter.drawLine(at - QPointF(0, 4), at + QPointF(0, 4));
        const QString label = Tr::tr("%1 %2").arg(i + 1).arg(cornerName(i));
        // Outside the outline, away from its middle, so the label hides no rail.
        const double textWidth = painter.fontMetrics().horizontalAdvance(label);
        const bool leftOfMiddle = at.x() < outline.boundingRect().center().x();
        const bool aboveMiddle = at.y() < outline.boundingRect().center().y();
        QPointF textAt
            = at
              + QPointF(leftOfMiddle ? -kHandleRadius - 4 - textWidth : kHandleRadius + 4,
                        aboveMiddle ? -kHandleRadius - 4
                                    : kHandleRadius + painter.fontMetrics().ascent());
        textAt.setX(std::clamp(textAt.x(), 2.0, std::max(2.0, width() - textWidth - 2)));
        textAt.setY(std::clamp(textAt.y(), double(painter.fontMetrics().ascent() + 2),
                               double(height() - 4)));
        painter.setPen(Qt::black);
        painter.drawText(textAt + QPointF(1, 1), label);
        painter.setPen(selected ? QColor(255, 80, 40) : QColor(255, 220, 0));
        painter.drawText(textAt, label);
    }
    if (m_selected)
        paintMagnifier(painter, *m_selected);
}

void CornerCanvas::paintMagnifier(QPainter &painter, int index) const
{
    // Beside the handle toward the table's middle, where the eye already is, hiding no handle.
    const QPointF handle = handlePosition(index);
    QPointF middle;
    for (int i = 0; i < 4; ++i)
        middle += handlePosition(i) / 4;
    QPointF toward = middle - handle;
    const double length = std::hypot(toward.x(), toward.y());
    toward = length > 0 ? toward / length : QPointF(1, 1) / std::sqrt(2.0);
    QPointF centre = handle + toward * (kMagnifierSize * 0.85);
    centre.setX(
        std::clamp(centre.x(), kMagnifierSize / 2.0 + 4, width() - kMagnifierSize / 2.0 - 4));
    centre.setY(
        std::clamp(centre.y(), kMagnifierSize / 2.0 + 4, height() - kMagnifierSize / 2.0 - 4));
    const QRectF box(centre - QPointF(kMagnifierSize, kMagnifierSize) / 2,
                     QSizeF(kMagnifierSize, kMagnifierSize));
    const QPointF corner = m_corners[size_t(index)];
    const double halfSpan = kMagnifierSize / kMagnification / 2;
    const QRectF source(corner - QPointF(halfSpan, halfSpan), QSizeF(2 * halfSpan, 2 * halfSpan));

    painter.save();
    QPainterPath clip;
    clip.addRect(box);
    painter.setClipPath(clip);
    painter.fillRect(box, Qt::black);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // pixels seen as pixels
    painter.drawImage(box, m_picture, source);
    painter.setPen(QPen(QColor(255, 80, 40), 1));
    const QPointF mid = box.center();
    painter.drawLine(QPointF(box.left(), mid.y()), QPointF(box.right(), mid.y()));
    painter.drawLine(QPointF(mid.x(), box.top()), QPointF(mid.x(), box.bottom()));
    painter.restore();
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
}

} // namespace dojo::ui
