#include "review/replayview.h"

#include "common/uitr.h"
#include "review/replaycolours.h"

#include <core/ball.h>
#include <core/tablespec.h>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <map>

namespace dojo::ui {
namespace {

const QColor kBackground(0x1e, 0x1e, 0x1e);
const QColor kRails = ReplayColours::rails();
const QColor kPocketed = ReplayColours::pocketed();
const QColor kFirstContact = ReplayColours::firstContact();
const QColor kRailContact = ReplayColours::railContact();
const QColor kUnknown = ReplayColours::unknown();

QColor ballColour(int number)
{
    if (!isBallNumber(number))
        return kUnknown;
    if (number == kCueBall)
        return QColor(0xf7, 0xf4, 0xea);
    return QColor::fromRgb(ball(number).rgb);
}

// Text that reads on `fill`: black on light colours, white on dark ones.
QColor inkOn(const QColor &fill)
{
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QString ballTag(int number)
{
    return isBallNumber(number) ? QString::number(number) : QStringLiteral("?");
}

} // namespace

ReplayView::ReplayView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("replayView"));
    setAccessibleName(Tr::tr("Replay"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
}

void ReplayView::setShot(std::shared_ptr<const capture::ReplayShot> shot)
{
    m_shot = std::move(shot);
    m_marks = m_shot ? replayMarks(*m_shot) : ReplayMarks{};
    m_frame = 0;
    m_decoded = -1;
    m_picture = QImage();
    decode();
    fit();
    update();
}

int ReplayView::frameCount() const
{
    return m_shot ? int(m_shot->frames.size()) : 0;
}

void ReplayView::setFrame(int index)
{
    const int clamped = std::clamp(index, 0, std::max(0, frameCount() - 1));
    if (clamped == m_frame && m_decoded == clamped)
        return;
    m_frame = clamped;
    decode();
    update();
}

void ReplayView::decode()
{
    if (!m_shot || m_shot->frames.empty() || m_decoded == m_frame)
        return;
    m_picture = QImage::fromData(m_shot->frames[size_t(m_frame)].jpeg, "JPG");
    m_decoded = m_frame;
    if (!m_picture.isNull() && m_shot->pictureSize.isValid()
        && m_picture.size() != m_shot->pictureSize)
        m_picture = m_picture.scaled(m_shot->pictureSize, Qt::IgnoreAspectRatio,
                                     Qt::SmoothTransformation);
}

void ReplayView::fit()
{
    QSizeF picture = m_shot && m_shot->pictureSize.isValid() ? QSizeF(m_shot->pictureSize)
                                                             : QSizeF(m_picture.size());
    m_toView = QTransform();
    if (picture.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const double scale = std::min(width() / picture.width(), height() / picture.height());
    const QPointF offset((width() - picture.width() * scale) / 2,
                         (height() - picture.height() * scale) / 2);
    m_toView = QTransform::fromTranslate(offset.x(), offset.y()).scale(scale, scale);
}

QSize ReplayView::sizeHint() const
{
    return {960, 540};
}

QSize ReplayView::minimumSizeHint() const
{
    return {480, 270};
}

void ReplayView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

double ReplayView::ballRadius() const
{
    return kBallRadius * m_marks.pixelsPerMillimetre * m_toView.m11();
}

void ReplayView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    if (!m_shot || m_shot->frames.empty()) {
        painter.setPen(QColor(0xbd, 0xbd, 0xbd));
        painter.drawText(rect(), Qt::AlignCenter, Tr::tr("No shot to review."));
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!m_picture.isNull()) {
        painter.save();
        painter.setTransform(m_toView);
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(m_shot->pictureSize)), m_picture);
        painter.restore();
    } else {
        painter.setPen(QColor(0xbd, 0xbd, 0xbd));
        painter.drawText(rect(), Qt::AlignCenter, Tr::tr("This frame's picture cannot be read."));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    paintRails(painter);
    paintPockets(painter);
    paintTrails(painter);
    paintContacts(painter);
    paintBalls(painter);
}

void ReplayView::paintRails(QPainter &painter) const
{
    const auto &c = m_shot->corners;
    QPolygonF outline;
    for (const QPointF &corner : {c[0], c[1], c[3], c[2]})
        outline << toView(corner);
    painter.setPen(QPen(kRails, 1.5, Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(outline);
}

void ReplayView::paintPockets(QPainter &painter) const
{
    const TableSpec &spec = tableSpec(m_shot->table);
    const double scale = m_marks.pixelsPerMillimetre * m_toView.m11();
    std::map<PocketId, QStringList> dropped;
    for (const ReplayMarks::Drop &drop : m_marks.drops)
        if (m_frame >= drop.frame)
            dropped[drop.pocket] << ballTag(drop.ball);
    for (PocketId id : kAllPockets) {
        const QPointF centre = toView(m_shot->pockets[size_t(id)]);
        const double mouth = isCornerPocket(id) ? spec.cornerMouth : spec.sideMouth;
        const double radius = std::max(6.0, mouth / 2 * scale);
        const auto balls = dropped.find(id);
        if (balls == dropped.end()) {
            painter.setPen(QPen(QColor(255, 255, 255, 170), 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, radius, radius);
            continue;
        }
        painter.setPen(QPen(kPocketed, 3));
        painter.setBrush(QColor(kPocketed.red(), kPocketed.green(), kPocketed.blue(), 90));
        painter.drawEllipse(centre, radius, radius);
        paintTag(painter, centre, balls->second.join(QStringLiteral(" ")), kPocketed, Qt::black);
    }
}

void ReplayView::paintTrails(QPainter &painter) const
{
    const double span = std::max(1, m_frame);
    for (int number = 0; number < int(m_marks.trails.size()); ++number) {
        const auto &trail = m_marks.trails[size_t(number)];
        const QColor colour = ballColour(number);
        // A dark ball's path is edged in white, a light one's in black, to read on any cloth.
        const bool dark = inkOn(colour) == QColor(Qt::white);
        auto edge = [dark](double alpha) {
            return dark ? QColor(255, 255, 255, int(120 * alpha))
                        : QColor(0, 0, 0, int(120 * alpha));
        };
        std::optional<QPointF> previous;
        for (int i = 0; i <= m_frame && i < int(trail.size()); ++i) {
            const std::optional<QPointF> &at = trail[size_t(i)];
            if (!at)
                continue;
            if (previous && *previous != *at) {
                // Older stretches fade, so the newest reads strongest.
                const double alpha = 0.25 + 0.75 * (1.0 - (m_frame - i) / span);
                const QLineF line(toView(*previous), toView(*at));
                painter.setPen(QPen(edge(alpha), 6, Qt::SolidLine, Qt::RoundCap));
                painter.drawLine(line);
                QColor pen = colour;
                pen.setAlphaF(float(alpha));
                painter.setPen(QPen(pen, 3, Qt::SolidLine, Qt::RoundCap));
                painter.drawLine(line);
            }
            previous = at;
        }
    }
}

void ReplayView::paintContacts(QPainter &painter) const
{
    const double radius = std::max(8.0, ballRadius() * 1.8);
    painter.setBrush(Qt::NoBrush);
    for (const ReplayMarks::Contact &rail : m_marks.rails) {
        if (m_frame < rail.frame)
            continue;
        const QPointF at = toView(rail.pixel);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(kRailContact, 2.5));
        const double half = radius * 0.8;
        painter.drawRect(QRectF(at - QPointF(half, half), QSizeF(2 * half, 2 * half)));
        paintTag(painter, at + QPointF(0, half + 10), Tr::tr("Rail: %1").arg(ballTag(rail.ball)),
                 kRailContact, Qt::black);
    }
    if (m_marks.firstContact && m_frame >= m_marks.firstContact->frame) {
        const QPointF at = toView(m_marks.firstContact->pixel);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0, 0, 0, 140), 5.5));
        painter.drawEllipse(at, radius, radius);
        painter.setPen(QPen(kFirstContact, 3));
        painter.drawEllipse(at, radius, radius);
        paintTag(painter, at - QPointF(0, radius + 12), Tr::tr("First contact"), kFirstContact,
                 Qt::white);
    }
}

