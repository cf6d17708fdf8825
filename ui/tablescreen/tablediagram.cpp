#include "tablescreen/tablediagram.h"

#include "common/uitr.h"

#include <capture/tablecamera.h>
#include <capture/tabletracking.h>
#include <core/ball.h>

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dojo::ui {
namespace {

// From the cushion nose outward, in mm: the cushion's rubber seen from above, then the rail.
constexpr double kCushion = 45.0;
constexpr double kRail = 120.0;
constexpr double kMargin = 4.0; // pixels around the drawing
// Under the table, the balls still on it in order, large enough to read their numbers.
constexpr double kStripBall = 11.0; // radius, pixels
constexpr int kStripHeight = 34;

const QColor kCloth(0x1f, 0x7a, 0x52);
const QColor kCushionColour(0x17, 0x5e, 0x3f);
const QColor kRailColour(0x5a, 0x3a, 0x22);
const QColor kRailEdge(0x3e, 0x27, 0x16);
const QColor kSight(0xf3, 0xe9, 0xd2);
const QColor kPocket(0x0c, 0x0c, 0x0c);

const std::vector<capture::BallPosition> kNoBalls;

bool sameBalls(const std::vector<capture::BallPosition> &a,
               const std::vector<capture::BallPosition> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.ball == y.ball && x.position == y.position;
    });
}

} // namespace

