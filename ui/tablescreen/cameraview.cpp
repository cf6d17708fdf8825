#include "tablescreen/cameraview.h"

#include "common/uitr.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRegion>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace dojo::ui {
namespace {

constexpr double kZoomStep = 1.25;
constexpr double kMostZoom = 8.0; // screen pixels per camera pixel
// Below this scale a smooth draw costs three times a plain one (1080p fitted into 1100 px:
// 1.2 against 0.35 ms) for little the eye sees at 60 frames a second: nearest pixels instead.
constexpr double kSmoothFrom = 0.75;

const QColor kBackground(0x16, 0x18, 0x1b);

} // namespace

using capture::SourceState;

CameraView::CameraView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraView"));
    setAccessibleName(Tr::tr("Camera picture"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted: Qt need not clear first
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    setAccessibleDescription(noteText());
}

void CameraView::setCamera(capture::TableCamera *camera)
{
    if (m_camera == camera)
        return;
    if (m_camera)
        disconnect(m_camera, nullptr, this, nullptr);
    m_camera = camera;
    m_hasHealth = false;
    if (camera) {
        connect(camera, &capture::TableCamera::latestChanged, this, &CameraView::showLatest);
        connect(camera, &capture::TableCamera::healthChanged, this, &CameraView::showCameraHealth);
        setImage(camera->latest().image);
        showCameraHealth();
    } else {
        m_countdown.stop();
        setImage({});
        setAccessibleDescription(noteText());
    }
}

void CameraView::showLatest()
{
    if (m_camera)
        setImage(m_camera->latest().image);
}

void CameraView::showCameraHealth()
{
    if (m_camera)
        setHealth(m_camera->health());
}

void CameraView::setImage(const QImage &image)
{
    const bool resized = image.size() != m_image.size();
    m_image = image;
    if (resized) {
        keepInside();
        Q_EMIT scaleChanged();
    }
    update();
}

void CameraView::setHealth(const capture::SourceHealth &health)
{
    const bool noteChanged
        = !m_hasHealth || health.state != m_health.state || health.problem != m_health.problem
          || health.retries != m_health.retries || health.nextRetryIn != m_health.nextRetryIn;
    m_hasHealth = true;
    m_health = health;
    m_healthAge.start();
    if (health.state == SourceState::Failed) {
        if (!m_countdown.isActive())
            m_countdown.start();
    } else {
        m_countdown.stop();
    }
    if (noteChanged) {
        setAccessibleDescription(noteText());
        update();
    }
}

CameraView::Note CameraView::note() const
{
    if (!m_camera && !m_hasHealth) {
        if (m_image.isNull())
            return {Tr::tr("No camera is set up for this table."), {}};
        return {};
    }
    const QLocale locale;
    switch (m_health.state) {
    case SourceState::Running:
        if (m_image.isNull())
            return {Tr::tr("Waiting for the camera's first picture…"), {}};
        return {};
    case SourceState::Starting: return {Tr::tr("Connecting to the camera…"), {}};
    case SourceState::Stopped: return {Tr::tr("The camera is switched off."), {}};
    case SourceState::Finished: return {Tr::tr("The video has come to its end."), {}};
    case SourceState::Failed: break;
    }
    Note failed{Tr::tr("The camera is not working."), {}};
    if (!m_health.problem.isEmpty())
        failed.details << m_health.problem;
    const double waited = m_healthAge.isValid() ? m_healthAge.elapsed() / 1000.0 : 0.0;
    const int seconds = int(std::ceil(m_health.nextRetryIn - waited));
    failed.details << (seconds > 0 ? Tr::tr("Trying again in %1 s.").arg(locale.toString(seconds))
                                   : Tr::tr("Trying again now."));
    if (m_health.retries > 0)
        failed.details << Tr::tr("Attempts since the last picture: %1.")
                              .arg(locale.toString(m_health.retries));
    return failed;
}

QString CameraView::noteText() const
{
    const Note shown = note();
    if (shown.title.isEmpty())
        return {};
    QStringList lines{shown.title};
    lines << shown.details;
    return lines.join(QLatin1Char('\n'));
}

QSize CameraView::sizeHint() const
{
    return {960, 540};
}

QSize CameraView::minimumSizeHint() const
{
    return {320, 180};
}

double CameraView::fitScale() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return 1.0;
    return std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
}

double CameraView::scale() const
{
    return m_fit ? fitScale() : m_scale;
}

QPointF CameraView::pictureCentre() const
{
    return m_fit ? QPointF(m_image.width() / 2.0, m_image.height() / 2.0) : m_centre;
}

QPointF CameraView::viewCentre() const
{
    return QPointF(width() / 2.0, height() / 2.0);
}

void CameraView::zoomIn()
{
    zoomAt(kZoomStep, viewCentre());
}

void CameraView::zoomOut()
{
    zoomAt(1.0 / kZoomStep, viewCentre());
}

void CameraView::fit()
{
    if (m_fit)
        return;
    m_fit = true;
    updateCursor();
    update();
    Q_EMIT scaleChanged();
}

void CameraView::zoomAt(double factor, QPointF anchor)
{
    if (m_image.isNull())
        return;
    const double from = scale();
    const QPointF centre = pictureCentre();
    const double to = std::min(from * factor, std::max(kMostZoom, fitScale()));
    if (to <= fitScale() * 1.0001) {
        fit();
        return;
    }
    // The camera pixel under the anchor stays under it.
    const QPointF offset = anchor - viewCentre();
    const QPointF underAnchor = centre + offset / from;
    m_centre = underAnchor - offset / to;
    m_scale = to;
    m_fit = false;
    keepInside();
    updateCursor();
    update();
    Q_EMIT scaleChanged();
}