void ReplayView::paintBalls(QPainter &painter) const
{
    const double radius = std::max(4.0, ballRadius() + 2);
    for (const capture::ReplayBall &seen : m_shot->frames[size_t(m_frame)].balls) {
        const QPointF at = toView(seen.pixel);
        QPen ring(seen.hidden ? QColor(255, 255, 255) : QColor(255, 255, 255, 220), 1.8,
                  seen.hidden ? Qt::DashLine : Qt::SolidLine);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0, 0, 0, 160), 3.2, seen.hidden ? Qt::DashLine : Qt::SolidLine));
        painter.drawEllipse(at, radius, radius);
        painter.setPen(ring);
        painter.drawEllipse(at, radius, radius);
        const QColor fill = ballColour(seen.ball);
        // Up and to the right of the ball, so the ball itself stays in sight.
        paintTag(painter, at + QPointF(radius * 0.9 + 6, -radius * 0.9 - 6), ballTag(seen.ball),
                 fill, inkOn(fill));
    }
}

void ReplayView::paintTag(QPainter &painter, QPointF at, const QString &text, const QColor &fill,
                          const QColor &ink) const
{
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(13);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double w = std::max(metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
    const double h = metrics.height() + 2;
    const QRectF box(at.x() - w / 2, at.y() - h / 2, w, h);
    painter.setPen(QPen(QColor(0, 0, 0, 200), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, h / 2, h / 2);
    painter.setPen(ink);
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace dojo::ui
