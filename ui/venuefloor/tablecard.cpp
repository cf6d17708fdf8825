#include "venuefloor/tablecard.h"

#include "common/tabletext.h"
#include "common/uitr.h"
#include "tournaments/tournamenttext.h"

#include <capture/tablecamera.h>
#include <core/ball.h>

#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace dojo::ui {
namespace {

constexpr int kCardWidth = 270;
constexpr int kCardHeight = 212;
constexpr int kMargin = 14;
constexpr double kRadius = 10.0;
constexpr int kThumbnailEveryMs = 500;

const QColor kFelt(0x1d, 0x6b, 0x4a);
const QColor kRail(0x5a, 0x3a, 0x22);
const QColor kAccent(0x15, 0x65, 0xc0);
const QColor kTrophy(0xf2, 0xc1, 0x4e); // a tournament's gold

} // namespace

TableCard::TableCard(const venue::Table &table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_thumbnailTimer.setInterval(kThumbnailEveryMs);
    connect(&m_thumbnailTimer, &QTimer::timeout, this, &TableCard::refreshThumbnail);
    updateAccessibleText();
}

void TableCard::setCamera(capture::TableCamera *camera)
{
    if (m_camera == camera)
        return;
    if (m_camera)
        disconnect(m_camera, nullptr, this, nullptr);
    m_camera = camera;
    m_thumbnail = {};
    m_thumbnailOf = 0;
    m_cameraState = capture::SourceState::Stopped;
    if (camera) {
        connect(camera, &capture::TableCamera::healthChanged, this, &TableCard::showCameraHealth);
        showCameraHealth();
        refreshThumbnail();
        if (isVisible())
            m_thumbnailTimer.start();
    } else {
        m_thumbnailTimer.stop();
        updateAccessibleText();
    }
    update();
}

void TableCard::showCameraHealth()
{
    if (!m_camera)
        return;
    const capture::SourceState state = m_camera->health().state;
    if (state == m_cameraState)
        return;
    m_cameraState = state;
    updateAccessibleText();
    update();
}

QRectF TableCard::pictureArea() const
{
    const QRectF card = QRectF(uprightRect()).adjusted(1.5, 1.5, -1.5, -1.5);
    return {card.left() + kMargin, card.top() + 14, card.width() - 2 * kMargin, 112};
}