TableDiagram::TableDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tableDiagram"));
    setAccessibleName(Tr::tr("The table from above"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateAccessibleText();
}

void TableDiagram::setTableSize(TableSize size)
{
    if (m_size == size)
        return;
    m_size = size;
    updateGeometry();
    update();
}

void TableDiagram::setCamera(capture::TableCamera *camera)
{
    if (m_camera == camera)
        return;
    if (m_camera)
        disconnect(m_camera, nullptr, this, nullptr);
    m_camera = camera;
    if (camera) {
        connect(camera, &capture::TableCamera::latestChanged, this, &TableDiagram::showLatest);
        showLatest();
    } else {
        setBalls(nullptr);
    }
}

void TableDiagram::setTracking(capture::TableTracking *tracking)
{
    if (m_tracking == tracking)
        return;
    if (m_tracking)
        disconnect(m_tracking, nullptr, this, nullptr);
    m_tracking = tracking;
    if (tracking)
        connect(tracking, &capture::TableTracking::trackedChanged, this, &TableDiagram::showLatest);
    showLatest();
}

void TableDiagram::showLatest()
{
    if (m_tracking) {
        const capture::TrackedTable tracked = m_tracking->latest();
        setBalls(tracked.calibrated
                     ? std::make_shared<const std::vector<capture::BallPosition>>(tracked.balls)
                     : nullptr);
    } else if (m_camera) {
        setBalls(m_camera->latest().truth);
    }
}

void TableDiagram::setBalls(std::shared_ptr<const std::vector<capture::BallPosition>> balls)
{
    // Balls at rest come in every frame: only a change is drawn.
    const bool same
        = (balls == nullptr) == (m_balls == nullptr) && (!balls || sameBalls(*balls, *m_balls));
    m_balls = std::move(balls);
    if (same)
        return;
    updateAccessibleText();
    update();
}

const std::vector<capture::BallPosition> &TableDiagram::balls() const
{
    return m_balls ? *m_balls : kNoBalls;
}

void TableDiagram::updateAccessibleText()
{
    setAccessibleDescription(
        m_balls
            ? Tr::tr("Balls on the table: %1.").arg(QLocale().toString(qsizetype(m_balls->size())))
            : Tr::tr("Ball positions show here once the table is tracked."));
}

int TableDiagram::heightForWidth(int width) const
{
    const TableSpec &spec = tableSpec(m_size);
    const double aspect = (spec.width + 2 * kRail) / (spec.length + 2 * kRail);
    return int(std::lround((width - 2 * kMargin) * aspect + 2 * kMargin)) + kStripHeight;
}

QSize TableDiagram::sizeHint() const
{
    return {420, heightForWidth(420)};
}

QSize TableDiagram::minimumSizeHint() const
{
    return {200, heightForWidth(200)};
}

double TableDiagram::pixelsPerMillimetre() const
{
    const TableSpec &spec = tableSpec(m_size);
    return std::max(0.0,
                    std::min((width() - 2 * kMargin) / (spec.length + 2 * kRail),
                             (height() - kStripHeight - 2 * kMargin) / (spec.width + 2 * kRail)));
}

QRectF TableDiagram::playingSurface() const
{
    const TableSpec &spec = tableSpec(m_size);
    const double scale = pixelsPerMillimetre();
    QRectF surface(0, 0, spec.length * scale, spec.width * scale);
    surface.moveCenter(QRectF(0, 0, width(), height() - kStripHeight).center());
    return surface;
}

QPointF TableDiagram::toWidget(Vec2 tablePoint) const
{
    // Head rail on the left, the left rail (y = 0) at the top: as seen from above the head.
    const QRectF surface = playingSurface();
    const double scale = pixelsPerMillimetre();
    return {surface.left() + tablePoint.x * scale, surface.top() + tablePoint.y * scale};
}

void TableDiagram::paintEvent(QPaintEvent *)
{
    // The table itself changes only with the size: drawn once, then only the balls move.
    const QSize pixels = size() * devicePixelRatioF();
    if (m_tableDrawing.size() != pixels || m_tableDrawingSize != m_size) {
        m_tableDrawing = QPixmap(pixels);
        m_tableDrawing.setDevicePixelRatio(devicePixelRatioF());
        m_tableDrawing.fill(Qt::transparent);
        QPainter table(&m_tableDrawing);
        table.setRenderHint(QPainter::Antialiasing);
        paintTable(table);
        m_tableDrawingSize = m_size;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_tableDrawing);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_balls) {
        const QString note = Tr::tr("Ball positions show here once the table is tracked.");
        const QRectF surface = playingSurface();
        const QFontMetricsF metrics(font());
        QRectF box = metrics.boundingRect(surface.adjusted(16, 0, -16, 0),
                                          Qt::AlignCenter | Qt::TextWordWrap, note);
        box.adjust(-10, -6, 10, 6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 150));
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, note);
        return;
    }
    const double radius = kBallRadius * pixelsPerMillimetre();
    for (const capture::BallPosition &position : *m_balls) {
        if (isBallNumber(position.ball))
            paintBall(painter, position.ball, toWidget(position.position), radius);
    }

    std::vector<int> onTable;
    for (const capture::BallPosition &position : *m_balls) {
        if (isBallNumber(position.ball))
            onTable.push_back(position.ball);
    }
    std::sort(onTable.begin(), onTable.end());
    const double step = 2 * kStripBall + 6;
    double x = (width() - step * double(onTable.size()) + 6) / 2 + kStripBall;
    const double y = height() - kStripHeight / 2.0;
    for (int number : onTable) {
        paintBall(painter, number, QPointF(x, y), kStripBall);
        x += step;
    }
}