void CameraView::panBy(QPointF viewDelta)
{
    if (m_fit)
        return;
    m_centre -= viewDelta / m_scale;
    keepInside();
    update();
}

void CameraView::keepInside()
{
    if (m_fit || m_image.isNull())
        return;
    // Along each axis: centred when the picture is narrower than the view, else no empty edge.
    auto clampAxis = [](double centre, double imageSize, double viewSize) {
        if (imageSize <= viewSize)
            return imageSize / 2;
        return std::clamp(centre, viewSize / 2, imageSize - viewSize / 2);
    };
    m_centre.setX(clampAxis(m_centre.x(), m_image.width(), width() / m_scale));
    m_centre.setY(clampAxis(m_centre.y(), m_image.height(), height() / m_scale));
}

void CameraView::updateCursor()
{
    if (m_fit)
        unsetCursor();
    else
        setCursor(m_dragging ? Qt::ClosedHandCursor : Qt::OpenHandCursor);
}

void CameraView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Note shown = note();
    if (m_image.isNull()) {
        painter.fillRect(rect(), kBackground);
    } else {
        const double s = scale();
        const QPointF topLeft = viewCentre() - pictureCentre() * s;
        const QRectF target(topLeft, QSizeF(m_image.width() * s, m_image.height() * s));
        // Only the part on screen is drawn, straight from the camera's picture.
        const QRectF visible = target.intersected(QRectF(rect()));
        const QRectF source((visible.topLeft() - topLeft) / s, visible.size() / s);
        // The bars around the picture, and the rows it covers only in part.
        const QRect covered(
            QPoint(int(std::ceil(visible.left())), int(std::ceil(visible.top()))),
            QPoint(int(std::floor(visible.right())) - 1, int(std::floor(visible.bottom())) - 1));
        for (const QRect &bar : QRegion(rect()).subtracted(QRegion(covered)))
            painter.fillRect(bar, kBackground);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, s >= kSmoothFrom);
        painter.drawImage(visible, m_image, source);
        if (!shown.title.isEmpty())
            painter.fillRect(visible, QColor(0, 0, 0, 150));
    }
    if (!shown.title.isEmpty())
        paintNote(painter, shown);
}

void CameraView::paintNote(QPainter &painter, const Note &shown) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.6);
    titleFont.setBold(true);
    QFont detailFont = font();
    detailFont.setPointSizeF(font().pointSizeF() * 1.15);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF detailMetrics(detailFont);

    const double maxWidth = std::max(200.0, width() * 0.8);
    const int flags = Qt::AlignHCenter | Qt::TextWordWrap;
    QRectF titleRect = titleMetrics.boundingRect(QRectF(0, 0, maxWidth, 10000), flags, shown.title);
    std::vector<QRectF> detailRects;
    double textWidth = titleRect.width();
    double textHeight = titleRect.height();
    for (const QString &detail : shown.details) {
        detailRects.push_back(
            detailMetrics.boundingRect(QRectF(0, 0, maxWidth, 10000), flags, detail));
        textWidth = std::max(textWidth, detailRects.back().width());
        textHeight += detailRects.back().height() + 6;
    }
    const double pad = 24;
    const bool failed = m_hasHealth && m_health.state == SourceState::Failed;
    QRectF box(0, 0, textWidth + 2 * pad, textHeight + 2 * pad);
    box.moveCenter(QRectF(rect()).center());
    painter.setPen(failed ? QPen(QColor(0xe5, 0x39, 0x35), 2) : Qt::NoPen);
    painter.setBrush(QColor(0x20, 0x22, 0x26, 235));
    painter.drawRoundedRect(box, 12, 12);

    double y = box.top() + pad;
    painter.setPen(failed ? QColor(0xff, 0x8a, 0x80) : QColor(Qt::white));
    painter.setFont(titleFont);
    painter.drawText(QRectF(box.left() + pad, y, textWidth, titleRect.height()), flags,
                     shown.title);
    y += titleRect.height();
    painter.setPen(QColor(0xe0, 0xe0, 0xe0));
    painter.setFont(detailFont);
    for (size_t i = 0; i < detailRects.size(); ++i) {
        y += 6;
        painter.drawText(QRectF(box.left() + pad, y, textWidth, detailRects[i].height()), flags,
                         shown.details.at(qsizetype(i)));
        y += detailRects[i].height();
    }
}

void CameraView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    keepInside();
    if (m_fit)
        Q_EMIT scaleChanged();
}

void CameraView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomAt(std::pow(kZoomStep, steps), event->position());
    event->accept();
}

void CameraView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_fit) {
        m_dragging = true;
        m_dragFrom = event->position();
        updateCursor();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void CameraView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    panBy(event->position() - m_dragFrom);
    m_dragFrom = event->position();
}

void CameraView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        updateCursor();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void CameraView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT fullScreenRequested();
}

void CameraView::keyPressEvent(QKeyEvent *event)
{
    const double step = 0.1;
    switch (event->key()) {
    case Qt::Key_Left: panBy({width() * step, 0}); break;
    case Qt::Key_Right: panBy({-width() * step, 0}); break;
    case Qt::Key_Up: panBy({0, height() * step}); break;
    case Qt::Key_Down: panBy({0, -height() * step}); break;
    default: QWidget::keyPressEvent(event); return;
    }
}

} // namespace dojo::ui