void TableCard::refreshThumbnail()
{
    if (!m_camera)
        return;
    const QImage &picture = m_camera->latest().image;
    if (picture.isNull() || picture.cacheKey() == m_thumbnailOf)
        return;
    m_thumbnailOf = picture.cacheKey();
    const double ratio = devicePixelRatioF();
    const QSize wanted = (pictureArea().size() * ratio).toSize();
    const QSize fitted = picture.size().scaled(wanted, Qt::KeepAspectRatio);
    // Nearest pixels down to twice the size, then a smooth step: cheap, and no shimmer.
    QImage thumbnail = picture;
    if (picture.width() > 2 * fitted.width())
        thumbnail = picture.scaled(fitted * 2, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    m_thumbnail = thumbnail.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    m_thumbnail.setDevicePixelRatio(ratio);
    update(pictureArea().toAlignedRect());
}

void TableCard::setTable(const venue::Table &table)
{
    m_table = table;
    updateAccessibleText();
    update();
}

void TableCard::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

QSize TableCard::sizeHint() const
{
    return m_turned ? QSize(kCardHeight, kCardWidth) : QSize(kCardWidth, kCardHeight);
}

void TableCard::setTurned(bool turned)
{
    if (m_turned == turned)
        return;
    m_turned = turned;
    updateGeometry();
    update();
}

QRect TableCard::uprightRect() const
{
    return m_turned ? QRect(0, 0, height(), width()) : rect();
}

void TableCard::setTournamentMatch(const std::optional<venue::TableTournamentMatch> &match)
{
    if (match == m_tournamentMatch)
        return;
    m_tournamentMatch = match;
    updateAccessibleText();
    update();
}

namespace {

QString playerOrUnknown(const QString &name)
{
    return name.isEmpty() ? Tr::tr("not known yet") : name;
}

} // namespace

void TableCard::updateAccessibleText()
{
    QString text = isCameraFailed() ? Tr::tr("%1, %2, %3, its camera is not working")
                                          .arg(m_table.name, TableText::size(m_table.size),
                                               venue::tableStatusName(m_table.status))
                                    : Tr::tr("%1, %2, %3")
                                          .arg(m_table.name, TableText::size(m_table.size),
                                               venue::tableStatusName(m_table.status));
    QString tip
        = Tr::tr("%1 — %2 (%3)\nCamera: %4")
              .arg(m_table.name, TableText::size(m_table.size), TableText::surface(m_table.size),
                   m_table.cameraSource.isEmpty() ? Tr::tr("none") : m_table.cameraSource);
    if (m_tournamentMatch) {
        const venue::TableTournamentMatch &match = *m_tournamentMatch;
        const QString said = Tr::tr("%1, match %2 of %3: %4 against %5. %6.")
                                 .arg(text)
                                 .arg(match.drawMatch + 1)
                                 .arg(match.tournament, playerOrUnknown(match.playerA),
                                      playerOrUnknown(match.playerB), raceText(match.race));
        text = said;
        tip += QLatin1Char('\n')
               + Tr::tr("Tournament: %1, match %2: %3 against %4. %5.")
                     .arg(match.tournament)
                     .arg(match.drawMatch + 1)
                     .arg(playerOrUnknown(match.playerA), playerOrUnknown(match.playerB),
                          raceText(match.race));
    }
    if (m_healthMark) {
        text = Tr::tr("%1. %2").arg(text, m_healthMark->sentences);
        tip += QLatin1Char('\n') + m_healthMark->sentences;
    }
    setAccessibleName(text);
    setToolTip(tip);
}

void TableCard::setHealthMark(const std::optional<TableHealthMark> &mark)
{
    const bool same
        = mark.has_value() == m_healthMark.has_value()
          && (!mark
              || (mark->mark == m_healthMark->mark && mark->sentences == m_healthMark->sentences
                  && mark->critical == m_healthMark->critical));
    if (same)
        return;
    m_healthMark = mark;
    updateAccessibleText();
    update();
}

void TableCard::paintHealthMark(QPainter &painter, const QRectF &area) const
{
    // Along the picture's top, so a tournament's caption at its foot stays readable.
    QFont markFont = font();
    markFont.setBold(true);
    const QFontMetricsF metrics(markFont);
    const QString &text = m_healthMark->mark;
    const double height = metrics.height() + 8;
    const double width = metrics.horizontalAdvance(text) + 20;
    const QRectF mark(area.center().x() - width / 2, area.top() + 6, width, height);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_healthMark->critical ? QColor(0xc6, 0x28, 0x28) : QColor(0xef, 0x6c, 0x00));
    painter.drawRoundedRect(mark, height / 2, height / 2);
    painter.setFont(markFont);
    painter.setPen(Qt::white);
    painter.drawText(mark, Qt::AlignCenter, text);
    painter.restore();
}

void TableCard::paintTable(QPainter &painter, const QRectF &area) const
{
    const TableSpec &spec = tableSpec(m_table.size);
    // Every size is drawn at one scale (a 9 ft table fills the area), so sizes compare at a glance.
    const TableSpec &largest = tableSpec(TableSize::NineFoot);
    const double railShare = 0.09;
    const double scale = std::min(area.width() / (largest.length * (1 + 2 * railShare)),
                                  area.height() / (largest.width + 2 * largest.length * railShare));
    const double rail = largest.length * railShare * scale;
    const QSizeF felt(spec.length * scale, spec.width * scale);
    const QRectF feltRect(area.center().x() - felt.width() / 2,
                          area.center().y() - felt.height() / 2, felt.width(), felt.height());
    const QRectF railRect = feltRect.adjusted(-rail, -rail, rail, rail);

    painter.setPen(Qt::NoPen);
    painter.setBrush(kRail);
    painter.drawRoundedRect(railRect, rail * 0.6, rail * 0.6);
    painter.setBrush(kFelt);
    painter.drawRect(feltRect);

    auto toCard = [&](Vec2 p) {
        return QPointF(feltRect.left() + p.x * scale, feltRect.top() + p.y * scale);
    };

    // Rail diamonds.
    painter.setBrush(QColor(0xf3, 0xe9, 0xd2));
    for (const Diamond &diamond : spec.diamonds) {
        const Vec2 towardRail = (diamond.position - diamond.onCushionNose) * 0.5;
        painter.drawEllipse(toCard(diamond.onCushionNose + towardRail), 1.4, 1.4);
    }
    // Head string and foot spot, faintly.
    painter.setPen(QPen(QColor(255, 255, 255, 70), 1, Qt::DashLine));
    painter.drawLine(toCard({spec.headStringX, 0}), toCard({spec.headStringX, spec.width}));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 140));
    painter.drawEllipse(toCard(spec.footSpot), 1.6, 1.6);
    // Pockets.
    painter.setBrush(QColor(0x10, 0x10, 0x10));
    for (const Pocket &pocket : spec.pockets) {
        const double r = pocket.mouthWidth * scale * 0.55;
        painter.drawEllipse(toCard(pocket.centre), r, r);
    }
    // A cue ball on the head spot gives the eye the ball's true size.
    painter.setBrush(QColor::fromRgb(ball(kCueBall).rgb));
    painter.drawEllipse(toCard(spec.headSpot), kBallRadius * scale, kBallRadius * scale);
}