void TableDiagram::paintTable(QPainter &painter) const
{
    const TableSpec &spec = tableSpec(m_size);
    const double scale = pixelsPerMillimetre();
    const QRectF surface = playingSurface();
    const double rail = kRail * scale;
    const double cushion = kCushion * scale;

    painter.setPen(QPen(kRailEdge, 1));
    painter.setBrush(kRailColour);
    const QRectF outside = surface.adjusted(-rail, -rail, rail, rail);
    painter.drawRoundedRect(outside, rail * 0.35, rail * 0.35);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kCushionColour);
    painter.drawRect(surface.adjusted(-cushion, -cushion, cushion, cushion));
    painter.setBrush(kCloth);
    painter.drawRect(surface);

    // The sights on the rail tops.
    painter.setBrush(kSight);
    const double sight = std::max(1.5, 12.0 * scale);
    for (const Diamond &diamond : spec.diamonds) {
        const QPointF at = toWidget(diamond.position);
        QPolygonF shape;
        shape << at + QPointF(0, -sight) << at + QPointF(sight * 0.6, 0) << at + QPointF(0, sight)
              << at + QPointF(-sight * 0.6, 0);
        painter.drawPolygon(shape);
    }

    // Pockets: the opening between the jaws, and the hole behind it.
    painter.setBrush(kPocket);
    for (const Pocket &pocket : spec.pockets) {
        const double outX = pocket.centre.x < spec.length / 2 ? -1.0 : 1.0;
        const double outY = pocket.centre.y < spec.width / 2 ? -1.0 : 1.0;
        const bool corner = isCornerPocket(pocket.id);
        const Vec2 outward = corner ? Vec2{outX, outY} / std::sqrt(2.0) : Vec2{0, outY};
        const Vec2 hole = pocket.centre + outward * (pocket.mouthWidth * (corner ? 0.3 : 0.45));
        const double radius = pocket.mouthWidth * (corner ? 0.5 : 0.45) * scale;
        // The throat: from the jaws' tips to the hole's full width.
        Vec2 across{-outward.y, outward.x};
        if ((pocket.jawB - pocket.jawA).dot(across) < 0)
            across = across * -1.0;
        const double half = pocket.mouthWidth * (corner ? 0.5 : 0.45) * 0.9;
        QPolygonF throat;
        throat << toWidget(pocket.jawA) << toWidget(pocket.jawB) << toWidget(hole + across * half)
               << toWidget(hole - across * half);
        painter.drawPolygon(throat);
        painter.drawEllipse(toWidget(hole), radius, radius);
    }

    // Head string, and the head, centre and foot spots.
    const QColor chalk(255, 255, 255, 110);
    painter.setPen(QPen(chalk, 1, Qt::DashLine));
    painter.drawLine(toWidget({spec.headStringX, 0}), toWidget({spec.headStringX, spec.width}));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 170));
    const double spot = std::max(1.5, 8.0 * scale);
    for (Vec2 at : {spec.headSpot, spec.centreSpot, spec.footSpot})
        painter.drawEllipse(toWidget(at), spot, spot);
}

void TableDiagram::paintBall(QPainter &painter, int number, QPointF centre, double radius) const
{
    const Ball &kind = ball(number);
    const QColor colour = QColor::fromRgb(kind.rgb);
    const QRectF disc(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));

    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 70)); // a shadow lifts the ball off the cloth
    painter.drawEllipse(disc.translated(radius * 0.12, radius * 0.12));

    const bool white = kind.kind == BallKind::Cue || kind.kind == BallKind::Stripe;
    painter.setBrush(white ? QColor(0xf7, 0xf4, 0xea) : colour);
    painter.drawEllipse(disc);
    if (kind.kind == BallKind::Stripe) {
        QPainterPath clip;
        clip.addEllipse(disc);
        painter.save();
        painter.setClipPath(clip);
        painter.fillRect(
            QRectF(disc.left(), centre.y() - radius * 0.55, disc.width(), radius * 1.1), colour);
        painter.restore();
    }
    painter.setPen(QPen(QColor(0, 0, 0, 140), std::max(0.8, radius * 0.08)));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(disc);

    if (kind.kind == BallKind::Cue) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc6, 0x28, 0x28)); // the cue ball's dot
        painter.drawEllipse(centre, radius * 0.16, radius * 0.16);
        return;
    }
    if (radius < 6)
        return; // too small to read a number: the colour says it
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xfb, 0xfa, 0xf5));
    painter.drawEllipse(centre, radius * 0.52, radius * 0.52);
    QFont text = font();
    text.setBold(true);
    text.setPixelSize(std::max(6, int(std::lround(radius * (number > 9 ? 0.62 : 0.72)))));
    painter.setFont(text);
    painter.setPen(Qt::black);
    painter.drawText(disc, Qt::AlignCenter, QString::number(number));
}

} // namespace dojo::ui