void TableCard::paintThumbnail(QPainter &painter, const QRectF &area) const
{
    const QSizeF size = m_thumbnail.deviceIndependentSize();
    QRectF target(QPointF(), size);
    target.moveCenter(area.center());
    QPainterPath rounded;
    rounded.addRoundedRect(target, 6, 6);
    painter.save();
    painter.setClipPath(rounded);
    painter.drawImage(target, m_thumbnail);
    if (isCameraFailed())
        painter.fillRect(target, QColor(0, 0, 0, 140)); // an old picture: dimmed
    painter.restore();
}

void TableCard::paintCameraMark(QPainter &painter, const QRectF &area) const
{
    QFont markFont = font();
    markFont.setBold(true);
    const QFontMetricsF metrics(markFont);
    const QString text = Tr::tr("Camera not working");
    const double height = metrics.height() + 8;
    const QRectF mark(area.center().x() - (metrics.horizontalAdvance(text) + 20) / 2,
                      area.center().y() - height / 2, metrics.horizontalAdvance(text) + 20, height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xc6, 0x28, 0x28));
    painter.drawRoundedRect(mark, height / 2, height / 2);
    painter.setFont(markFont);
    painter.setPen(Qt::white);
    painter.drawText(mark, Qt::AlignCenter, text);
}

void TableCard::paintTournamentMatch(QPainter &painter, const QRectF &area) const
{
    // A caption along the picture's foot, like a broadcast's: which match is played here.
    const venue::TableTournamentMatch &match = *m_tournamentMatch;
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 0.9);
    QFont playersFont = font();
    playersFont.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF playersMetrics(playersFont);
    const double height = titleMetrics.height() + playersMetrics.height() + 8;
    const QRectF caption(area.left(), area.bottom() - height, area.width(), height);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x10, 0x18, 0x30, 220));
    painter.drawRoundedRect(caption, 4, 4);
    painter.setBrush(kTrophy);
    painter.drawRect(QRectF(caption.left(), caption.top(), 4, caption.height()));

    const QRectF text = caption.adjusted(10, 4, -6, -4);
    const QString title
        = Tr::tr("%1 · %2 · %3")
              .arg(match.tournament, matchNumber(match.drawMatch), raceText(match.race));
    painter.setFont(titleFont);
    painter.setPen(kTrophy);
    painter.drawText(QRectF(text.left(), text.top(), text.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(title, Qt::ElideMiddle, text.width()));
    const QString players
        = Tr::tr("%1 v %2").arg(playerOrUnknown(match.playerA), playerOrUnknown(match.playerB));
    painter.setFont(playersFont);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(text.left(), text.top() + titleMetrics.height(), text.width(),
                            playersMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     playersMetrics.elidedText(players, Qt::ElideRight, text.width()));
    painter.restore();
}

void TableCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_turned) { // a table turned a quarter in the hall: the whole card turns with it
        painter.translate(width(), 0);
        painter.rotate(90);
    }
    const QRectF card = QRectF(uprightRect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const QColor status = TableText::statusColour(m_table.status);

    QColor border = palette().color(QPalette::Mid);
    double borderWidth = 1.0;
    if (m_selected || hasFocus()) {
        border = kAccent;
        borderWidth = 3.0;
    } else if (underMouse()) {
        border = palette().color(QPalette::Dark);
    }
    painter.setPen(QPen(border, borderWidth));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(card, kRadius, kRadius);

    // Status strip along the top edge.
    QPainterPath strip;
    strip.addRoundedRect(card.adjusted(borderWidth / 2, borderWidth / 2, -borderWidth / 2, 0),
                         kRadius, kRadius);
    painter.save();
    painter.setClipRect(QRectF(card.left(), card.top(), card.width(), 6));
    painter.fillPath(strip, status);
    painter.restore();

    const QRectF drawing = pictureArea();
    if (m_thumbnail.isNull())
        paintTable(painter, drawing);
    else
        paintThumbnail(painter, drawing);
    if (isCameraFailed())
        paintCameraMark(painter, drawing);
    else if (m_healthMark)
        paintHealthMark(painter, drawing);
    if (m_tournamentMatch)
        paintTournamentMatch(painter, drawing);

    // Name and status pill.
    QFont nameFont = font();
    nameFont.setPointSizeF(font().pointSizeF() * 1.35);
    nameFont.setBold(true);
    const double nameTop = drawing.bottom() + 10;
    painter.setFont(nameFont);
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetricsF nameMetrics(nameFont);

    QFont pillFont = font();
    pillFont.setBold(true);
    pillFont.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF pillMetrics(pillFont);
    const QString statusText = venue::tableStatusName(m_table.status);
    const double pillWidth = pillMetrics.horizontalAdvance(statusText) + 18;
    const double pillHeight = pillMetrics.height() + 6;
    const QRectF pill(card.right() - kMargin - pillWidth,
                      nameTop + (nameMetrics.height() - pillHeight) / 2, pillWidth, pillHeight);

    const QRectF nameRect(card.left() + kMargin, nameTop, pill.left() - card.left() - kMargin - 8,
                          nameMetrics.height());
    painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                     nameMetrics.elidedText(m_table.name, Qt::ElideRight, nameRect.width()));

    painter.setPen(Qt::NoPen);
    painter.setBrush(status);
    painter.drawRoundedRect(pill, pillHeight / 2, pillHeight / 2);
    painter.setFont(pillFont);
    painter.setPen(Qt::white);
    painter.drawText(pill, Qt::AlignCenter, statusText);

    // Size and camera.
    painter.setFont(font());
    const QFontMetricsF metrics(font());
    const double sizeTop = nameRect.bottom() + 6;
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(
        QRectF(card.left() + kMargin, sizeTop, card.width() - 2 * kMargin, metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        Tr::tr("%1 · %2").arg(TableText::size(m_table.size), TableText::surface(m_table.size)));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QString camera = m_table.cameraSource.isEmpty()
                               ? Tr::tr("No camera")
                               : Tr::tr("Camera: %1").arg(m_table.cameraSource);
    const QRectF cameraRect(card.left() + kMargin, sizeTop + metrics.height() + 3,
                            card.width() - 2 * kMargin, metrics.height());
    painter.drawText(cameraRect, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(camera, Qt::ElideMiddle, cameraRect.width()));
}

void TableCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT clicked(m_table.id);
    }
    QWidget::mousePressEvent(event);
}

void TableCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT activated(m_table.id);
}

void TableCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT activated(m_table.id);
        return;
    }
    QWidget::keyPressEvent(event);
}

void TableCard::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT clicked(m_table.id);
    Q_EMIT contextMenuRequested(m_table.id, event->globalPos());
}

void TableCard::focusInEvent(QFocusEvent *event)
{
    Q_EMIT clicked(m_table.id);
    QWidget::focusInEvent(event);
    update();
}

void TableCard::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TableCard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_camera) {
        refreshThumbnail();
        m_thumbnailTimer.start();
    }
}

void TableCard::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_thumbnailTimer.stop(); // nobody sees it: no work
}

} // namespace dojo::ui
